import type { AccountRow } from '../../shared/contract'
import { t } from '../../shared/i18n'
import { call, type CommandEnv } from './command-env'
import { need, optional, UsageError } from './options'
import { passwordFrom } from './password-prompt'
import { grantWords, roleFromWords } from './account-words'

/**
 * `account add --name N [--role R] [--departments A,B]` (initial password from KAOHE_NEW_PASSWORD),
 * `account grant N --role R [--departments A,B]`, `account revoke N --role R`, `account disable N`,
 * `account enable N`, `account reset-password N` (KAOHE_NEW_PASSWORD), `account list [--json]`.
 */
export async function accountCommand(env: CommandEnv): Promise<number> {
  const sub = env.args.positionals[1]
  const target = () => {
    const name = env.args.positionals[2]
    if (!name) throw new UsageError(t('cli.missingArg', { name: t('cli.auth.accountName') }))
    return name
  }
  const departments = () => optional(env, 'departments')?.split(/[,，、]/).map((d) => d.trim()).filter(Boolean)
  switch (sub) {
    case 'list': {
      const rows = await call<AccountRow[]>(env, 'account-list', {})
      env.io.out(env.json ? JSON.stringify(rows, null, 2) : rows.map(line).join('\n'))
      return 0
    }
    case 'add': {
      const name = need(env, 'name')
      const role = optional(env, 'role')
      const password = await passwordFrom(env.vars, 'KAOHE_NEW_PASSWORD', t('cli.auth.promptInitial', { name }))
      const input = { name, password, ...(role ? { role: roleFromWords(role) } : {}), ...(departments() ? { departments: departments() } : {}) }
      return print(env, await call<AccountRow>(env, 'account-add', input))
    }
    case 'grant':
      return print(env, await call<AccountRow>(env, 'account-grant', { name: target(), role: roleFromWords(need(env, 'role')), ...(departments() ? { departments: departments() } : {}) }))
    case 'revoke':
      return print(env, await call<AccountRow>(env, 'account-revoke', { name: target(), role: roleFromWords(need(env, 'role')) }))
    case 'disable':
      return print(env, await call<AccountRow>(env, 'account-disable', { name: target() }))
    case 'enable':
      return print(env, await call<AccountRow>(env, 'account-enable', { name: target() }))
    case 'reset-password': {
      const name = target()
      const password = await passwordFrom(env.vars, 'KAOHE_NEW_PASSWORD', t('cli.auth.promptInitial', { name }))
      return print(env, await call<AccountRow>(env, 'account-reset-password', { name, password }))
    }
    default:
      throw new UsageError(t('cli.missingArg', { name: 'list | add | grant | revoke | disable | enable | reset-password' }))
  }
}

function print(env: CommandEnv, row: AccountRow): number {
  env.io.out(env.json ? JSON.stringify(row, null, 2) : line(row))
  return 0
}

function line(a: AccountRow): string {
  const roles = a.grants.map(grantWords).join('；') || t('auth.noRole')
  const marks = [a.disabled ? t('cli.auth.disabled') : null, a.lockedUntil ? t('cli.auth.locked') : null, a.mustChangePassword ? t('cli.auth.mustChange') : null].filter(Boolean)
  return `${a.name}\t${roles}${marks.length ? `\t${marks.join('，')}` : ''}`
}
