import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Access, MethodName, RpcError } from '../../../shared/contract'
import { decideAccess } from '../../../shared/domain/method-access'
import { t } from '../../../shared/i18n'
import { methodWords } from '../../../shared/i18n/method-words'
import { anonymous, type Caller, type Credential } from '../context'
import { resolveSession } from './sessions'
import { departmentReach, scopeWords } from '../scope/department-reach'

/** What an account that must change its password may still do. */
const beforePasswordChange: ReadonlySet<MethodName> = new Set<MethodName>(['password-change', 'auth-logout', 'session-get', 'security-settings-get'])

export type Identified = { ok: true; caller: Caller } | { ok: false; error: RpcError }

/**
 * The caller of one call: the account behind the session token, looked up afresh (so a disabled
 * account or an ended session stops at its next call), and whether its roles and departments allow
 * this method (shared/domain/method-access.ts).
 */
export async function identify(db: Kysely<Database>, credential: Credential, method: MethodName, access: Access, now: Date): Promise<Identified> {
  const session = await resolveSession(db, credential.session, now)
  if (!session.ok) {
    if (access.roles === 'public') return { ok: true, caller: anonymous }
    const key = (
      {
        none: 'auth.session.none',
        ended: 'auth.session.ended',
        expired: 'auth.session.expired',
        disabled: 'auth.session.disabled',
        'password-changed': 'auth.session.passwordChanged',
        locked: 'auth.session.locked',
        restored: 'auth.session.restored',
      } as const
    )[session.reason]
    return { ok: false, error: { code: 'unauthorized', message: t(key) } }
  }
  const { account, grants } = session
  const mustChange = account.must_change === 1
  if (mustChange && access.roles !== 'public' && !beforePasswordChange.has(method)) {
    return { ok: false, error: { code: 'password-change-required', message: t('auth.password.mustChange', { name: account.name }) } }
  }
  const decision = decideAccess(access, grants)
  if (!decision.ok) {
    const role = decision.role ? t(`role.${decision.role}`) : t('auth.noRole')
    const action = methodWords(method)
    if (decision.reason === 'no-role') return { ok: false, error: { code: 'forbidden', message: t('error.forbiddenRole', { role, action }) } }
    // the limit named: the departments the account's roles for this method reach
    const allowed = access.roles === 'public' || access.roles === 'signed-in' ? null : access.roles
    const limitedTo = grants.filter((g) => allowed?.includes(g.role)).flatMap((g) => g.departments ?? [])
    const departments = scopeWords(await departmentReach(db, limitedTo)) ?? ''
    return { ok: false, error: { code: 'forbidden', message: t('error.forbiddenLimited', { role, action, departments }) } }
  }
  return {
    ok: true,
    caller: { accountId: account.id, name: account.name, role: decision.role, grants, scope: decision.scope, sessionId: session.sessionId, mustChangePassword: mustChange },
  }
}
