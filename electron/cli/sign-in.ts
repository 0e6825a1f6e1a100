import type { LoginResult } from '../../shared/contract'
import { t } from '../../shared/i18n'
import { call, CallFailed, type CommandEnv } from './command-env'
import { passwordFrom } from './password-prompt'
import { readSession } from './session-file'

export interface SignedIn {
  token: string
  /** signed in for this one command (`--user`): signed out again when it ends */
  temporary: boolean
}

/**
 * Who runs this command: `--user NAME` or `KAOHE_USER` with the password from `KAOHE_PASSWORD` (or
 * typed), else the session `kaohe login` stored for this database. `audit list` keeps `--user` for
 * its filter, so there the account comes from `KAOHE_USER` or the stored session.
 */
export async function signIn(env: Omit<CommandEnv, 'credential'>, userOptionIsFilter: boolean): Promise<SignedIn> {
  const name = accountNamed(env, userOptionIsFilter)
  if (name) {
    const password = await passwordFrom(env.vars, 'KAOHE_PASSWORD', t('cli.auth.prompt', { name }))
    const r = await call<LoginResult>({ ...env, credential: { session: null } }, 'auth-login', { name, password })
    return { token: r.token, temporary: true }
  }
  const stored = readSession(env.vars, env.dbPath)
  if (stored) return { token: stored.token, temporary: false }
  throw new CallFailed({ code: 'unauthorized', message: t('cli.auth.signInFirst') })
}

/** The account a command names: `--user NAME` (unless that option is the command's filter), else `KAOHE_USER`. */
export function accountNamed(env: Pick<CommandEnv, 'args' | 'vars'>, userOptionIsFilter = false): string | undefined {
  const option = userOptionIsFilter ? undefined : env.args.options.user
  return typeof option === 'string' && option ? option : env.vars.KAOHE_USER || undefined
}
