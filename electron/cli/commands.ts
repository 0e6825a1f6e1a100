import type { PeriodResults } from '../../shared/contract'
import { t } from '../../shared/i18n'
import { roundHalfUp } from '../../shared/domain/rounding'
import { periodLifecycleCommand } from './period-lifecycle-command'
import { call, type CommandEnv } from './command-env'
import { need, UsageError, writeExport } from './options'

export async function periodCommand(env: CommandEnv): Promise<number> {
  const sub = env.args.positionals[1]
  if (sub === 'list') {
    const periods = await call<unknown[]>(env, 'period-list', {})
    env.io.out(JSON.stringify(periods, null, 2))
    return 0
  }
  if (sub === 'advance' || sub === 'status') return periodLifecycleCommand(env)
  if (sub === 'open') {
    const p = await call<{ id: string; name: string; schemeName: string; schemeVersion: number }>(env, 'period-open', { id: need(env, 'id') })
    env.io.out(env.json ? JSON.stringify(p, null, 2) : t('cli.periodOpened', { id: p.id, name: p.name, scheme: p.schemeName, version: p.schemeVersion }))
    return 0
  }
  if (sub !== 'create') throw new UsageError(t('cli.missingArg', { name: 'create | open | advance | status | list' }))
  const input = { id: need(env, 'id'), kind: need(env, 'kind'), scheme: need(env, 'scheme'), ...(typeof env.args.options.name === 'string' ? { name: env.args.options.name } : {}) }
  const p = await call<{ id: string; name: string; participants: number }>(env, 'period-create', input)
  env.io.out(env.json ? JSON.stringify(p, null, 2) : t('cli.periodCreated', { id: p.id, name: p.name, participants: p.participants }))
  return 0
}

export async function computeCommand(env: CommandEnv): Promise<number> {
  const r = await call<PeriodResults>(env, 'results-compute', { period: need(env, 'period') })
  env.io.out(env.json ? JSON.stringify(r, null, 2) : t('cli.computed', { period: r.period, graded: r.graded, grade: r.quotaGrade, quota: r.goodQuota }))
  return 0
}

export async function resultsCommand(env: CommandEnv): Promise<number> {
  const r = await call<PeriodResults>(env, 'results-list', { period: need(env, 'period') })
  const round = (x: number | null) => (x === null ? null : roundHalfUp(x))
  const rows = r.rows.map((x) => ({
    staffNo: x.staffNo,
    name: x.name,
    department: x.department,
    total: x.total,
    rank: x.rank,
    grade: x.grade,
    proposedGrade: x.proposedGrade,
    flags: x.flags,
    // what the annual score drew on, as shown (2 decimals)
    ...(r.kind === 'annual' && x.annual ? { annual: { assessment: round(x.annual.assessment), quarterMean: round(x.annual.quarterMean), score: round(x.annual.score) } } : {}),
  }))
  if (env.json) env.io.out(JSON.stringify(rows, null, 2))
  else for (const x of rows) env.io.out([x.rank ?? '—', x.staffNo, x.name, x.department, x.total?.toFixed(2) ?? '—', x.grade, ...x.flags.map((f) => f.text)].join('\t'))
  return 0
}

/** what `export WHAT` writes, by the method that builds it */
const exportMethods = { report: 'report-export', departments: 'report-departments-export' } as const

export async function exportCommand(env: CommandEnv): Promise<number> {
  const what = env.args.positionals[1]
  if (what !== 'report' && what !== 'departments') throw new UsageError(t('cli.missingArg', { name: Object.keys(exportMethods).join(' | ') }))
  const out = need(env, 'out')
  // only the report carries sensitive fields (the annual registration forms' 出生年月)
  const omit = what === 'report' && env.args.options['omit-sensitive'] === true ? { omitSensitive: true } : {}
  const file = await call<{ fileName: string; dataBase64: string }>(env, exportMethods[what], { period: need(env, 'period'), ...omit })
  const written = writeExport(out, file)
  env.io.out(env.json ? JSON.stringify({ path: written }) : t('cli.exported', { path: written }))
  return 0
}
