import type { Period, PeriodProgress } from '../../shared/contract'
import { t } from '../../shared/i18n'
import { statusWord as periodStatusWord } from '../core/stages/stage-queries'
import { call, type CommandEnv } from './command-env'
import { UsageError } from './options'

function statusWord(status: string | null): string {
  return status === null ? '—' : periodStatusWord(status)
}

function needId(env: CommandEnv): string {
  const v = env.args.options.id
  if (typeof v !== 'string' || v === '') throw new UsageError(t('cli.missingArg', { name: '--id' }))
  return v
}

/**
 * `period status --json`: per department, each stage by its Chinese name (the words the office uses,
 * in any UI language) with how many have done it of those required to.
 */
export function statusJson(progress: PeriodProgress): { departments: { department: string; stages: Record<string, { done: number; total: number }> }[] } {
  return {
    departments: progress.departments.map((d) => ({
      department: d.department,
      stages: Object.fromEntries(d.stages.map((s) => [t(`stages.name.${s.stage}`, undefined, 'zh-CN'), { done: s.done, total: s.required }])),
    })),
  }
}

/**
 * `period advance --id ID`: one step along the lifecycle, or every reason it cannot (exit 1).
 * `period status --id ID`: the period, its stage progress per department, and what blocks the next step.
 */
export async function periodLifecycleCommand(env: CommandEnv): Promise<number> {
  const sub = env.args.positionals[1]
  if (sub === 'advance') {
    const id = needId(env)
    const from = (await call<Period[]>(env, 'period-list', {})).find((p) => p.id === id)?.status ?? null
    const p = await call<Period>(env, 'period-advance', { id })
    env.io.out(env.json ? JSON.stringify(p, null, 2) : t('cli.period.advanced', { id: p.id, from: statusWord(from), to: statusWord(p.status) }))
    return 0
  }
  if (sub !== 'status') throw new UsageError(t('cli.missingArg', { name: 'advance | status' }))
  const id = needId(env)
  const period = (await call<Period[]>(env, 'period-list', {})).find((p) => p.id === id)
  const progress = await call<PeriodProgress>(env, 'period-progress', { period: id })
  if (env.json) {
    env.io.out(JSON.stringify(statusJson(progress), null, 2))
    return 0
  }
  if (period) env.io.out(t('cli.period.status', { id: period.id, name: period.name, status: statusWord(period.status), participants: period.participants }))
  for (const d of progress.departments) {
    const stages = d.stages
      .filter((s) => s.required > 0)
      .map((s) => t('cli.period.stageCount', { stage: s.name, done: s.done, required: s.required }))
      .join('  ')
    env.io.out(t('cli.period.progressLine', { department: d.department, headcount: d.headcount, stages }))
  }
  const { next } = progress
  if (next.to === null) env.io.out(t('stages.reason.lastStep'))
  else if (next.allowed) env.io.out(t('cli.period.next', { to: statusWord(next.to) }))
  else {
    env.io.out(t('cli.period.blocked', { to: statusWord(next.to) }))
    for (const r of next.reasons) env.io.out(`  · ${r}`)
  }
  return 0
}
