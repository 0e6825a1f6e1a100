import type { UnitInfo } from '../../shared/contract'
import { t } from '../../shared/i18n'
import { call, type CommandEnv } from './command-env'
import { need, optional, UsageError } from './options'

/**
 * `unit set --name NAME [--parent NAME] [--credit-code CODE]`: the unit every export names (an
 * option left out is stored as not set). `unit show [--json]`: JSON `{name, parent, creditCode}`,
 * '' for what is not set.
 */
export async function unitCommand(env: CommandEnv): Promise<number> {
  const sub = env.args.positionals[1]
  if (sub === 'set') return set(env)
  if (sub === 'show') return show(env)
  throw new UsageError(t('unit.cli.usage'))
}

function shown(unit: UnitInfo): string {
  const or = (text: string) => (text === '' ? t('unit.cli.unset') : text)
  return t('unit.cli.show', { name: or(unit.name), parent: or(unit.parent), creditCode: or(unit.creditCode) })
}

async function set(env: CommandEnv): Promise<number> {
  const name = need(env, 'name')
  const parent = optional(env, 'parent')
  const creditCode = optional(env, 'credit-code')
  const saved = await call<UnitInfo>(env, 'unit-set', { name, ...(parent === undefined ? {} : { parent }), ...(creditCode === undefined ? {} : { creditCode }) })
  if (env.json) env.io.out(JSON.stringify({ name: saved.name, parent: saved.parent, creditCode: saved.creditCode }))
  else env.io.out(t('unit.cli.saved', { name: saved.name }))
  return 0
}

async function show(env: CommandEnv): Promise<number> {
  const unit = await call<UnitInfo>(env, 'unit-get', {})
  env.io.out(env.json ? JSON.stringify({ name: unit.name, parent: unit.parent, creditCode: unit.creditCode }) : shown(unit))
  return 0
}
