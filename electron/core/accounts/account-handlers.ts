import type { HandlerContext, HandlerMap } from '../context'
import { AppError } from '../../../shared/contract/app-error'
import { adminRoles, mayGrant, separationConflict, type Role } from '../../../shared/domain/roles'
import { t } from '../../../shared/i18n'
import { accountRow, findAccount, loadGrants, passwordColumns, rolesInUse, type Account } from './account-store'
import { hashPassword } from './password-hash'
import { loadSecuritySettings, saveSecuritySettings } from './security-settings'
import { endAccountSessions } from './sessions'
import { requireAllowedPassword } from './password-rules'
import { departmentIds } from './department-refs'

type AccountMethods = 'account-list' | 'account-add' | 'account-grant' | 'account-revoke' | 'account-disable' | 'account-enable' | 'account-reset-password'

export const accountHandlers: HandlerMap<AccountMethods | 'security-settings-get' | 'security-settings-update'> = {
  async 'account-list'(_input, ctx) {
    const accounts = await ctx.db.selectFrom('accounts').selectAll().orderBy('name').execute()
    return Promise.all(accounts.map((a) => accountRow(ctx.db, a)))
  },
  async 'account-add'(input, ctx) {
    if (await findAccount(ctx.db, input.name)) throw new AppError('conflict', t('auth.account.exists', { name: input.name }))
    await requireAllowedPassword(ctx.db, input.password, { name: input.name })
    // checked before anything is written: a refused role leaves no half-made account behind
    if (input.role !== undefined) await checkGrant(ctx, null, input.role)
    const now = new Date().toISOString()
    const { id } = await ctx.db
      .insertInto('accounts')
      .values({ name: input.name, ...passwordColumns(await hashPassword(input.password)), must_change: 1, disabled: 0, failures: 0, locked_until: null, created_at: now, created_by: ctx.caller.name, password_changed_at: null, last_login_at: null })
      .returning('id')
      .executeTakeFirstOrThrow()
    if (input.role !== undefined) await writeGrant(ctx, id, input.role, input.departments)
    const account = await accountRow(ctx.db, await byId(ctx, id))
    ctx.audit({ entity: 'account', entityId: input.name, after: { name: account.name, grants: account.grants, mustChangePassword: true } })
    return account
  },
  async 'account-grant'(input, ctx) {
    const target = await existing(ctx, input.name)
    const before = await accountRow(ctx.db, target)
    await checkGrant(ctx, target, input.role)
    await writeGrant(ctx, target.id, input.role, input.departments)
    const after = await accountRow(ctx.db, target)
    ctx.audit({ entity: 'account', entityId: target.name, before: { grants: before.grants }, after: { grants: after.grants } })
    return after
  },
  async 'account-revoke'(input, ctx) {
    const target = await existing(ctx, input.name)
    if (!ctx.caller.grants.some((g) => g.role === 'secadmin')) throw new AppError('forbidden', t('auth.grant.onlySecadmin'))
    if (target.id === ctx.caller.accountId) throw new AppError('forbidden', t('auth.grant.notSelf'))
    const before = await accountRow(ctx.db, target)
    if (!before.grants.some((g) => g.role === input.role)) throw new AppError('not-found', t('auth.grant.notHeld', { name: target.name, role: t(`role.${input.role}`) }))
    if (adminRoles.includes(input.role) && (await enabledHolders(ctx, input.role)) <= 1) {
      throw new AppError('conflict', t('auth.grant.lastHolder', { role: t(`role.${input.role}`) }))
    }
    await ctx.db.deleteFrom('account_roles').where('account_id', '=', target.id).where('role', '=', input.role).execute()
    const after = await accountRow(ctx.db, target)
    ctx.audit({ entity: 'account', entityId: target.name, before: { grants: before.grants }, after: { grants: after.grants } })
    return after
  },
  async 'account-disable'(input, ctx) {
    const target = await existing(ctx, input.name)
    if (target.id === ctx.caller.accountId) throw new AppError('forbidden', t('auth.account.notSelf'))
    const now = new Date()
    await ctx.db.updateTable('accounts').set({ disabled: 1 }).where('id', '=', target.id).execute()
    const ended = await endAccountSessions(ctx.db, target.id, 'disabled', now)
    ctx.audit({ entity: 'account', entityId: target.name, before: { disabled: target.disabled === 1 }, after: { disabled: true, sessionsEnded: ended } })
    return accountRow(ctx.db, await byId(ctx, target.id))
  },
  async 'account-enable'(input, ctx) {
    const target = await existing(ctx, input.name)
    await ctx.db.updateTable('accounts').set({ disabled: 0 }).where('id', '=', target.id).execute()
    ctx.audit({ entity: 'account', entityId: target.name, before: { disabled: target.disabled === 1 }, after: { disabled: false } })
    return accountRow(ctx.db, await byId(ctx, target.id))
  },
  async 'account-reset-password'(input, ctx) {
    const target = await existing(ctx, input.name)
    if (target.id === ctx.caller.accountId) throw new AppError('forbidden', t('auth.account.resetSelf'))
    await requireAllowedPassword(ctx.db, input.password, { name: target.name })
    const now = new Date()
    await ctx.db
      .updateTable('accounts')
      .set({ ...passwordColumns(await hashPassword(input.password)), must_change: 1, failures: 0, locked_until: null })
      .where('id', '=', target.id)
      .execute()
    const ended = await endAccountSessions(ctx.db, target.id, 'password-changed', now)
    ctx.audit({ entity: 'account', entityId: target.name, after: { passwordReset: true, mustChangePassword: true, unlocked: target.locked_until !== null, sessionsEnded: ended } })
    return accountRow(ctx.db, await byId(ctx, target.id))
  },
  async 'security-settings-get'(_input, ctx) {
    return loadSecuritySettings(ctx.db)
  },
  async 'security-settings-update'(input, ctx) {
    const before = await loadSecuritySettings(ctx.db)
    await saveSecuritySettings(ctx.db, input)
    ctx.audit({ entity: 'settings', entityId: 'security', before, after: input })
    return input
  },
}

/** Refuses a grant the caller may not make or that would join two of the three admin roles, with the reason. */
async function checkGrant(ctx: HandlerContext, target: Account | null, role: Role): Promise<void> {
  if (target && target.id === ctx.caller.accountId) throw new AppError('forbidden', t('auth.grant.notSelf'))
  const decision = mayGrant(
    ctx.caller.grants.map((g) => g.role),
    role,
    await rolesInUse(ctx.db),
  )
  if (decision === 'refused') {
    const bootstrapOver = ctx.caller.grants.some((g) => g.role === 'sysadmin') && (role === 'secadmin' || role === 'auditor')
    throw new AppError('forbidden', bootstrapOver ? t('auth.grant.bootstrapUsed', { role: t(`role.${role}`) }) : t('auth.grant.onlySecadmin'))
  }
  if (target) {
    const held = (await loadGrants(ctx.db, target.id)).map((g) => g.role)
    const conflict = separationConflict(held, role)
    if (conflict) throw new AppError('conflict', t('auth.grant.separation', { name: target.name, role: t(`role.${role}`), held: t(`role.${conflict}`) }))
  }
}

async function writeGrant(ctx: HandlerContext, accountId: number, role: Role, departments: string[] | undefined): Promise<void> {
  if (departments?.length && adminRoles.includes(role)) throw new AppError('invalid-input', t('auth.grant.adminNoDepartments', { role: t(`role.${role}`) }))
  const ids = departments?.length ? await departmentIds(ctx.db, departments) : null
  const values = { departments: ids === null ? null : JSON.stringify(ids), granted_by: ctx.caller.name, granted_at: new Date().toISOString() }
  await ctx.db
    .insertInto('account_roles')
    .values({ account_id: accountId, role, ...values })
    .onConflict((oc) => oc.columns(['account_id', 'role']).doUpdateSet(values))
    .execute()
}

async function existing(ctx: HandlerContext, name: string): Promise<Account> {
  const a = await findAccount(ctx.db, name)
  if (!a) throw new AppError('not-found', t('auth.account.unknown', { name }))
  return a
}

async function byId(ctx: HandlerContext, id: number): Promise<Account> {
  return ctx.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
}

async function enabledHolders(ctx: HandlerContext, role: Role): Promise<number> {
  const r = await ctx.db
    .selectFrom('account_roles')
    .innerJoin('accounts', 'accounts.id', 'account_roles.account_id')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .where('account_roles.role', '=', role)
    .where('accounts.disabled', '=', 0)
    .executeTakeFirstOrThrow()
  return Number(r.n)
}
