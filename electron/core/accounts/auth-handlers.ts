import type { HandlerContext, HandlerMap } from '../context'
import { AppError, RecordedRefusal } from '../../../shared/contract/app-error'
import { afterFailure, lockedAt } from '../../../shared/domain/login-lockout'
import { t } from '../../../shared/i18n'
import { findAccount, loadGrants, passwordColumns, storedPassword, type Account } from './account-store'
import { hashPassword, verifyPassword } from './password-hash'
import { loadSecuritySettings } from './security-settings'
import { endAccountSessions, endSession, openSession } from './sessions'
import { sessionInfo } from './session-info'
import { localDateTime } from '../../excel/write/report-words'
import { requireAllowedPassword } from './password-rules'

// a wrong name costs what a wrong password costs, so timing does not tell which names exist
let decoy: ReturnType<typeof hashPassword> | null = null

export const authHandlers: HandlerMap<'setup-status' | 'setup-admin' | 'auth-login' | 'auth-logout' | 'session-get' | 'password-change'> = {
  async 'setup-status'(_input, ctx) {
    return { needsAdmin: (await accountCount(ctx)) === 0, hasData: await hasData(ctx) }
  },
  async 'setup-admin'(input, ctx) {
    if ((await accountCount(ctx)) > 0) throw new AppError('conflict', t('auth.setup.done'))
    await requireAllowedPassword(ctx.db, input.password, { name: input.name })
    const now = new Date().toISOString()
    const upgraded = await hasData(ctx)
    const { id } = await ctx.db
      .insertInto('accounts')
      .values({ name: input.name, ...passwordColumns(await hashPassword(input.password)), must_change: 1, disabled: 0, failures: 0, locked_until: null, created_at: now, created_by: input.name, password_changed_at: null, last_login_at: null })
      .returning('id')
      .executeTakeFirstOrThrow()
    await ctx.db.insertInto('account_roles').values({ account_id: id, role: 'sysadmin', departments: null, granted_by: input.name, granted_at: now }).execute()
    // a predecessor's database: the upgrade to accounts is on the record, with who took it over
    ctx.audit({ entity: 'account', entityId: input.name, after: { name: input.name, role: 'sysadmin', first: true, upgradedExistingData: upgraded }, as: { name: input.name, role: 'sysadmin' } })
    return { name: input.name }
  },
  async 'auth-login'(input, ctx) {
    const settings = await loadSecuritySettings(ctx.db)
    const now = new Date()
    const account = await findAccount(ctx.db, input.name)
    if (!account) {
      decoy ??= hashPassword('decoy')
      await verifyPassword(input.password, await decoy)
      refuse(ctx, input.name, 'unknown-name', t('auth.login.wrong'))
    }
    if (account.disabled === 1) refuse(ctx, account.name, 'disabled', t('auth.login.disabled'))
    if (lockedAt({ failures: account.failures, lockedUntil: account.locked_until }, now)) {
      refuse(ctx, account.name, 'locked', t('auth.login.locked', { until: localDateTime(account.locked_until!) }))
    }
    if (!(await verifyPassword(input.password, storedPassword(account)))) await wrongPassword(ctx, account, now, settings.lockout, 'unauthorized')
    await ctx.db.updateTable('accounts').set({ failures: 0, locked_until: null, last_login_at: now.toISOString() }).where('id', '=', account.id).execute()
    const session = await openSession(ctx.db, account.id, settings.sessionHours, now)
    const grants = await loadGrants(ctx.db, account.id)
    ctx.audit({ entity: 'session', entityId: account.name, after: { event: 'login', expiresAt: session.expiresAt }, as: { name: account.name, role: grants[0]?.role ?? null } })
    return { token: session.token, session: await sessionInfo(ctx.db, { ...account, failures: 0, locked_until: null }, grants, session.expiresAt) }
  },
  async 'auth-logout'(_input, ctx) {
    if (ctx.caller.sessionId !== null) await endSession(ctx.db, ctx.caller.sessionId, 'logout', new Date())
    ctx.audit({ entity: 'session', entityId: ctx.caller.name, after: { event: 'logout' } })
    return { ok: true }
  },
  async 'session-get'(_input, ctx) {
    const account = await ownAccount(ctx)
    const s = await ctx.db.selectFrom('sessions').select('expires_at').where('id', '=', ctx.caller.sessionId ?? -1).executeTakeFirstOrThrow()
    return sessionInfo(ctx.db, account, ctx.caller.grants, s.expires_at)
  },
  async 'password-change'(input, ctx) {
    const settings = await loadSecuritySettings(ctx.db)
    const now = new Date()
    const account = await ownAccount(ctx)
    if (!(await verifyPassword(input.old, storedPassword(account)))) await wrongPassword(ctx, account, now, settings.lockout, 'invalid-input')
    await requireAllowedPassword(ctx.db, input.new, { name: account.name, old: input.old })
    const changed = { ...passwordColumns(await hashPassword(input.new)), must_change: 0, failures: 0, password_changed_at: now.toISOString() }
    await ctx.db.updateTable('accounts').set(changed).where('id', '=', account.id).execute()
    // other sessions opened with the old password end; this one goes on
    const ended = await endAccountSessions(ctx.db, account.id, 'password-changed', now, ctx.caller.sessionId ?? undefined)
    ctx.audit({ entity: 'account', entityId: account.name, before: { mustChangePassword: account.must_change === 1 }, after: { passwordChanged: true, otherSessionsEnded: ended } })
    const s = await ctx.db.selectFrom('sessions').select('expires_at').where('id', '=', ctx.caller.sessionId ?? -1).executeTakeFirstOrThrow()
    return sessionInfo(ctx.db, { ...account, must_change: 0 }, ctx.caller.grants, s.expires_at)
  },
}

/** A wrong password: counted (and the lockout started at the limit), audited, and refused; the count stays. */
async function wrongPassword(
  ctx: HandlerContext,
  account: Account,
  now: Date,
  policy: { maxFailures: number; lockMinutes: number },
  code: 'unauthorized' | 'invalid-input',
): Promise<never> {
  const next = afterFailure({ failures: account.failures, lockedUntil: account.locked_until }, now, policy)
  await ctx.db.updateTable('accounts').set({ failures: next.failures, locked_until: next.lockedUntil }).where('id', '=', account.id).execute()
  if (next.lockedNow) {
    await endAccountSessions(ctx.db, account.id, 'locked', now)
    ctx.audit({ entity: 'session', entityId: account.name, after: { event: 'lockout', until: next.lockedUntil }, as: { name: account.name, role: null } })
    refuse(ctx, account.name, 'wrong-password', t('auth.login.lockedNow', { n: policy.maxFailures, until: localDateTime(next.lockedUntil!) }), code)
  }
  refuse(ctx, account.name, 'wrong-password', t('auth.login.wrongLeft', { left: policy.maxFailures - next.failures }), code)
}

function refuse(ctx: HandlerContext, name: string, reason: string, message: string, code: 'unauthorized' | 'invalid-input' = 'unauthorized'): never {
  ctx.audit({ entity: 'session', entityId: name, after: { event: 'login-failed', reason }, as: { name, role: null } })
  throw new RecordedRefusal(code, message)
}

async function ownAccount(ctx: HandlerContext): Promise<Account> {
  const a = await ctx.db.selectFrom('accounts').selectAll().where('id', '=', ctx.caller.accountId ?? -1).executeTakeFirst()
  if (!a) throw new AppError('unauthorized', t('auth.session.none'))
  return a
}

async function accountCount(ctx: HandlerContext): Promise<number> {
  const r = await ctx.db.selectFrom('accounts').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(r.n)
}

async function hasData(ctx: HandlerContext): Promise<boolean> {
  for (const table of ['people', 'schemes', 'periods'] as const) {
    const r = await ctx.db.selectFrom(table).select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    if (Number(r.n) > 0) return true
  }
  return false
}
