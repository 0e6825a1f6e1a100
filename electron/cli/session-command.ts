import type { LoginResult, SessionInfo } from '../../shared/contract'
import { t } from '../../shared/i18n'
import { call, type CommandEnv } from './command-env'
import { optional, UsageError } from './options'
import { passwordFrom } from './password-prompt'
import { writeSession } from './session-file'
import { grantWords } from './account-words'
import { accountNamed } from './sign-in'

type Unsigned = Omit<CommandEnv, 'credential'>
const none = { session: null }

/** `init [--admin NAME]`: the database made or upgraded; with --admin, its first 系统管理员 (password from KAOHE_PASSWORD). */
export async function initCommand(env: Unsigned): Promise<number> {
  const admin = optional(env, 'admin')
  if (admin === undefined) {
    env.io.out(env.json ? JSON.stringify({ db: env.dbPath, backup: env.backend.database.backupPath }) : t('cli.initDone', { path: env.dbPath }))
    return 0
  }
  const password = await passwordFrom(env.vars, 'KAOHE_PASSWORD', t('cli.auth.promptInitial', { name: admin }))
  await call({ ...env, credential: none }, 'setup-admin', { name: admin, password })
  env.io.out(env.json ? JSON.stringify({ db: env.dbPath, admin, mustChangePassword: true }) : t('cli.auth.adminCreated', { path: env.dbPath, name: admin }))
  return 0
}

/** `login`: signs in (--user / KAOHE_USER, KAOHE_PASSWORD) and keeps the session for later commands (0600). */
export async function loginCommand(env: Unsigned): Promise<number> {
  const name = accountNamed(env)
  if (!name) throw new UsageError(t('cli.missingArg', { name: '--user' }))
  const password = await passwordFrom(env.vars, 'KAOHE_PASSWORD', t('cli.auth.prompt', { name }))
  const r = await call<LoginResult>({ ...env, credential: none }, 'auth-login', { name, password })
  writeSession(env.vars, env.dbPath, { token: r.token, name: r.session.name, expiresAt: r.session.expiresAt })
  if (env.json) env.io.out(JSON.stringify(r.session, null, 2))
  else env.io.out(describeSession(r.session))
  return r.session.mustChangePassword ? 3 : 0
}

/** `logout`: ends the stored session and forgets it. */
export async function logoutCommand(env: CommandEnv): Promise<number> {
  await call(env, 'auth-logout', {})
  writeSession(env.vars, env.dbPath, null)
  env.io.out(env.json ? JSON.stringify({ ok: true }) : t('cli.auth.loggedOut'))
  return 0
}

/** `password change`: the old password from KAOHE_PASSWORD, the new one from KAOHE_NEW_PASSWORD. */
export async function passwordCommand(env: CommandEnv): Promise<number> {
  if (env.args.positionals[1] !== 'change') throw new UsageError(t('cli.missingArg', { name: 'change' }))
  const old = await passwordFrom(env.vars, 'KAOHE_PASSWORD', t('cli.auth.promptOld'))
  const next = await passwordFrom(env.vars, 'KAOHE_NEW_PASSWORD', t('cli.auth.promptNew'))
  const s = await call<SessionInfo>(env, 'password-change', { old, new: next })
  env.io.out(env.json ? JSON.stringify(s, null, 2) : t('cli.auth.passwordChanged', { name: s.name }))
  return 0
}

function describeSession(s: SessionInfo): string {
  const lines = [t('cli.auth.loggedIn', { name: s.name, roles: s.grants.map(grantWords).join('；') || t('auth.noRole'), until: s.expiresAt })]
  if (s.mustChangePassword) lines.push(t('auth.password.mustChange', { name: s.name }))
  return lines.join('\n')
}
