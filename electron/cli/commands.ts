import fs from 'node:fs'
import path from 'node:path'
import type { CallOutcome, MethodName, PeriodResults, RpcError } from '../../shared/contract'
import { t } from '../../shared/i18n'
import { roundHalfUp } from '../../shared/domain/rounding'
import type { Backend } from '../rpc/backend'
import { localCaller } from '../rpc/backend'
import { formatProblems } from './print-preview'
import { periodLifecycleCommand } from './period-lifecycle-command'
import type { ParsedArgs } from '../rpc/args'
import { need, UsageError, writeExport } from './options'

export { UsageError } from './options'

export interface CliIO {
  out(text: string): void
  err(text: string): void
  signal: AbortSignal
}


export interface CommandEnv {
  backend: Backend
  args: ParsedArgs
  io: CliIO
  json: boolean
}

/** One call through the dispatch, with progress on a terminal; a refusal becomes CallFailed. */
export async function call<T>(env: CommandEnv, method: MethodName, input: unknown): Promise<T> {
  const outcome: CallOutcome = await env.backend.dispatcher.call(localCaller, method, input, {
    signal: env.io.signal,
    onProgress: (e) => {
      if (!env.json && process.stderr.isTTY) process.stderr.write(`\r${t(e.stage as never)} ${e.done}/${e.total}   `)
    },
  })
  if (!env.json && process.stderr.isTTY) process.stderr.write('\r\x1b[K')
  if (!outcome.ok) throw new CallFailed(outcome.error)
  return outcome.result as T
}

export class CallFailed extends Error {
  constructor(readonly error: RpcError) {
    super(error.message)
  }
}

export function readFile(p: string) {
  if (!fs.existsSync(p) || !fs.statSync(p).isFile()) throw new UsageError(t('cli.fileNotFound', { path: p }))
  return { fileName: path.basename(p), dataBase64: fs.readFileSync(p).toString('base64') }
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

export function describeFailure(e: CallFailed, json: boolean): string {
  if (json) return JSON.stringify({ error: e.error }, null, 2)
  return [e.error.message, ...formatProblems(e.error.problems ?? [])].join('\n')
}
