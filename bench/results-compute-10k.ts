/**
 * Benchmark (not a test): 10,000 people in 50 departments, a 40-indicator scheme (5 dimensions × 8
 * weighted leaves), 10 ratings per person and indicator (领导 ×2, 互评 ×6 — trimmed, 自评 ×1, 群众 ×1)
 * = 4,000,000 rating rows. Times `results-compute` through the real dispatch (load, compute, store
 * 10,000 results, read them back) against a bare SQL aggregate over the same ratings, and prints
 * medians of 3 runs, their ratio, the load / compute / store split and each measurement's peak RSS.
 * Issue 5 asks for "seconds".
 *
 * Run:   npx tsx bench/results-compute-10k.ts [--db FILE]
 *        --db keeps the generated database in FILE and reuses it next time (set-up takes minutes)
 *
 * Roster, scheme and period go through the real imports (the roster in files of 2,500: bench/support);
 * the ratings are written straight into `ratings` (as one import batch) because a 4-million-row
 * workbook would time exceljs, not this. Each measurement runs in a fresh child process so that its
 * peak RSS is its own, and garbage is collected between runs so that a peak is one run's; CPU
 * seconds are printed beside wall seconds because a busy machine stretches the wall clock. The split
 * times results-compute's own steps called directly (load, compute, store, read back); the last block
 * loads the ratings once as a flat list through the join (as before they were read per person as
 * JSON) and checks that computePeriod gives the same totals, ranks and grades.
 */
import os from 'node:os'
import path from 'node:path'
import { fork } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import SqliteDatabase from 'better-sqlite3'
import { caller, clerkSession, fileInput, importRoster, insertRatings, scores, xlsxBytes, type Cell } from './support/bench-data'
import { openBackend } from '../electron/rpc/backend'
import { findPeriod } from '../electron/core/results/period-people'
import { loadComputeInput, loadPeriodRatings } from '../electron/core/results/compute-input'
import { readResults } from '../electron/core/results/read-results'
import { storeResults } from '../electron/core/results/store-results'
import type { DecidedRow } from '../electron/core/results/decided-row'
import { computePeriod, groupRatings, type ComputedPeriod } from '../shared/domain/compute-period'
import { decideGrade } from '../shared/domain/grade-override'
import { wholeUnit } from '../electron/core/scope/department-reach'

const PEOPLE = 10_000
const DEPARTMENTS = 50
const DIMS = ['D', 'N', 'Q', 'J', 'L']
const PER_DIM = 8 // 5 × 8 = 40 weighted leaves
const RATERS: { role: string; rater: string }[] = [
  { role: '领导', rater: 'L1' },
  { role: '领导', rater: 'L2' },
  ...[1, 2, 3, 4, 5, 6].map((i) => ({ role: '互评', rater: `P${i}` })),
  { role: '自评', rater: 'self' },
  { role: '群众', rater: 'public' },
]
const PERIOD = '2025-Q1'
const RUNS = 3

function schemeRows(): Cell[][] {
  const rows: Cell[][] = [['编码', '名称', '上级编码', '权重', '计分方式']]
  for (const d of DIMS) {
    rows.push([d, `维度${d}`, null, 100 / DIMS.length, '评分'])
    // 10+10+10+10+15+15+15+15 = 100
    for (let j = 1; j <= PER_DIM; j++) rows.push([`${d}${j}`, `指标${d}${j}`, d, j <= 4 ? 10 : 15, '评分'])
  }
  return rows
}

/** A fresh database with the roster, scheme, open period and 4,000,000 ratings; returns its path. */
async function setUp(dbPath: string): Promise<string> {
  const backend = await openBackend(dbPath, { create: true })
  const call = await caller(backend)
  let t0 = performance.now()
  await importRoster(backend, PEOPLE, DEPARTMENTS)
  const rosterS = (performance.now() - t0) / 1000
  await call('scheme-import', { file: fileInput('scheme.xlsx', await xlsxBytes('体系', schemeRows())), name: '基准体系' })
  await call('period-create', { id: PERIOD, kind: 'quarter', scheme: '基准体系' })
  await call('period-open', { id: PERIOD })

  t0 = performance.now()
  const written = insertRatings(backend, PERIOD, RATERS, scores(7, 60, 40))
  if (written !== PEOPLE * DIMS.length * PER_DIM * RATERS.length) throw new Error(`set-up: ${written} ratings written`)
  const ratingsS = (performance.now() - t0) / 1000
  await backend.close()
  console.log(`set-up: roster-import of ${PEOPLE} people (${Math.ceil(PEOPLE / 2_500)} files) in ${rosterS.toFixed(1)} s; ${written.toLocaleString('en')} ratings inserted in ${ratingsS.toFixed(1)} s`)
  return dbPath
}

// ---- measurements, each in its own child process ----

/** per label, each run's wall-clock and CPU (user + system) seconds */
type Runs = Record<string, { wall: number[]; cpu: number[] }>
type Measured = { runs: Runs; maxRssMiB: number; note?: string; fingerprint?: string }

/** Every person's full-precision total, rank and grade: two ways of loading must give the same. */
function fingerprint(computed: ComputedPeriod): string {
  let h = 0
  for (const r of computed.rows) {
    for (const ch of `${r.personId}:${r.total}:${r.rank}:${r.grade};`) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0
  }
  return (h >>> 0).toString(16)
}

/**
 * Between runs, the previous run's garbage goes: the app computes a period now and then, not three
 * times back to back, so a run's peak RSS should not include the last run's leftovers.
 */
function collect(): void {
  ;(globalThis as { gc?: () => void }).gc?.()
}

async function measure(kind: string, dbPath: string): Promise<Measured> {
  const runs: Runs = {}
  const time = async <T>(label: string, f: () => Promise<T> | T): Promise<T> => {
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    const out = await f()
    const c = process.cpuUsage(c0)
    const r = (runs[label] ??= { wall: [], cpu: [] })
    r.wall.push((performance.now() - t0) / 1000)
    r.cpu.push((c.user + c.system) / 1e6)
    return out
  }
  let note: string | undefined
  let print: string | undefined

  if (kind === 'aggregate') {
    const sqlite = new SqliteDatabase(dbPath, { readonly: true })
    const stmt = sqlite.prepare('SELECT person_id, indicator_id, role, AVG(score) AS mean, COUNT(*) AS n FROM ratings WHERE period_id = ? GROUP BY person_id, indicator_id, role')
    for (let i = 0; i < RUNS; i++) {
      collect()
      let groups = 0
      let rated = 0
      await time('aggregate', () => {
        for (const row of stmt.iterate(PERIOD) as Iterable<{ n: number }>) {
          groups++
          rated += row.n
        }
      })
      note = `${groups.toLocaleString('en')} groups over ${rated.toLocaleString('en')} ratings`
    }
    sqlite.close()
  } else if (kind === 'dispatch') {
    const backend = await openBackend(dbPath, { create: true })
    const credential = await clerkSession(backend)
    for (let i = 0; i < RUNS; i++) {
      collect()
      const r = await time('dispatch', () => backend.dispatcher.call(credential, 'results-compute', { period: PERIOD }))
      if (!r.ok) throw new Error(`results-compute: ${r.error.message}`)
      const res = r.result as { rows: { grade: string }[]; graded: number; goodQuota: number }
      note = `${res.rows.length.toLocaleString('en')} results, ${res.graded} graded, 好 quota ${res.goodQuota}`
    }
    await backend.close()
  } else if (kind === 'split') {
    const backend = await openBackend(dbPath, { create: true })
    const db = backend.database.db
    for (let i = 0; i < RUNS; i++) {
      collect()
      const input = await time('load', () => loadComputeInput(db, PERIOD, wholeUnit))
      const computed = await time('compute', () => computePeriod(input))
      print = fingerprint(computed)
      await time('store', () =>
        db.transaction().execute(async (trx) => {
          const rows: DecidedRow[] = computed.rows.map((r) => {
            const decided = decideGrade(r.grade, [], null)
            return { ...r, grade: decided.grade, proposedGrade: decided.proposedGrade, flags: decided.flags }
          })
          await storeResults(trx, PERIOD, { rows }, async () => {})
        }),
      )
      await time('read', () => readResults(db, PERIOD, wholeUnit))
      let loaded = 0
      for (const byCode of input.ratings.values()) for (const list of byCode.values()) loaded += list.length
      note = `${loaded.toLocaleString('en')} ratings loaded, ${computed.rows.length.toLocaleString('en')} rows computed`
    }
    await backend.close()
  } else if (kind === 'reference') {
    // once: the ratings as one flat list through the join (as loaded before they were grouped while
    // reading), grouped afterwards; the numbers must be the same
    const backend = await openBackend(dbPath, { create: true })
    const db = backend.database.db
    const input = await loadComputeInput(db, PERIOD, wholeUnit)
    const period = await findPeriod(db, PERIOD)
    const flat = await time('load', () => loadPeriodRatings(db, PERIOD, period.scheme_id))
    print = fingerprint(computePeriod({ ...input, ratings: groupRatings(flat) }))
    note = `${flat.length.toLocaleString('en')} ratings in one list`
    await backend.close()
  } else {
    throw new Error(`unknown measurement ${kind}`)
  }
  return { runs, maxRssMiB: process.resourceUsage().maxRSS / 1024, note, fingerprint: print }
}

function inChild(kind: string, dbPath: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    // execArgv is inherited, so the child runs under the same tsx loader as this process
    const child = fork(__filename, ['--measure', kind, dbPath], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [...process.execArgv, '--expose-gc'] })
    let got: Measured | null = null
    child.on('message', (m) => (got = m as Measured))
    child.on('error', reject)
    child.on('exit', (code) => (got && code === 0 ? resolve(got) : reject(new Error(`${kind}: child exited ${code}`))))
  })
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const secs = (r: { wall: number[]; cpu: number[] }) =>
  `${median(r.wall).toFixed(2)} s wall (runs ${r.wall.map((x) => x.toFixed(2)).join(' / ')}), ${median(r.cpu).toFixed(2)} s CPU`

async function main(): Promise<void> {
  const at = process.argv.indexOf('--measure')
  if (at >= 0) {
    const result = await measure(process.argv[at + 1], process.argv[at + 2])
    process.send?.(result)
    return
  }
  // --db FILE keeps the generated database there (and reuses it when it exists) between runs
  const keep = process.argv.indexOf('--db') >= 0 ? path.resolve(process.argv[process.argv.indexOf('--db') + 1]) : null
  const dir = keep ? null : await mkdtemp(path.join(os.tmpdir(), 'kaohe-bench-'))
  try {
    const dbPath = keep && existsSync(keep) ? keep : await setUp(keep ?? path.join(dir as string, 'bench.db'))
    console.log(`data: ${PEOPLE} people × ${DIMS.length * PER_DIM} indicators × ${RATERS.length} raters; medians of ${RUNS} runs, each measurement in its own process`)
    const aggregate = await inChild('aggregate', dbPath)
    const dispatch = await inChild('dispatch', dbPath)
    const split = await inChild('split', dbPath)
    const reference = await inChild('reference', dbPath)
    const ratio = (k: 'wall' | 'cpu') => (median(dispatch.runs.dispatch[k]) / median(aggregate.runs.aggregate[k])).toFixed(2)
    console.log(`bare SQL aggregate:            ${secs(aggregate.runs.aggregate)}, peak RSS ${aggregate.maxRssMiB.toFixed(0)} MiB — ${aggregate.note}`)
    console.log(`results-compute via dispatch:  ${secs(dispatch.runs.dispatch)}, peak RSS ${dispatch.maxRssMiB.toFixed(0)} MiB — ${dispatch.note}`)
    console.log(`  split (called directly):     load ${secs(split.runs.load)}`)
    console.log(`                               compute ${secs(split.runs.compute)}`)
    console.log(`                               store ${secs(split.runs.store)}
                               read back ${secs(split.runs.read)}; peak RSS ${split.maxRssMiB.toFixed(0)} MiB — ${split.note}`)
    console.log(`  flat list through the join (1 run): load ${secs(reference.runs.load)}; peak RSS ${reference.maxRssMiB.toFixed(0)} MiB — ${reference.note}`)
    console.log(`  same totals, ranks and grades: ${split.fingerprint === reference.fingerprint ? 'yes' : 'NO'} (${split.fingerprint} / ${reference.fingerprint})`)
    console.log(`ratio results-compute / aggregate: ${ratio('wall')}× wall, ${ratio('cpu')}× CPU`)
    console.log(`machine: ${os.cpus().length} CPUs, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} (wall times stretch under load; CPU times less so)`)
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true })
  }
}

void main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
