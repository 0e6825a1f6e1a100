/**
 * Benchmark (not a test): everyone's 个人考核结果单 of a period of N people (default 1,000) in 10
 * departments, a 40-indicator scheme (5 dimensions × 8 leaves), 10 ratings per person and indicator
 * (领导 ×2, 互评 ×6 — trimmed, 自评, 群众), exported through the real dispatch as one workbook
 * ('results-explain-export-all'), against what it replaces: one 'results-explain' per person, each a
 * full period load (timed on a sample of people and scaled to N). Prints seconds, the share of the
 * export spent loading the period, and the peak RSS. Issue 6: "exporting 1,000 people is not 1,000
 * period loads".
 *
 * Run:   npx tsx bench/result-sheets-1000.ts [--people N] [--db FILE]
 *        --db keeps the generated database in FILE and reuses it next time
 *
 * Roster, scheme and period go through the real imports; the ratings are written straight into
 * `ratings`, as bench/results-compute-10k.ts does, because this times the export, not an import.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openBackend } from '../electron/rpc/backend'
import { caller, clerkSession, fileInput, importRoster, insertRatings, scores, xlsxBytes, type Cell } from './support/bench-data'
import { loadPeriodExplainer } from '../electron/core/explain/person-explanation'
import { wholeUnit } from '../electron/core/scope/department-reach'

const args = process.argv
const PEOPLE = args.includes('--people') ? Number(args[args.indexOf('--people') + 1]) : 1_000
const DB = args.includes('--db') ? path.resolve(args[args.indexOf('--db') + 1]) : null
const DEPARTMENTS = 10
const DIMS = ['D', 'N', 'Q', 'J', 'L']
const PER_DIM = 8
const RATERS = [
  { role: '领导', rater: 'L1' },
  { role: '领导', rater: 'L2' },
  ...[1, 2, 3, 4, 5, 6].map((i) => ({ role: '互评', rater: `P${i}` })),
  { role: '自评', rater: 'self' },
  { role: '群众', rater: 'public' },
]
const PERIOD = '2025-Q1'
/** people explained the old way (a period load each), scaled to everyone */
const SAMPLE = 25

async function setUp(dbPath: string): Promise<void> {
  const backend = await openBackend(dbPath, { create: true })
  const call = await caller(backend)
  await importRoster(backend, PEOPLE, DEPARTMENTS)
  const scheme: Cell[][] = [['编码', '名称', '上级编码', '权重', '计分方式']]
  for (const d of DIMS) {
    scheme.push([d, `维度${d}`, null, 100 / DIMS.length, '评分'])
    for (let j = 1; j <= PER_DIM; j++) scheme.push([`${d}${j}`, `指标${d}${j}`, d, j <= 4 ? 10 : 15, '评分'])
  }
  await call('scheme-import', { file: fileInput('scheme.xlsx', await xlsxBytes('体系', scheme)), name: '基准体系' })
  await call('period-create', { id: PERIOD, kind: 'quarter', scheme: '基准体系' })
  await call('period-open', { id: PERIOD })
  insertRatings(backend, PERIOD, RATERS, scores(7, 60, 40))
  await call('results-compute', { period: PERIOD })
  await backend.close()
}

const mib = (bytes: number) => Math.round(bytes / 2 ** 20)

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-bench-sheets-'))
  const dbPath = DB ?? path.join(dir, 'bench.db')
  if (!fs.existsSync(dbPath)) {
    const t0 = performance.now()
    await setUp(dbPath)
    console.log(`set-up: ${PEOPLE} people, ${(PEOPLE * RATERS.length * DIMS.length * PER_DIM).toLocaleString('en')} ratings, computed, in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
  }
  const backend = await openBackend(dbPath, { create: true })
  const credential = await clerkSession(backend)
  let peak = process.memoryUsage().rss
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss))

  let t0 = performance.now()
  await loadPeriodExplainer(backend.database.db, PERIOD, wholeUnit)
  const loadS = (performance.now() - t0) / 1000

  t0 = performance.now()
  const all = await backend.dispatcher.call(credential, 'results-explain-export-all', { period: PERIOD }, { onProgress: sample })
  const allS = (performance.now() - t0) / 1000
  if (!all.ok) throw new Error(all.error.message)
  const bytes = Buffer.from((all.result as { dataBase64: string }).dataBase64, 'base64').length

  const call = await caller(backend)
  const rows = (await call<{ rows: { staffNo: string }[] }>('results-list', { period: PERIOD })).rows
  t0 = performance.now()
  for (const r of rows.slice(0, SAMPLE)) await call('results-explain', { period: PERIOD, staffNo: r.staffNo })
  const perCallS = (performance.now() - t0) / 1000 / SAMPLE
  await backend.close()

  console.log(`period load (loadPeriodExplainer): ${loadS.toFixed(2)} s`)
  console.log(`results-explain-export-all, ${rows.length} people: ${allS.toFixed(1)} s (${((allS / rows.length) * 1000).toFixed(1)} ms a person), ${mib(bytes)} MiB file, peak RSS ${mib(peak)} MiB`)
  console.log(`one results-explain per person instead: ${perCallS.toFixed(2)} s a call × ${rows.length} = ${(perCallS * rows.length).toFixed(0)} s (${((perCallS * rows.length) / allS).toFixed(0)}× the export, before writing a single sheet)`)
  if (!DB) fs.rmSync(dir, { recursive: true, force: true })
}

void main()
