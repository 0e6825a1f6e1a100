import type { Access } from '../contract/access'
import type { Role } from './roles'

/** One role an account holds and the department ids it reaches (null: the whole unit). */
export interface Grant {
  role: Role
  departments: readonly number[] | null
}

export type AccessDecision =
  /** `role`: the role the call is made as; `scope`: the departments it may see, null for all */
  | { ok: true; role: Role | null; scope: number[] | null }
  /** `no-role`: none of the account's roles may call it; `limited`: a whole-unit method, and the account reaches only some departments */
  | { ok: false; reason: 'no-role' | 'limited'; role: Role | null }

/**
 * Whether an account with these grants may call a method of this access, as which role, and how far
 * it sees. The dispatch decides every call with it; the screens ask it to show only what will work.
 */
export function decideAccess(access: Access, grants: readonly Grant[]): AccessDecision {
  if (access.roles === 'public' || access.roles === 'signed-in') return { ok: true, role: grants[0]?.role ?? null, scope: null }
  const allowed = access.roles
  const permitted = grants.filter((g) => allowed.includes(g.role))
  if (permitted.length === 0) return { ok: false, reason: 'no-role', role: grants[0]?.role ?? null }
  const role = permitted[0].role
  if (access.reach === 'free') return { ok: true, role, scope: null }
  const scope = permitted.some((g) => g.departments === null) ? null : [...new Set(permitted.flatMap((g) => g.departments ?? []))].sort((a, b) => a - b)
  if (access.reach === 'unit' && scope !== null) return { ok: false, reason: 'limited', role }
  return { ok: true, role, scope }
}
