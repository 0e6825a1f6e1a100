import type { KeyResultView, ObjectiveView, OkrList } from '../../shared/contract'
import { roundHalfUp } from '../../shared/domain/rounding'
import { t } from '../../shared/i18n'
import { ownerLabel } from '../core/okr/owner'
import { call, type CommandEnv } from './command-env'
import { optional, UsageError } from './options'

const percent = (x: number | null) => (x === null ? '—' : `${roundHalfUp(x * 100, 1)}%`)

/**
 * `okr list [--lagging] [--as-of DATE] [--department 部门] [--staff 工号] [--year Y] [--json]`:
 * objectives with their key results, completion, time elapsed and lag as of the date ('okr-list').
 */
export async function okrCommand(env: CommandEnv): Promise<number> {
  if (env.args.positionals[1] !== 'list') throw new UsageError(t('cli.missingArg', { name: 'okr list' }))
  const asOf = optional(env, 'as-of')
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new UsageError(t('okr.cli.badDate', { value: asOf }))
  const year = optional(env, 'year')
  if (year !== undefined && !/^\d{4}$/.test(year)) throw new UsageError(t('okr.cli.badYear', { value: year }))
  const department = optional(env, 'department')
  const staffNo = optional(env, 'staff')
  const list = await call<OkrList>(env, 'okr-list', {
    ...(asOf !== undefined ? { asOf } : {}),
    ...(year !== undefined ? { year: Number(year) } : {}),
    ...(department !== undefined ? { department } : {}),
    ...(staffNo !== undefined ? { staffNo } : {}),
    laggingOnly: env.args.options.lagging === true,
  })
  if (env.json) {
    env.io.out(JSON.stringify(list, null, 2))
    return 0
  }
  if (list.objectives.length === 0) {
    env.io.out(t('okr.cli.none', { asOf: list.asOf }))
    return 0
  }
  const keyResults = list.objectives.flatMap((o) => o.keyResults)
  env.io.out(
    t('okr.cli.asOf', {
      asOf: list.asOf,
      objectives: list.objectives.length,
      keyResults: keyResults.length,
      lagging: keyResults.filter((k) => k.lag === 'lagging').length,
      serious: keyResults.filter((k) => k.lag === 'serious').length,
    }),
  )
  for (const o of list.objectives) {
    env.io.out(objectiveLine(o))
    for (const k of o.keyResults) env.io.out(keyResultLine(k))
  }
  return 0
}

function objectiveLine(o: ObjectiveView): string {
  return t('okr.cli.objective', { id: o.id, owner: ownerLabel(o.owner), title: o.title, start: o.startDate, due: o.dueDate, progress: percent(o.progress) })
}

function keyResultLine(k: KeyResultView): string {
  const lag = t(`okr.lag.${k.lag}`)
  return t('okr.cli.keyResult', {
    id: k.id,
    title: k.title,
    baseline: k.baseline,
    target: k.target,
    unit: k.unit ?? '',
    current: k.current ?? '—',
    completion: percent(k.completion),
    elapsed: percent(k.elapsed),
    lag: k.lag === 'none' ? lag : t('okr.cli.gap', { lag, gap: roundHalfUp(k.gap, 1) }),
  })
}
