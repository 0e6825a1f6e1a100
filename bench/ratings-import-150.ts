/**
 * Benchmark (not a test): a 150-person department, 6 raters each, a 30-indicator scheme, long
 * layout — 150 × 6 × 30 = 27,000 rating rows. Times `ratings-import` through the real dispatch
 * (read, check against roster and scheme, one transaction) against a bare exceljs read of the same
 * file, and prints both and their ratio. Issue 4 asks for "seconds".
 *
 * Run:   npx tsx bench/ratings-import-150.ts
 */
import os from 'node:os'
import path from 'node:path'
import { mkdtemp, rm } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { openBackend } from '../electron/rpc/backend'
import { caller } from './support/bench-data'

const PEOPLE = 150
const RATERS = 6
const DIMS = ['D', 'N', 'Q', 'J', 'L']
const PER_DIM = 6 // 5 × 6 = 30 leaf indicators

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer())
}

function roster(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('名册')
  ws.addRow(['工号', '姓名', '部门', '岗位类别'])
  for (let i = 1; i <= PEOPLE; i++) ws.addRow([`P${String(i).padStart(4, '0')}`, `人员${i}`, '执法大队', '行政执法'])
  return wb
}

function scheme(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('体系')
  ws.addRow(['编码', '名称', '上级编码', '权重', '计分方式'])
  for (const d of DIMS) {
    ws.addRow([d, `维度${d}`, null, 100 / DIMS.length, '评分'])
    for (let j = 1; j <= PER_DIM; j++) ws.addRow([`${d}${j}`, `指标${d}${j}`, d, j === PER_DIM ? 100 - (PER_DIM - 1) * 16 : 16, '评分'])
  }
  return wb
}

function ratings(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('评分明细')
  ws.addRow(['工号', '姓名', '指标编码', '评价主体', '评价人', '分数'])
  let seed = 7
  const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647
  for (let i = 1; i <= PEOPLE; i++) {
    for (let r = 1; r <= RATERS; r++) {
      const role = r <= 2 ? '领导' : '互评'
      for (const d of DIMS) for (let j = 1; j <= PER_DIM; j++) ws.addRow([`P${String(i).padStart(4, '0')}`, `人员${i}`, `${d}${j}`, role, `R${r}`, Math.round(70 + rand() * 30)])
    }
  }
  return wb
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kaohe-bench-'))
  try {
    const backend = await openBackend(path.join(dir, 'bench.db'), { create: true })
    const call = await caller(backend)
    const file = (name: string, b: Buffer) => ({ fileName: name, dataBase64: b.toString('base64') })
    await call('roster-import', { file: file('roster.xlsx', await bytesOf(roster())) })
    await call('scheme-import', { file: file('scheme.xlsx', await bytesOf(scheme())), name: '基准体系' })
    await call('period-create', { id: '2025-Q1', kind: 'quarter', scheme: '基准体系' })
    const bytes = await bytesOf(ratings())
    console.log(`workbook: ${PEOPLE} people × ${RATERS} raters × ${DIMS.length * PER_DIM} indicators = ${PEOPLE * RATERS * DIMS.length * PER_DIM} rows, ${(bytes.length / 1024).toFixed(0)} KiB`)

    let t0 = performance.now()
    const bare = new ExcelJS.Workbook()
    await bare.xlsx.load(bytes as unknown as ExcelJS.Buffer)
    let cells = 0
    bare.worksheets[0].eachRow((row) => (cells += row.cellCount))
    const bareMs = performance.now() - t0

    t0 = performance.now()
    const result = (await call('ratings-import', { period: '2025-Q1', file: file('ratings.xlsx', bytes) })) as { written: number }
    const importMs = performance.now() - t0

    console.log(`bare exceljs read:           ${(bareMs / 1000).toFixed(2)} s (${cells} cells)`)
    console.log(`ratings-import via dispatch: ${(importMs / 1000).toFixed(2)} s (${result.written} rows written)`)
    console.log(`ratio import / bare read:    ${(importMs / bareMs).toFixed(2)}×`)
    await backend.close()
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

void main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
