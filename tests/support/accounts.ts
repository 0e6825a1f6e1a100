import type { Credential } from '../../electron/core/context'
import type { CallOutcome, LoginResult } from '../../shared/contract'
import type { Role } from '../../shared/domain/roles'

/** Anything that answers calls the way the dispatch does: the dispatcher itself, or HTTP to the bridge. */
export interface Caller {
  call(credential: Credential, method: string, input: unknown): Promise<CallOutcome>
}

/** The passwords the helper's accounts are made with, then changed to (the unit's policy accepts both). */
export const testPasswords = { initial: 'Kaohe-Init-2026!', working: 'Kaohe-Work-2026#' } as const

/** The account names the helper uses for each role, unless a test names its own. */
export const testAccountNames: Record<Role, string> = {
  sysadmin: 'admin',
  secadmin: 'secadmin',
  auditor: 'auditor',
  clerk: 'clerk',
  leader: 'leader',
  readonly: 'reader',
}

export interface SignInOptions {
  /** the account's name (default: testAccountNames[role]) */
  name?: string
  /** department names or paths the role reaches; absent: the whole unit */
  departments?: string[]
}

const none: Credential = { session: null }
const sessions = new WeakMap<object, Map<string, Credential>>()

async function ok<T>(to: Caller, credential: Credential, method: string, input: unknown): Promise<T> {
  const r = await to.call(credential, method, input)
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`)
  return r.result as T
}

/** Logs an account in with its first password and changes it, as a new user must; returns the session. */
async function firstLogin(to: Caller, name: string): Promise<Credential> {
  const { token } = await ok<LoginResult>(to, none, 'auth-login', { name, password: testPasswords.initial })
  const credential = { session: token }
  await ok(to, credential, 'password-change', { old: testPasswords.initial, new: testPasswords.working })
  return credential
}

/**
 * A signed-in session for an account with `role`, set up the way an office would, through real
 * calls: the first 系统管理员 on an empty database (forced password change), the 安全保密管理员 by the
 * bootstrap, then the account itself — added by the system admin, granted by the security admin,
 * its first password changed. Sessions are kept per backend and account, so a test file pays once.
 */
export async function signInAs(to: Caller, role: Role = 'clerk', opts: SignInOptions = {}): Promise<Credential> {
  const known = sessions.get(to) ?? new Map<string, Credential>()
  sessions.set(to, known)
  const name = opts.name ?? testAccountNames[role]
  const key = `${name}|${role}|${(opts.departments ?? []).join(',')}`
  const cached = known.get(key)
  if (cached) return cached

  const admin = await adminSession(to, known)
  let credential: Credential
  if (role === 'sysadmin' && name === testAccountNames.sysadmin) credential = admin
  else if (role === 'secadmin' || role === 'auditor') {
    credential = await bootstrapSession(to, known, admin, role, name)
  } else {
    const list = await ok<{ name: string }[]>(to, admin, 'account-list', {})
    if (list.some((a) => a.name === name)) {
      // a database the helper set up before (a benchmark's kept file, a backend opened again)
      const { token } = await ok<LoginResult>(to, none, 'auth-login', { name, password: testPasswords.working })
      credential = { session: token }
    } else {
      const sec = await bootstrapSession(to, known, admin, 'secadmin', testAccountNames.secadmin)
      await ok(to, admin, 'account-add', { name, password: testPasswords.initial })
      await ok(to, sec, 'account-grant', { name, role, ...(opts.departments ? { departments: opts.departments } : {}) })
      credential = await firstLogin(to, name)
    }
  }
  known.set(key, credential)
  return credential
}

async function adminSession(to: Caller, known: Map<string, Credential>): Promise<Credential> {
  const key = `${testAccountNames.sysadmin}|sysadmin|`
  const cached = known.get(key)
  if (cached) return cached
  const status = await ok<{ needsAdmin: boolean }>(to, none, 'setup-status', {})
  if (status.needsAdmin) {
    await ok(to, none, 'setup-admin', { name: testAccountNames.sysadmin, password: testPasswords.initial })
    known.set(key, await firstLogin(to, testAccountNames.sysadmin))
  } else {
    const { token } = await ok<LoginResult>(to, none, 'auth-login', { name: testAccountNames.sysadmin, password: testPasswords.working })
    known.set(key, { session: token })
  }
  return known.get(key)!
}

async function bootstrapSession(to: Caller, known: Map<string, Credential>, admin: Credential, role: 'secadmin' | 'auditor', name: string): Promise<Credential> {
  const key = `${name}|${role}|`
  const cached = known.get(key)
  if (cached) return cached
  const list = await ok<{ name: string }[]>(to, admin, 'account-list', {})
  if (!list.some((a) => a.name === name)) {
    await ok(to, admin, 'account-add', { name, role, password: testPasswords.initial })
    known.set(key, await firstLogin(to, name))
  } else {
    const { token } = await ok<LoginResult>(to, none, 'auth-login', { name, password: testPasswords.working })
    known.set(key, { session: token })
  }
  return known.get(key)!
}

/** A dispatcher-shaped caller bound to one session: `call(method, input)` as the tests before accounts wrote it. */
export function boundTo(to: Caller, credential: Credential) {
  return (method: string, input: unknown) => to.call(credential, method, input)
}
