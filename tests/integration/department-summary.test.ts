import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../electron/rpc/backend'
import type { Credential } from '../../electron/core/context'
import { buildDepartmentSummary } from '../../electron/excel/write/department-summary'
import type { PeriodReportInput } from '../../electron/excel/write/report-input'
import type { ExportedFile, PeriodResults, ResultRow } from '../../shared/contract'
import { departmentDimensionMeans } from '../../shared/charts/dimension-means'
import { heatmapCells } from '../../shared/charts/department-heatmap'
import { t } from '../../shared/i18n'
import { buildAnnualYear } from '../support/annual-year'
import { cli } from '../support/run-cli'
import { seedFixture2025Q1 } from '../support/seed-fixture-2025-q1'
import { tempDir } from '../support/temp-dir'
import { signInAs } from '../support/accounts'

const EVIL = '=HYPERLINK("http://x","a")'
const QUARTER = ['好', '较好', '一般', '较差']
const FOOTER = '&C第 &P 页 共 &N 页'

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  // exceljs types its own Buffer, which @types/node 20's generic Buffer no longer matches
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  return wb
}

const fileBytes = (f: ExportedFile) => Buffer.from(f.dataBase64, 'base64')

/** A row's values from column A, an empty cell as null, as wide as the sheet. */
function rowOf(ws: ExcelJS.Worksheet, n: number): unknown[] {
  const v = (ws.getRow(n).values as unknown[]).slice(1)
  return Array.from({ length: ws.columnCount }, (_, i) => (v[i] === undefined || v[i] === '' ? null : v[i]))
}

// text that looks like a formula shows as typed: its quote-prefix style keeps it text
const quoted = (cell: ExcelJS.Cell) => (cell.style as { quotePrefix?: boolean }).quotePrefix === true

/** Half-up to cents in integer arithmetic: the mean of totals given in cents, written out independently of roundHalfUp. */
function meanOfCents(cents: number[]): number {
  const sum = cents.reduce((a, b) => a + b, 0)
  return Math.floor((2 * sum + cents.length) / (2 * cents.length)) / 100
}

/** The 部门汇总 row expected from results-list rows alone: counts, shares, mean, highest, lowest. */
function expectedLine(name: string, rows: ResultRow[], scale: string[]): unknown[] {
  const graded = rows.filter((r) => scale.includes(r.grade))
  const share = (n: number, of: number) => (of > 0 ? n / of : null)
  const cells: unknown[] = [name, rows.length, graded.length]
  for (const g of scale) {
    const n = rows.filter((r) => r.grade === g).length
    cells.push(n, share(n, graded.length))
  }
  const undetermined = rows.filter((r) => r.grade === '不定等次').length
  cells.push(undetermined, share(undetermined, rows.length))
  const cents = graded.map((r) => Math.round((r.total as number) * 100))
  if (cents.length === 0) cells.push('—', '—', '—')
  else cells.push(meanOfCents(cents), Math.max(...cents) / 100, Math.min(...cents) / 100)
  return cells
}

function expectPrintSetup(ws: ExcelJS.Worksheet, titleRows: string, frozenColumns: number): void {
  expect(ws.pageSetup, ws.name).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: titleRows })
  expect(ws.headerFooter.oddFooter, ws.name).toBe(FOOTER)
  const headerRows = Number(titleRows.split(':')[1])
  expect(ws.views[0], ws.name).toMatchObject({ state: 'frozen', ySplit: headerRows, xSplit: frozenColumns })
}

function expectNoFormula(wb: ExcelJS.Workbook): void {
  for (const sheet of wb.worksheets) {
    sheet.eachRow((r) => r.eachCell((c) => expect(c.type, `${sheet.name}!${c.address}`).not.toBe(ExcelJS.ValueType.Formula)))
  }
}

describe('部门汇总 of the 2025-Q1 quarter (37 people) through the dispatch', () => {
  const tmp = tempDir('kaohe-departments-')
  const dbPath = path.join(tmp.dir, 'q1.db')
  let backend: Backend
  let listed: PeriodResults
  let order: string[]
  let file: ExportedFile
  let wb: ExcelJS.Workbook
  const progress: [number, number][] = []
  let clerk: Credential
  let readonly: Credential

  const call = async <T>(method: string, input: unknown, who: Credential = clerk): Promise<T> => {
    const r = await backend.dispatcher.call(who, method, input)
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
    return r.result as T
  }

  beforeAll(async () => {
    backend = await openBackend(dbPath, { create: true })
    await seedFixture2025Q1(backend.database, ['2025-Q2'])
    clerk = await signInAs(backend.dispatcher, 'clerk')
    readonly = await signInAs(backend.dispatcher, 'readonly')
    // a department whose name reads as a formula: it must arrive as text
    const first = await backend.database.db.selectFrom('departments').select('id').orderBy('id').executeTakeFirstOrThrow()
    await backend.database.db.updateTable('departments').set({ name: EVIL, path: EVIL }).where('id', '=', first.id).execute()
    await backend.database.db.insertInto('settings').values({ key: 'unit.name', value: JSON.stringify('某某镇人民政府') }).execute()
    await call('results-compute', { period: '2025-Q1' })
    listed = await call<PeriodResults>('results-list', { period: '2025-Q1' })
    order = (await backend.database.db.selectFrom('departments').select('name').orderBy('id').execute()).map((d) => d.name)
    const r = await backend.dispatcher.call(readonly, 'report-departments-export', { period: '2025-Q1' }, { onProgress: (e) => progress.push([e.done, e.total]) })
    if (!r.ok) throw new Error(r.error.message)
    file = r.result as ExportedFile
    wb = await load(fileBytes(file))
  }, 60_000)
  afterAll(async () => {
    await backend.close()
    tmp.cleanup()
  })

  const sheet = (name: string) => wb.getWorksheet(name) as ExcelJS.Worksheet

  it('is named for the period and holds 说明, 部门汇总, 维度得分, for a read-only user too', () => {
    expect(file.fileName).toBe('某某镇人民政府-2025年第一季度-部门考核汇总.xlsx')
    expect(wb.worksheets.map((w) => w.name)).toEqual(['说明', '部门汇总', '维度得分'])
    expect(listed.rows).toHaveLength(37)
  })

  it('reports progress up to every row', () => {
    expect(progress.length).toBeGreaterThan(2)
    const last = progress[progress.length - 1]
    expect(last[0]).toBe(last[1])
  })

  it('部门汇总: a merged title, the two-row header of the quarterly scale with 不定等次, then 平均分 / 最高分 / 最低分', () => {
    const ws = sheet('部门汇总')
    expect(ws.getCell('A1').value).toBe('某某镇人民政府2025年第一季度平时考核部门汇总表')
    expect(ws.getCell('A1').isMerged).toBe(true)
    const pairs = (g: string) => [g, g]
    expect(rowOf(ws, 2)).toEqual(['部门', '人数', '评定等次人数', ...[...QUARTER, '不定等次'].flatMap(pairs), '评定等次人员总分', '评定等次人员总分', '评定等次人员总分'])
    expect(rowOf(ws, 3)).toEqual(['部门', '人数', '评定等次人数', ...Array.from({ length: 5 }, () => ['人数', '占比']).flat(), '平均分', '最高分', '最低分'])
  })

  it('部门汇总: one row per department in the office’s order and a bold total, every figure as computed from results-list', () => {
    const ws = sheet('部门汇总')
    const present = order.filter((name) => listed.rows.some((r) => r.department === name))
    expect(present.length).toBeGreaterThan(3)
    present.forEach((name, i) => {
      expect(rowOf(ws, 4 + i), name).toEqual(expectedLine(name, listed.rows.filter((r) => r.department === name), QUARTER))
    })
    const totalRow = 4 + present.length
    expect(rowOf(ws, totalRow)).toEqual(expectedLine('合计', listed.rows, QUARTER))
    expect(ws.getCell(totalRow, 1).font).toMatchObject({ bold: true })
    expect(ws.getCell(4, 1).font?.bold).toBeFalsy()
    // the denominators are said under the table
    expect(String(rowOf(ws, totalRow + 1)[0])).toMatch(/^注：/)
  })

  it('维度得分: the heat map’s numbers department by department, the unit’s mean, the lowest department of each dimension', () => {
    const ws = sheet('维度得分')
    const dims = listed.dimensions
    expect(rowOf(ws, 3)).toEqual(['部门', ...dims.map((d) => d.name)])
    // exactly what the 报表 page draws: the heat map's cells from the same function
    const departments = departmentDimensionMeans(listed.rows, dims.map((d) => d.code))
    const cells = heatmapCells({ dimensions: dims, departments })
    const byName = new Map<string, unknown[]>()
    for (const [x, y, v] of cells) {
      const name = departments[y].department
      const line = byName.get(name) ?? [name]
      line[x + 1] = v === '-' ? '—' : v
      byName.set(name, line)
    }
    const present = order.filter((name) => byName.has(name))
    present.forEach((name, i) => expect(rowOf(ws, 4 + i), name).toEqual(byName.get(name)))
    const unitRow = 4 + present.length
    const unit = departmentDimensionMeans(listed.rows.map((r) => ({ department: 'all', dimensions: r.dimensions })), dims.map((d) => d.code))[0].means
    expect(rowOf(ws, unitRow)).toEqual(['全单位', ...dims.map((d) => unit[d.code] ?? '—')])
    expect(ws.getCell(unitRow, 1).font).toMatchObject({ bold: true })

    const notes = Array.from({ length: dims.length + 2 }, (_, i) => String(rowOf(ws, unitRow + 1 + i)[0]))
    dims.forEach((d, i) => {
      const means = present.map((name) => ({ name, v: departments.find((x) => x.department === name)?.means[d.code] ?? null })).filter((m) => m.v !== null)
      const low = Math.min(...means.map((m) => m.v as number))
      const names = means.filter((m) => m.v === low).map((m) => m.name)
      expect(notes[2 + i]).toBe(`${d.name}：${names.join('、')}（${low.toFixed(2)}）`)
    })
  })

  it('writes numbers as numbers: shares 0.00%, scores and means 0.00', () => {
    const summary = sheet('部门汇总')
    const last = summary.columnCount
    for (const col of [5, 7, 9, 11, 13]) expect(summary.getCell(4, col).numFmt).toBe('0.00%')
    for (const col of [last - 2, last - 1, last]) {
      expect(summary.getCell(4, col).numFmt).toBe('0.00')
      expect(summary.getCell(4, col).type).toBe(ExcelJS.ValueType.Number)
    }
    expect(summary.getCell(4, 2).numFmt).toBe('0')
    const dims = sheet('维度得分')
    expect(dims.getCell('B4').numFmt).toBe('0.00')
    expect(dims.getCell('B4').type).toBe(ExcelJS.ValueType.Number)
  })

  it('prints on A4 one page wide, header rows repeated, page numbers, panes frozen below the header', () => {
    expectPrintSetup(sheet('说明'), '2:2', 0)
    expectPrintSetup(sheet('部门汇总'), '2:3', 1)
    expectPrintSetup(sheet('维度得分'), '2:3', 1)
    expect(sheet('部门汇总').pageSetup.orientation).toBe('landscape')
  })

  it('keeps a department named like a formula as text in the quote-prefix style, no apostrophe, and writes no formula', () => {
    const position = order.indexOf(EVIL)
    expect(position).toBe(0)
    expect(sheet('部门汇总').getCell('A4').value).toBe(EVIL)
    expect(sheet('部门汇总').getCell('A4').type).toBe(ExcelJS.ValueType.String)
    expect(quoted(sheet('部门汇总').getCell('A4'))).toBe(true)
    expect(sheet('维度得分').getCell('A4').value).toBe(EVIL)
    expect(quoted(sheet('维度得分').getCell('A4'))).toBe(true)
    expectNoFormula(wb)
  })

  it('说明: unit, period name and id, scheme and version, computed at, counts and the denominators of the shares', () => {
    const items = new Map<string, unknown>()
    sheet('说明').eachRow((r, n) => {
      if (n > 2) items.set(String(r.getCell(1).value), r.getCell(2).value)
    })
    expect(items.get('单位')).toBe('某某镇人民政府')
    expect(items.get('考核周期')).toBe('2025年第一季度平时考核')
    expect(items.get('考核周期编号')).toBe('2025-Q1')
    expect(items.get('指标体系')).toBe('平时考核2025（第 1 版）')
    expect(String(items.get('结果计算时间'))).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)
    expect(items.get('结果人数')).toBe(37)
    expect(items.get('评定等次人数')).toBe(listed.graded)
    expect(items.get('等次')).toBe('好、较好、一般、较差、不定等次')
    expect(items.get('占比的分母')).toBe(t('departments.notes.sharesValue'))
  })

  it('stops with cancelled when the caller gives up during the export', async () => {
    const abort = new AbortController()
    const r = await backend.dispatcher.call(clerk, 'report-departments-export', { period: '2025-Q1' }, { signal: abort.signal, onProgress: (e) => e.done > 0 && abort.abort() })
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error.code).toBe('cancelled')
  })

  it('refuses a period never computed (conflict) and an unknown one (not-found)', async () => {
    const early = await backend.dispatcher.call(clerk, 'report-departments-export', { period: '2025-Q2' })
    expect(early).toEqual({ ok: false, error: { code: 'conflict', message: t('report.error.notComputed', { period: '2025-Q2' }) } })
    const missing = await backend.dispatcher.call(clerk, 'report-departments-export', { period: '2030-Q9' })
    expect(!missing.ok && missing.error.code).toBe('not-found')
  })

  it('export departments on the CLI writes the same sheets and values', async () => {
    const out = path.join(tmp.dir, 'out', '部门汇总.xlsx')
    const r = await cli(dbPath, 'export', 'departments', '--period', '2025-Q1', '--out', out)
    expect(r.code, r.err).toBe(0)
    expect(r.out).toContain(out)
    expect(fs.readdirSync(path.dirname(out))).toEqual(['部门汇总.xlsx'])
    const written = await load(fs.readFileSync(out))
    expect(written.worksheets.map((w) => w.name)).toEqual(wb.worksheets.map((w) => w.name))
    for (const ws of wb.worksheets) {
      const other = written.getWorksheet(ws.name) as ExcelJS.Worksheet
      expect(other.rowCount, ws.name).toBe(ws.rowCount)
      for (let n = 1; n <= ws.rowCount; n++) expect(rowOf(other, n), `${ws.name} row ${n}`).toEqual(rowOf(ws, n))
    }
    const wrong = await cli(dbPath, 'export', 'nothing', '--period', '2025-Q1', '--out', out)
    expect(wrong.code).not.toBe(0)
  })
})

describe('部门汇总 of the 8-person year (tests/support/annual-year.ts), by hand', () => {
  const tmp = tempDir('kaohe-departments-year-')
  let backend: Backend
  let file: ExportedFile
  let wb: ExcelJS.Workbook

  beforeAll(async () => {
    const y = await buildAnnualYear(path.join(tmp.dir, 'year.db'))
    backend = y.backend
    file = await y.ok<ExportedFile>('report-departments-export', { period: '2025' })
    wb = await load(fileBytes(file))
  }, 120_000)
  afterAll(async () => {
    await backend.close()
    tmp.cleanup()
  })

  const sheet = (name: string) => wb.getWorksheet(name) as ExcelJS.Worksheet

  it('is named for the year and counts on the annual scale', () => {
    expect(file.fileName).toBe('本单位-2025年度-部门考核汇总.xlsx')
    expect(sheet('部门汇总').getCell('A1').value).toBe('本单位2025年度考核部门汇总表')
    expect(rowOf(sheet('部门汇总'), 2).slice(3, 16)).toEqual(['优秀', '优秀', '称职', '称职', '基本称职', '基本称职', '不称职', '不称职', '不定等次', '不定等次', '评定等次人员年度得分', '评定等次人员年度得分', '评定等次人员年度得分'])
  })

  it('部门汇总: the numbers worked out by hand', () => {
    const ws = sheet('部门汇总')
    // 办公室: S01 93.75 优秀, S02 91 and S06 89.88 称职, S07 不定等次 → mean 274.63 / 3 = 91.543… → 91.54
    expect(rowOf(ws, 4)).toEqual(['办公室', 4, 3, 1, 1 / 3, 2, 2 / 3, 0, 0, 0, 0, 1, 0.25, 91.54, 93.75, 89.88])
    // 业务科: S03 82.56 and S04 69.75 基本称职, S05 58.25 不称职, S08 不定等次 → 210.56 / 3 = 70.186… → 70.19
    expect(rowOf(ws, 5)).toEqual(['业务科', 4, 3, 0, 0, 0, 0, 2, 2 / 3, 1, 1 / 3, 1, 0.25, 70.19, 82.56, 58.25])
    // the unit: 485.19 / 6 = 80.865 exactly → half-up 80.87
    expect(rowOf(ws, 6)).toEqual(['合计', 8, 6, 1, 1 / 6, 2, 2 / 6, 2, 2 / 6, 1, 1 / 6, 2, 0.25, 80.87, 93.75, 58.25])
  })

  it('维度得分: the means worked out by hand, S07 and S08 without scores left out', () => {
    const ws = sheet('维度得分')
    expect(rowOf(ws, 3)).toEqual(['部门', '德', '绩'])
    // 德: 办公室 (94 + 91 + 91.5) / 3 = 92.1666… → 92.17; 业务科 (82.25 + 77 + 66.5) / 3 = 75.25
    // 绩: 办公室 (94 + 90 + 92) / 3 = 92; 业务科 (82 + 68 + 52) / 3 = 67.333… → 67.33
    expect(rowOf(ws, 4)).toEqual(['办公室', 92.17, 92])
    expect(rowOf(ws, 5)).toEqual(['业务科', 75.25, 67.33])
    // the unit: 德 502.25 / 6 = 83.708… → 83.71; 绩 478 / 6 = 79.666… → 79.67
    expect(rowOf(ws, 6)).toEqual(['全单位', 83.71, 79.67])
    expect(String(rowOf(ws, 9)[0])).toBe('德：业务科（75.25）')
    expect(String(rowOf(ws, 10)[0])).toBe('绩：业务科（67.33）')
  })

  it('说明 names the annual scheme and the 年度得分', () => {
    const items = new Map<string, unknown>()
    sheet('说明').eachRow((r) => items.set(String(r.getCell(1).value), r.getCell(2).value))
    expect(items.get('考核周期编号')).toBe('2025')
    expect(items.get('指标体系')).toBe('年度考核2025（第 1 版）')
    expect(items.get('等次')).toBe('优秀、称职、基本称职、不称职、不定等次')
    expect(String(items.get('平均分、最高分、最低分'))).toContain('年度得分')
  })
})

describe('部门汇总 of hand-made results: a special period, nobody graded, no score on a dimension', () => {
  const row = (department: string, total: number | null, grade: string, D: number | null, J: number | null): ResultRow => ({
    staffNo: `S${department}${total}`,
    name: '某',
    department,
    total,
    rank: null,
    grade,
    dimensions: { D, J },
    notes: [],
    proposedGrade: grade,
    flags: [],
    exempted: [],
    annual: null,
  })
  const input: PeriodReportInput = {
    results: {
      period: '2025-S项目',
      kind: 'special',
      quotaGrade: '好',
      departmentQuotas: null,
      computedAt: '2025-07-01T02:00:00.000Z',
      dimensions: [
        { code: 'D', name: '德' },
        { code: 'J', name: '+绩' },
      ],
      settings: null,
      graded: 3,
      goodQuota: 1,
      rows: [row('甲', 95, '好', 95, 95), row('甲', 80.5, '较好', 81, null), row('乙', null, '不定等次', null, null), row('丙', 59, '较差', 59, null), row('丙', 70, '一般', 70, null)],
    },
    period: { id: '2025-S项目', kind: 'special', year: 2025, name: '2025年专项考核：项目', startDate: '2025-01-01', endDate: '2025-06-30' },
    scheme: { name: '专项', version: 2 },
    unitName: '某局',
    departmentOrder: ['丙', '乙', '甲'],
  }
  let wb: ExcelJS.Workbook
  beforeAll(async () => {
    wb = await load(await buildDepartmentSummary(input))
  })

  it('a special period counts on the quarterly scale, departments in the office’s order', () => {
    const ws = wb.getWorksheet('部门汇总') as ExcelJS.Worksheet
    expect(rowOf(ws, 2).slice(3, 13)).toEqual(['好', '好', '较好', '较好', '一般', '一般', '较差', '较差', '不定等次', '不定等次'])
    expect(rowOf(ws, 4)).toEqual(['丙', 2, 2, 0, 0, 0, 0, 1, 0.5, 1, 0.5, 0, 0, 64.5, 70, 59])
    // nobody graded: shares left empty, scores '—'
    expect(rowOf(ws, 5)).toEqual(['乙', 1, 0, 0, null, 0, null, 0, null, 0, null, 1, 1, '—', '—', '—'])
    expect(rowOf(ws, 6)).toEqual(['甲', 2, 2, 1, 0.5, 1, 0.5, 0, 0, 0, 0, 0, 0, 87.75, 95, 80.5])
  })

  it('维度得分: — where a department has no score, a dimension name that looks like a formula kept as text', () => {
    const ws = wb.getWorksheet('维度得分') as ExcelJS.Worksheet
    expect(rowOf(ws, 3)).toEqual(['部门', '德', '+绩'])
    expect(quoted(ws.getCell('C3'))).toBe(true)
    expect(rowOf(ws, 4)).toEqual(['丙', 64.5, '—'])
    expect(rowOf(ws, 5)).toEqual(['乙', '—', '—'])
    expect(rowOf(ws, 6)).toEqual(['甲', 88, 95])
    expect(rowOf(ws, 7)).toEqual(['全单位', 76.25, 95])
    expect(String(rowOf(ws, 10)[0])).toBe('德：丙（64.50）')
    expect(String(rowOf(ws, 11)[0])).toBe('+绩：甲（95.00）')
    expect(quoted(ws.getCell('A11'))).toBe(true)
  })
})
