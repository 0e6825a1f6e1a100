/**
 * Benchmark (not a test): the annual report workbook (年度考核报告.xlsx) of 10,000 people in 50
 * departments — 说明, 汇总, 明细 (10,000 rows), 等次分布 with its chart, 公示名单, 结果运用 and one
 * 年度考核登记表 per person (10,000 forms on 50 department sheets) — exported through the real
 * dispatch ('report-export'), against a bare exceljs streaming write of exactly the same cells (read
 * back from Kaohe's file beforehand: no styles, merges, widths, print setup, picture or page breaks).
 * Issue 6 asks that this export streams (flat memory) and that its time is reported.
 *
 * Run:   npx tsx bench/annual-report-10k.ts [--db FILE] [--people N]
 *        --db keeps the generated database in FILE and reuses it next time (set-up takes a few minutes)
 *
 * The year is built through the real handlers (roster import, schemes, 4 quarters and the year
 * created, opened and computed, self reports and leader comments recorded); the ratings — one 领导
 * rating per person and indicator — go straight into `ratings`, as bench/results-compute-10k.ts does,
 * because this benchmark times the report, not an import. Each measurement runs in its own child
 * process, so its peak RSS is its own. "Flat memory" is shown by the resident set size sampled at
 * the export's progress reports: it should not climb with the rows written, as it does for the held
 * model of exceljs's in-memory writer (measured last, on the same cells, for its peak).
 */
import os from 'node:os'
import path from 'node:path'
import fs from 'node:fs'
import { fork } from 'node:child_process'
import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { openBackend } from '../electron/rpc/backend'
import { caller, clerkSession, fileInput, importRoster, insertRatings, scores, staffNo, xlsxBytes } from './support/bench-data'

const args = process.argv
const PEOPLE = args.includes('--people') ? Number(args[args.indexOf('--people') + 1]) : 10_000
const DEPARTMENTS = 50
const DIMS: [string, string][] = [
  ['D', '德'],
  ['N', '能'],
  ['Q', '勤'],
  ['J', '绩'],
  ['L', '廉'],
]
const YEAR = 2025
const STAGE_PART = 5_000
const SELF =
  '一年来，认真学习贯彻党的路线方针政策，扎实完成本岗位各项工作任务，全年办理业务数百件，参与重点项目两项，按时完成各类材料报送，未发生差错。'

async function setUp(dbPath: string): Promise<void> {
  const backend = await openBackend(dbPath, { create: true })
  const call = await caller(backend)
  const t0 = performance.now()
  await importRoster(backend, PEOPLE, DEPARTMENTS, { headers: ['职级'], values: ['一级主任科员'] })
  const scheme = [['编码', '名称', '上级编码', '权重', '计分方式'], ...DIMS.flatMap(([c, n]) => [[c, n, null, 20, '评分'], [`${c}1`, `${n}指标`, c, 100, '评分']])]
  await call('scheme-import', { file: fileInput('q.xlsx', await xlsxBytes('体系', scheme)), name: '平时考核' })
  await call('scheme-import', { file: fileInput('y.xlsx', await xlsxBytes('体系', scheme)), name: '年度考核' })
  const score = scores(11, 55, 45)
  const leader = [{ role: '领导', rater: 'L1' }]
  for (let q = 1; q <= 4; q++) {
    const id = `${YEAR}-Q${q}`
    await call('period-create', { id, kind: 'quarter', scheme: '平时考核' })
    await call('period-open', { id })
    insertRatings(backend, id, leader, score)
    await call('results-compute', { period: id })
  }
  await call('period-create', { id: String(YEAR), kind: 'annual', scheme: '年度考核' })
  await call('period-open', { id: String(YEAR) })
  insertRatings(backend, String(YEAR), leader, score)
  const all = Array.from({ length: PEOPLE }, (_, i) => staffNo(i + 1))
  for (let from = 0; from < all.length; from += STAGE_PART) {
    const part = all.slice(from, from + STAGE_PART)
    await call('stages-record', { period: String(YEAR), staffNos: part, payload: { stage: 'self', text: SELF, date: '2025-03-28' } })
    await call('stages-record', { period: String(YEAR), staffNos: part, payload: { stage: 'peer' } })
    await call('stages-record', { period: String(YEAR), staffNos: part, payload: { stage: 'leader', comment: '该同志工作认真负责，完成任务好。' } })
  }
  await call('results-compute', { period: String(YEAR) })
  await backend.close()
  console.log(`set-up: ${PEOPLE} people, 4 quarters and the year computed, stages recorded, in ${((performance.now() - t0) / 1000).toFixed(0)} s`)
}

// ---- measurements, each in its own child process ----

type Cell = string | number | null
type Sheets = { name: string; rows: Cell[][] }[]

interface Measured {
  wall: number
  cpu: number
  maxRssMiB: number
  /** resident set size at a share of the rows written */
  samples?: { share: number; rssMiB: number }[]
  bytes?: number
  note?: string
}

const mib = (b: number) => b / 1024 / 1024

async function measure(kind: string, dbPath: string, cellsPath: string): Promise<Measured> {
  let samples: Measured['samples']
  let bytes: number | undefined
  let note: string | undefined
  let t0 = 0
  let c0: NodeJS.CpuUsage = process.cpuUsage()
  const start = () => {
    t0 = performance.now()
    c0 = process.cpuUsage()
  }

  if (kind === 'export') {
    const backend = await openBackend(dbPath, { create: true })
    const credential = await clerkSession(backend)
    const taken: { share: number; rssMiB: number }[] = []
    let next = 0
    start()
    const r = await backend.dispatcher.call(credential, 'report-export', { period: String(YEAR) }, {
      onProgress: (e) => {
        const share = e.total > 0 ? e.done / e.total : 0
        if (share >= next) {
          taken.push({ share, rssMiB: mib(process.memoryUsage().rss) })
          next = Math.floor(share * 10 + 1) / 10
        }
      },
    })
    if (!r.ok) throw new Error(`report-export: ${r.error.message}`)
    const out = r.result as { fileName: string; dataBase64: string }
    const wall = (performance.now() - t0) / 1000
    const c = process.cpuUsage(c0)
    const buf = Buffer.from(out.dataBase64, 'base64')
    fs.writeFileSync(cellsPath.replace(/\.json$/, '.xlsx'), buf)
    await backend.close()
    samples = taken
    bytes = buf.length
    note = out.fileName
    return { wall, cpu: (c.user + c.system) / 1e6, maxRssMiB: process.resourceUsage().maxRSS / 1024, samples, bytes, note }
  }

  if (kind === 'cells') {
    // not timed: every cell of Kaohe's file, sheet by sheet, for the bare writes to write again
    const sheets: Sheets = []
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(cellsPath.replace(/\.json$/, '.xlsx'), { worksheets: 'emit', sharedStrings: 'cache', styles: 'ignore', hyperlinks: 'ignore' })
    for await (const ws of reader) {
      const sheet = { name: (ws as unknown as { name: string }).name, rows: [] as Cell[][] }
      for await (const row of ws) {
        const values = (row.values as unknown[]).slice(1).map((v): Cell => (typeof v === 'string' || typeof v === 'number' ? v : null))
        sheet.rows[row.number - 1] = values
      }
      sheets.push(sheet)
    }
    fs.writeFileSync(cellsPath, JSON.stringify(sheets))
    const cells = sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + (r?.filter((v) => v !== null).length ?? 0), 0), 0)
    return { wall: 0, cpu: 0, maxRssMiB: 0, note: `${sheets.length} sheets, ${sheets.reduce((n, s) => n + s.rows.length, 0).toLocaleString('en')} rows, ${cells.toLocaleString('en')} cells` }
  }

  const sheets = JSON.parse(fs.readFileSync(cellsPath, 'utf8')) as Sheets
  const before = mib(process.memoryUsage().rss)
  if (kind === 'bare-stream') {
    start()
    const stream = new PassThrough()
    const chunks: Buffer[] = []
    stream.on('data', (c: Buffer) => chunks.push(c))
    const ended = new Promise((resolve) => stream.on('end', resolve))
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: false, useSharedStrings: true })
    for (const s of sheets) {
      const ws = wb.addWorksheet(s.name)
      for (let i = 0; i < s.rows.length; i++) ws.addRow(s.rows[i] ?? []).commit()
      ws.commit()
    }
    await wb.commit()
    await ended
    bytes = Buffer.concat(chunks).length
  } else if (kind === 'bare-memory') {
    start()
    const wb = new ExcelJS.Workbook()
    for (const s of sheets) {
      const ws = wb.addWorksheet(s.name)
      for (let i = 0; i < s.rows.length; i++) ws.addRow(s.rows[i] ?? [])
    }
    bytes = (await wb.xlsx.writeBuffer()).byteLength
  } else {
    throw new Error(`unknown measurement ${kind}`)
  }
  const wall = (performance.now() - t0) / 1000
  const c = process.cpuUsage(c0)
  return { wall, cpu: (c.user + c.system) / 1e6, maxRssMiB: process.resourceUsage().maxRSS / 1024, bytes, note: `RSS with the cells loaded, before writing: ${before.toFixed(0)} MiB` }
}

function inChild(kind: string, dbPath: string, cellsPath: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    // execArgv is inherited, so the child runs under the same tsx loader as this process
    const child = fork(__filename, ['--measure', kind, dbPath, cellsPath], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [...process.execArgv, '--max-old-space-size=8192'] })
    let got: Measured | null = null
    child.on('message', (m) => (got = m as Measured))
    child.on('error', reject)
    child.on('exit', (code) => (got && code === 0 ? resolve(got) : reject(new Error(`${kind}: child exited ${code}`))))
  })
}

const line = (label: string, m: Measured) =>
  `${label.padEnd(34)} ${m.wall.toFixed(2)} s wall, ${m.cpu.toFixed(2)} s CPU, peak RSS ${m.maxRssMiB.toFixed(0)} MiB${m.bytes ? `, ${(m.bytes / 1024 / 1024).toFixed(1)} MiB file` : ''}`

async function main(): Promise<void> {
  const at = args.indexOf('--measure')
  if (at >= 0) {
    process.send?.(await measure(args[at + 1], args[at + 2], args[at + 3]))
    return
  }
  const keep = args.includes('--db') ? path.resolve(args[args.indexOf('--db') + 1]) : null
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-bench-report-'))
  try {
    const dbPath = keep ?? path.join(dir, 'bench.db')
    if (!keep || !fs.existsSync(keep)) await setUp(dbPath)
    const cellsPath = path.join(dir, 'cells.json')
    console.log(`data: ${PEOPLE.toLocaleString('en')} people in ${DEPARTMENTS} departments, ${DIMS.length} dimensions, 4 quarters and the year; each measurement in its own process`)
    const exported = await inChild('export', dbPath, cellsPath)
    const cells = await inChild('cells', dbPath, cellsPath)
    const bare = await inChild('bare-stream', dbPath, cellsPath)
    const memory = await inChild('bare-memory', dbPath, cellsPath)
    console.log(`${exported.note}: ${cells.note}`)
    console.log(line('report-export via dispatch:', exported))
    console.log(`  RSS while writing (share of rows written → MiB): ${(exported.samples ?? []).map((s) => `${(s.share * 100).toFixed(0)}% ${s.rssMiB.toFixed(0)}`).join(' · ')}`)
    console.log(line('bare exceljs streaming write:', bare), `(${bare.note})`)
    console.log(line('bare exceljs in-memory write:', memory), `(${memory.note})`)
    console.log(`ratio report-export / bare streaming write: ${(exported.wall / bare.wall).toFixed(2)}× wall, ${(exported.cpu / bare.cpu).toFixed(2)}× CPU`)
    console.log(`machine: ${os.cpus().length} CPUs, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} (wall times stretch under load; CPU times less so)`)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

void main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
