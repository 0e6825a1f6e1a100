import type { Kysely } from 'kysely'
import type { Database, AccountTable } from '../../db/schema'
import type { Selectable } from 'kysely'
import type { AccountRow, RoleGrant } from '../../../shared/contract/accounts'
import { isRole, type Role } from '../../../shared/domain/roles'
import type { Grant } from '../../../shared/domain/method-access'
import type { StoredPassword } from './password-hash'

export type Account = Selectable<AccountTable>

export async function findAccount(db: Kysely<Database>, name: string): Promise<Account | undefined> {
  return db
    .selectFrom('accounts')
    .selectAll()
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    .executeTakeFirst()
}

export function storedPassword(a: Account): StoredPassword {
  return { hash: a.password_hash, salt: a.password_salt, params: JSON.parse(a.password_params) as StoredPassword['params'] }
}

export function passwordColumns(p: StoredPassword) {
  return { password_hash: p.hash, password_salt: p.salt, password_params: JSON.stringify(p.params) }
}

/** The account's roles in the order of the role list (so the first is its main one), with department ids. */
export async function loadGrants(db: Kysely<Database>, accountId: number): Promise<Grant[]> {
  const rows = await db.selectFrom('account_roles').select(['role', 'departments']).where('account_id', '=', accountId).execute()
  return rows
    .filter((r) => isRole(r.role))
    .map((r) => ({ role: r.role as Role, departments: r.departments === null ? null : (JSON.parse(r.departments) as number[]) }))
    .sort((a, b) => roleOrder(a.role) - roleOrder(b.role))
}

const order: Role[] = ['sysadmin', 'secadmin', 'auditor', 'clerk', 'leader', 'readonly']
function roleOrder(r: Role): number {
  return order.indexOf(r)
}

/** Grants with department paths, as screens and the CLI show them. */
export async function describeGrants(db: Kysely<Database>, grants: Grant[]): Promise<RoleGrant[]> {
  const ids = [...new Set(grants.flatMap((g) => g.departments ?? []))]
  const paths = new Map<number, string>()
  if (ids.length) {
    for (const d of await db.selectFrom('departments').select(['id', 'path']).where('id', 'in', ids).execute()) paths.set(d.id, d.path)
  }
  return grants.map((g) => ({
    role: g.role,
    departments: g.departments === null ? null : g.departments.map((id) => ({ id, path: paths.get(id) ?? `#${id}` })),
  }))
}

export async function accountRow(db: Kysely<Database>, a: Account): Promise<AccountRow> {
  return {
    id: a.id,
    name: a.name,
    grants: await describeGrants(db, await loadGrants(db, a.id)),
    disabled: a.disabled === 1,
    mustChangePassword: a.must_change === 1,
    lockedUntil: a.locked_until !== null && Date.parse(a.locked_until) > Date.now() ? a.locked_until : null,
    createdAt: a.created_at,
    lastLoginAt: a.last_login_at,
  }
}

/** Every role some account holds (disabled ones too): the bootstrap may create each admin role once. */
export async function rolesInUse(db: Kysely<Database>): Promise<Set<Role>> {
  const rows = await db.selectFrom('account_roles').select('role').distinct().execute()
  return new Set(rows.map((r) => r.role).filter(isRole))
}
