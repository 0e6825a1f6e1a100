import type { ImportPreview, ImportResult, PeriodResults } from '../../shared/contract'
import { t } from '../../shared/i18n'
import { roundHalfUp } from '../../shared/domain/rounding'
import { formatPreview } from './print-preview'
import { periodLifecycleCommand } from './period-lifecycle-command'
import { call, type CommandEnv } from './command-env'
import { need, readFile, UsageError, writeExport } from './options'

const importKinds = {
  roster: { preview: 'roster-import-preview', commit: 'roster-import', extra: () => ({}) },
  scheme: { preview: 'scheme-import-preview', commit: 'scheme-import', extra: (env: CommandEnv) => ({ name: need(env, 'name') }) },
  ratings: { preview: 'ratings-import-preview', commit: 'ratings-import', extra: (env: CommandEnv) => ({ period: need(env, 'period'), ...replaceOption(env) }) },
  ballots: { preview: 'ballots-import-preview', commit: 'ballots-import', extra: (env: CommandEnv) => ({ period: need(env, 'period'), ...indicatorOption(env), ...replaceOption(env) }) },
  satisfaction: { preview: 'satisfaction-import-preview', commit: 'satisfaction-import', extra: (env: CommandEnv) => ({ period: need(env, 'period'), ...indicatorOption(env), ...replaceOption(env) }) },
  measures: { preview: 'measures-import-preview', commit: 'measures-import', extra: (env: CommandEnv) => ({ period: need(env, 'period'), ...replaceOption(env) }) },
  history: { preview: 'history-import-preview', commit: 'history-import', extra: (env: CommandEnv) => replaceOption(env) },
  penalties: { preview: 'penalties-import-preview', commit: 'penalties-import', extra: () => ({}) },
  okr: { preview: 'okr-import-preview', commit: 'okr-import', extra: () => ({}) },
} as const

/** `--indicator CODE`: which indicator a ballot or satisfaction file feeds when the scheme has several. */
function indicatorOption(env: CommandEnv): { indicator?: string } {
  const v = env.args.options.indicator
  return typeof v === 'string' ? { indicator: v } : {}
}

/** `--replace`: the same file was imported before; replace that batch. */
function replaceOption(env: CommandEnv): { replace?: boolean } {
  return env.args.options.replace === true ? { replace: true } : {}
}

/** `import KIND FILE`: prints what was understood, then writes all of it in one transaction, or nothing. */
export async function importCommand(env: CommandEnv): Promise<number> {
  const [, kind, file] = env.args.positionals
  if (!kind || !(kind in importKinds)) throw new UsageError(t('cli.missingArg', { name: Object.keys(importKinds).join(' | ') }))
  if (!file) throw new UsageError(t('cli.missingArg', { name: 'FILE' }))
  const spec = importKinds[kind as keyof typeof importKinds]
  const input = { file: readFile(file), ...spec.extra(env) }
  const preview = await call<ImportPreview>(env, spec.preview, input)
  const dryRun = env.args.options['dry-run'] === true
  if (!preview.ok || dryRun) {
    if (env.json) env.io.out(JSON.stringify({ preview, written: 0 }, null, 2))
    else {
      env.io.out(formatPreview(preview))
      env.io.out(preview.ok ? t('cli.dryRun') : t('cli.importRefused'))
    }
    return preview.ok ? 0 : 1
  }
  const result = await call<ImportResult>(env, spec.commit, input)
  if (env.json) env.io.out(JSON.stringify(result, null, 2))
  else {
    env.io.out(formatPreview(result.preview))
    env.io.out(t('cli.importDone', { written: result.written }))
  }
  return 0
}

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
  const file = await call<{ fileName: string; dataBase64: string }>(env, exportMethods[what], { period: need(env, 'period') })
  const written = writeExport(out, file)
  env.io.out(env.json ? JSON.stringify({ path: written }) : t('cli.exported', { path: written }))
  return 0
}
