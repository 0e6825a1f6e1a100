import { seedFixture2025Q1 } from '../support/seed-fixture-2025-q1'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildPeriodReport } from '../../electron/excel/write/period-report'
import type { PeriodReportInput } from '../../electron/excel/write/report-input'
import { openDatabase, type OpenedDatabase } from '../../electron/db/open-database'
import { createDispatcher, type Dispatcher } from '../../electron/rpc/dispatch'
import type { Credential, Handlers } from '../../electron/core/context'
import { authHandlers } from '../../electron/core/accounts/auth-handlers'
import { accountHandlers } from '../../electron/core/accounts/account-handlers'
import { signInAs } from '../support/accounts'
import { resultsHandlers } from '../../electron/core/results/handlers'
import { reportHandlers } from '../../electron/core/report/handlers'
import type { ExportedFile, PeriodResults, ResultRow } from '../../shared/contract'
import { defaultSettings } from '../../shared/domain/settings'
import { tempDir } from '../support/temp-dir'

const MALICIOUS = '=HYPERLINK("http://x","y")'

function row(staffNo: string, name: string, department: string, total: number | null, rank: number | null, grade: string, notes: string[] = []): ResultRow {
  const dims = total === null ? { D: null, J: null } : { D: total - 1.5, J: total + 0.25 }
  return { staffNo, name, department, total, rank, grade, dimensions: dims, notes, proposedGrade: grade, flags: [], exempted: [], annual: null }
}

/** A hand-made period: two departments, a 不定等次 person, a tie, and a name that looks like a formula. */
const handMade: PeriodReportInput = {
  results: {
    period: '2025-Q1',
    kind: 'quarter',
    quotaGrade: '好',
    departmentQuotas: null,
    computedAt: '2025-04-03T02:15:00.000Z',
    dimensions: [
      { code: 'D', name: '德' },
      { code: 'J', name: '绩' },
    ],
    settings: defaultSettings,
    graded: 5,
    goodQuota: 2,
    rows: [
      row('S002', '李四', '执法一队', 95.5, 1, '好'),
      row('00123', MALICIOUS, '党政办公室', 91, 2, '好'),
      row('S003', '王五', '执法一队', 90.1, 3, '较好', ['超出好等次名额，按较好']),
      row('S004', '赵六', '党政办公室', 72.35, 4, '一般'),
      row('S005', '钱七', '执法一队', 55, 5, '较差'),
      row('S006', '孙八', '党政办公室', null, null, '不定等次', ['不定等次：新录用试用期']),
    ],
  },
  period: { id: '2025-Q1', kind: 'quarter', year: 2025, name: '2025年第一季度平时考核', startDate: '2025-01-01', endDate: '2025-03-31' },
  scheme: { name: '平时考核2025', version: 3 },
  unitName: '某县城市管理局',
  departmentOrder: ['党政办公室', '执法一队'],
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  // exceljs types its own Buffer, which @types/node 20's generic Buffer no longer matches
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  return wb
}

const values = (ws: ExcelJS.Worksheet, n: number): unknown[] => (ws.getRow(n).values as unknown[]).slice(1)

/** The 明细 rows as the results give them: 序号, 部门, 工号, 姓名, dimensions, 总分, 排名, 等次, 备注. */
function expectedDetail(results: PeriodResults): unknown[][] {
  return results.rows.map((r, i) => [
    i + 1,
    r.department,
    r.staffNo,
    r.name,
    ...results.dimensions.map((d) => r.dimensions[d.code] ?? null),
    r.total,
    r.rank,
    r.grade,
    r.notes.join('；'),
  ])
}

function detailRows(ws: ExcelJS.Worksheet, count: number): unknown[][] {
  // exceljs reads an empty cell as undefined (or drops trailing ones): compare as null
  return Array.from({ length: count }, (_, i) => {
    const v = values(ws, 4 + i)
    return Array.from({ length: ws.columnCount }, (_, c) => (v[c] === undefined || v[c] === '' ? null : v[c]))
  })
}

function normaliseEmpty(rows: unknown[][]): unknown[][] {
  return rows.map((r) => r.map((v) => (v === '' ? null : v)))
}

describe('the period report built from hand-made results', () => {
  let wb: ExcelJS.Workbook
  beforeAll(async () => {
    wb = await load(await buildPeriodReport(handMade))
  })

  it('has the sheets 说明, 汇总, 明细, 公示名单', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['说明', '汇总', '明细', '公示名单'])
  })

  it('明细: a merged title, a two-row header, and one row a person with exactly the results’ values', () => {
    const ws = wb.getWorksheet('明细')!
    expect(ws.getCell('A1').value).toBe('某县城市管理局2025年第一季度平时考核结果明细表')
    expect(ws.getCell('A1').isMerged).toBe(true)
    expect(ws.getCell('A1').font).toMatchObject({ name: '黑体' })
    expect(values(ws, 2)).toEqual(['序号', '部门', '工号', '姓名', '各维度得分', '各维度得分', '总分', '排名', '等次', '备注'])
    expect(values(ws, 3)).toEqual(['序号', '部门', '工号', '姓名', '德', '绩', '总分', '排名', '等次', '备注'])
    expect(detailRows(ws, 6)).toEqual(normaliseEmpty(expectedDetail(handMade.results)))
    expect(ws.getCell('C5').value).toBe('00123')
    // the file holds sz 10.5; exceljs's reader parses font sizes as integers
    expect(ws.getCell('A4').font).toMatchObject({ name: '宋体', size: 10 })
  })

  it('writes totals and dimension scores as numbers with the format 0.00', () => {
    const ws = wb.getWorksheet('明细')!
    for (const ref of ['E4', 'F4', 'G4', 'G7']) {
      expect(ws.getCell(ref).type).toBe(ExcelJS.ValueType.Number)
      expect(ws.getCell(ref).numFmt).toBe('0.00')
    }
    expect(ws.getCell('G7').value).toBe(72.35)
  })

  it('prints on A4 one page wide, repeats the header rows, freezes panes below the header, numbers the pages', () => {
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup, ws.name).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 })
      expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页')
    }
    const detail = wb.getWorksheet('明细')!
    expect(detail.pageSetup.printTitlesRow).toBe('2:3')
    expect(detail.views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 4 })
    const notice = wb.getWorksheet('公示名单')!
    expect(notice.pageSetup.printTitlesRow).toBe('2:2')
    expect(notice.pageSetup.orientation).toBe('portrait')
    expect(notice.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 })
  })

  it('keeps a formula-looking name as text (quote-prefixed, no apostrophe) and writes no formula anywhere', () => {
    const ws = wb.getWorksheet('明细')!
    const cell = ws.getCell('D5')
    expect(cell.type).toBe(ExcelJS.ValueType.String)
    expect(cell.value).toBe(MALICIOUS)
    expect((cell.style as { quotePrefix?: boolean }).quotePrefix).toBe(true)
    for (const sheet of wb.worksheets) {
      sheet.eachRow((r) =>
        r.eachCell((c) => {
          expect(c.type, `${sheet.name}!${c.address}`).not.toBe(ExcelJS.ValueType.Formula)
        }),
      )
    }
    const notice = wb.getWorksheet('公示名单')!
    expect(notice.getCell('C4').value).toBe(MALICIOUS)
    expect((notice.getCell('C4').style as { quotePrefix?: boolean }).quotePrefix).toBe(true)
  })

  it('escapes user text in titles and headers too: the unit name, dimension names', async () => {
    const hostile: PeriodReportInput = {
      ...handMade,
      unitName: '@SUM(1,2)',
      results: { ...handMade.results, dimensions: [{ code: 'D', name: '-德' }, { code: 'J', name: '绩' }] },
    }
    const ws = (await load(await buildPeriodReport(hostile))).getWorksheet('明细')!
    expect(ws.getCell('A1').value).toBe('@SUM(1,2)2025年第一季度平时考核结果明细表')
    expect(ws.getCell('E3').value).toBe('-德')
    for (const a of ['A1', 'E3']) expect((ws.getCell(a).style as { quotePrefix?: boolean }).quotePrefix, a).toBe(true)
  })

  it('汇总: by department in the office’s order, counts and shares of each grade, and a total', () => {
    const ws = wb.getWorksheet('汇总')!
    expect(values(ws, 2).slice(0, 5)).toEqual(['部门', '人数', '评定等次人数', '好', '好'])
    expect(values(ws, 3).slice(3, 5)).toEqual(['人数', '占比'])
    // 部门, 人数, 评定, 好 n/share, 较好, 一般, 较差, 不定等次 n/share (of the headcount)
    expect(values(ws, 4)).toEqual(['党政办公室', 3, 2, 1, 0.5, 0, 0, 1, 0.5, 0, 0, 1, 1 / 3])
    expect(values(ws, 5)).toEqual(['执法一队', 3, 3, 1, 1 / 3, 1, 1 / 3, 0, 0, 1, 1 / 3, 0, 0])
    expect(values(ws, 6)).toEqual(['合计', 6, 5, 2, 0.4, 1, 0.2, 1, 0.2, 1, 0.2, 1, 1 / 6])
    expect(ws.getCell('E4').numFmt).toBe('0.00%')
    expect(ws.getCell('A6').font).toMatchObject({ bold: true })
    expect(String(values(ws, 7)[0])).toMatch(/^注：/)
  })

  it('公示名单: the 好 list with department, name, total and grade', () => {
    const ws = wb.getWorksheet('公示名单')!
    expect(values(ws, 2)).toEqual(['序号', '部门', '姓名', '总分', '等次'])
    expect(values(ws, 3)).toEqual([1, '执法一队', '李四', 95.5, '好'])
    expect(values(ws, 4)).toEqual([2, '党政办公室', MALICIOUS, 91, '好'])
    expect(ws.getCell('D3').numFmt).toBe('0.00')
    expect(String(values(ws, 5)[0])).toBe('共 2 人。')
  })

  it('说明: unit, period, scheme and version, counts, quota and every rule setting used', () => {
    const ws = wb.getWorksheet('说明')!
    const items = new Map<string, unknown>()
    ws.eachRow((r, n) => {
      if (n > 2) items.set(String(r.getCell(2).value), r.getCell(3).value)
    })
    expect(items.get('单位')).toBe('某县城市管理局')
    expect(items.get('考核周期编号')).toBe('2025-Q1')
    expect(items.get('指标体系')).toBe('平时考核2025（第 3 版）')
    expect(items.get('评定等次人数')).toBe(5)
    expect(items.get('“好”等次名额')).toBe('2 人')
    expect(items.get('评为“好”等次人数')).toBe(2)
    expect(items.get('评价主体权重')).toMatch(/^领导 50%、互评 30%、自评 10%、群众 10%；/)
    expect(items.get('去掉最高分和最低分')).toMatch(/多于 5 个时/)
    expect(items.get('等次分数线')).toMatch(/^好 ≥ 90 分，较好 ≥ 80 分，一般 ≥ 60 分，较差 < 60 分/)
    expect(items.get('“好”等次比例')).toMatch(/^不超过评定等次人数的 40%/)
    expect(items.get('加分上限')).toMatch(/^5 分；.*0 至 105 分$/)
    expect(ws.pageSetup.orientation).toBe('portrait')
  })

  it('reports progress through the tick it is given', async () => {
    const ticks: [number, number][] = []
    await buildPeriodReport(handMade, { tick: async (done, total) => void ticks.push([done, total]) })
    expect(ticks.length).toBeGreaterThanOrEqual(4)
    expect(ticks.at(-1)?.[0]).toBe(ticks.at(-1)?.[1])
  })
})


describe('report-export and template-get through the dispatch, on the 2025-Q1 fixture', () => {
  const tmp = tempDir()
  let caller: Credential
  let clerk: Credential
  let database: OpenedDatabase
  let dispatcher: Dispatcher
  beforeAll(async () => {
    database = await openDatabase(path.join(tmp.dir, 'report.db'), { create: true })
    const handlers = { ...authHandlers, ...accountHandlers, ...resultsHandlers, ...reportHandlers } as unknown as Handlers
    dispatcher = createDispatcher(database.db, { dbPath: database.path, version: 'test' }, handlers)
    await seedFixture2025Q1(database, ['2025-Q2'])
    caller = await signInAs(dispatcher, 'readonly')
    clerk = await signInAs(dispatcher, 'clerk')
  })
  afterAll(async () => {
    await database.close()
    tmp.cleanup()
  })

  async function call<T>(method: string, input: unknown, who: Credential = caller): Promise<T> {
    const r = await dispatcher.call(who, method, input)
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
    return r.result as T
  }

  it('refuses an unknown period (not-found) and a period never computed (conflict: 请先计算结果)', async () => {
    const missing = await dispatcher.call(caller, 'report-export', { period: '2030-Q9' })
    expect(missing).toEqual({ ok: false, error: { code: 'not-found', message: '未找到考核周期“2030-Q9”。' } })
    const early = await dispatcher.call(caller, 'report-export', { period: '2025-Q1' })
    expect(early.ok).toBe(false)
    if (!early.ok) {
      expect(early.error.code).toBe('conflict')
      expect(early.error.message).toContain('请先计算结果')
    }
  })

  it('exports exactly what results-list returns, after results-compute, for a read-only user too', async () => {
    await call('results-compute', { period: '2025-Q1' }, clerk)
    await database.db.insertInto('settings').values({ key: 'unit.name', value: JSON.stringify('某某镇人民政府') }).execute()
    const listed = await call<PeriodResults>('results-list', { period: '2025-Q1' })
    const progress: number[] = []
    const r = await dispatcher.call(caller, 'report-export', { period: '2025-Q1' }, { onProgress: (e) => progress.push(e.done) })
    expect(r.ok).toBe(true)
    const file = (r as { ok: true; result: ExportedFile }).result
    expect(file.fileName).toBe('某某镇人民政府-2025年第一季度-考核结果.xlsx')
    expect(progress.length).toBeGreaterThan(0)

    const wb = await load(Buffer.from(file.dataBase64, 'base64'))
    const detail = wb.getWorksheet('明细')!
    expect(detail.getCell('A1').value).toBe('某某镇人民政府2025年第一季度平时考核结果明细表')
    expect(values(detail, 3)).toEqual(['序号', '部门', '工号', '姓名', ...listed.dimensions.map((d) => d.name), '总分', '排名', '等次', '备注'])
    expect(detailRows(detail, listed.rows.length)).toEqual(normaliseEmpty(expectedDetail(listed)))

    const summary = wb.getWorksheet('汇总')!
    const totalRow = values(summary, 3 + new Set(listed.rows.map((x) => x.department)).size + 1)
    expect(totalRow.slice(0, 4)).toEqual(['合计', listed.rows.length, listed.graded, listed.rows.filter((x) => x.grade === '好').length])

    const notice = wb.getWorksheet('公示名单')!
    const good = listed.rows.filter((x) => x.grade === '好')
    expect(good).toHaveLength(7)
    expect(Array.from({ length: good.length }, (_, i) => values(notice, 3 + i))).toEqual(good.map((g, i) => [i + 1, g.department, g.name, g.total, '好']))
  })

  it('hands out each empty template by name', async () => {
    const names = { roster: '人员名册模板.xlsx', scheme: '指标体系模板.xlsx', ratings: '评分明细模板.xlsx' }
    for (const [kind, fileName] of Object.entries(names)) {
      const file = await call<ExportedFile>('template-get', { kind })
      expect(file.fileName).toBe(fileName)
      const wb = await load(Buffer.from(file.dataBase64, 'base64'))
      expect(wb.worksheets[1].name).toBe('填写说明')
    }
  })
})
