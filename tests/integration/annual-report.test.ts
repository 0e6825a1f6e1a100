import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../electron/rpc/backend'
import type { Credential } from '../../electron/core/context'
import type { PeriodResults, ResultRow } from '../../shared/contract'
import type { AnnualReportInput } from '../../electron/excel/write/annual-report-input'
import { formSheets, ONE_SHEET_MAX } from '../../electron/excel/write/registration-form'
import type { Notice } from '../../shared/contract/notice'
import { approveAndPublish, buildAnnualYear } from '../support/annual-year'
import { cli } from '../support/run-cli'
import { tempDir } from '../support/temp-dir'

const EVIL = '=HYPERLINK("http://example.com","周五")'
const SELF = '一年来，认真学习贯彻党的二十大精神，扎实完成办公室文稿起草、会务保障和督查督办等工作，全年起草各类文稿六十余篇。'

describe('the annual report workbook (年度考核报告.xlsx)', () => {
  const tmp = tempDir('kaohe-annual-report-')
  const dbPath = path.join(tmp.dir, 'annual.db')
  const outPath = path.join(tmp.dir, '年度考核报告.xlsx')
  let backend: Backend
  let clerk: Credential
  let ok: <T>(method: string, input: unknown) => Promise<T>
  let results: PeriodResults
  let notice: Notice
  let wb: ExcelJS.Workbook
  let fileName: string
  let bytes: Buffer
  let unpublished: ExcelJS.Workbook
  const progress: [number, number][] = []

  beforeAll(async () => {
    const y = await buildAnnualYear(dbPath, { names: { S05: EVIL } })
    backend = y.backend
    clerk = y.credential
    ok = y.ok
    await backend.database.db.insertInto('settings').values({ key: 'unit.name', value: JSON.stringify('某某市某某局') }).execute()
    const before = await ok<{ dataBase64: string }>('report-export', { period: '2025' })
    unpublished = new ExcelJS.Workbook()
    await unpublished.xlsx.load(Buffer.from(before.dataBase64, 'base64') as unknown as ArrayBuffer)
    notice = await approveAndPublish(y, { self: SELF, leader: '工作认真负责，完成任务好。' })
    results = await ok<PeriodResults>('results-list', { period: '2025' })
    const r = await backend.dispatcher.call(clerk, 'report-export', { period: '2025' }, { onProgress: (e) => progress.push([e.done, e.total]) })
    if (!r.ok) throw new Error(r.error.message)
    const file = r.result as { fileName: string; dataBase64: string }
    fileName = file.fileName
    bytes = Buffer.from(file.dataBase64, 'base64')
    wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  }, 120_000)
  afterAll(async () => {
    await backend.close()
    tmp.cleanup()
  })

  const sheet = (name: string) => wb.getWorksheet(name) as ExcelJS.Worksheet
  const rowValues = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1)

  it('reports progress up to every table row and form', () => {
    // 说明 … 结果运用 rows, then one form per person
    const last = progress[progress.length - 1]
    expect(last[0]).toBe(last[1])
    expect(last[1]).toBeGreaterThan(8 * 2)
    expect(progress.length).toBeGreaterThan(7)
  })

  it('stops when the caller cancels during the export', async () => {
    const abort = new AbortController()
    const r = await backend.dispatcher.call(clerk, 'report-export', { period: '2025' }, { signal: abort.signal, onProgress: (e) => e.done > 0 && abort.abort() })
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error.code).toBe('cancelled')
  })

  it('has the annual sheets in order, named for the year', () => {
    expect(fileName).toBe('某某市某某局-2025年度-考核报告.xlsx')
    expect(wb.worksheets.map((w) => w.name)).toEqual(['说明', '汇总', '明细', '等次分布', '公示名单', '结果运用', '年度考核登记表'])
  })

  it('说明 names the unit, year, scheme, who computed it and the annual rules used', () => {
    const ws = sheet('说明')
    const pairs = new Map<string, unknown>()
    ws.eachRow((row) => pairs.set(String(row.getCell(2).value), row.getCell(3).value))
    expect(pairs.get('单位')).toBe('某某市某某局')
    expect(pairs.get('考核年度')).toBe('2025年')
    expect(pairs.get('指标体系')).toBe('年度考核2025（第 1 版）')
    expect(pairs.get('周期状态')).toBeTruthy()
    expect(pairs.get('年度得分构成')).toContain('年度考核得分 × 50% + 各季度平时考核总分平均 × 50%')
    expect(pairs.get('“优秀”条件')).toContain('年度得分 ≥ 85 分')
    expect(pairs.get('名额计算范围')).toBe('全单位统一计算')
    expect(pairs.get('各部门“优秀”名额')).toBe('未分配到部门')
    // a year is graded by the annual rules: the quarterly 好 line and thresholds are not its rules
    expect(pairs.has('“好”等次比例')).toBe(false)
    expect(pairs.has('等次分数线')).toBe(false)
  })

  it('汇总 counts each annual grade by department with a unit total', () => {
    const ws = sheet('汇总')
    expect(rowValues(ws, 2).slice(0, 5)).toEqual(['部门', '人数', '评定等次人数', '优秀', '优秀'])
    expect(rowValues(ws, 3).slice(3, 5)).toEqual(['人数', '占比'])
    // 办公室: S01 优秀, S02 S06 称职, S07 不定等次; 业务科: S03 S04 基本称职, S05 不称职, S08 不定等次
    expect(rowValues(ws, 4)).toEqual(['办公室', 4, 3, 1, 1 / 3, 2, 2 / 3, 0, 0, 0, 0, 1, 0.25])
    expect(rowValues(ws, 5)).toEqual(['业务科', 4, 3, 0, 0, 0, 0, 2, 2 / 3, 1, 1 / 3, 1, 0.25])
    expect(rowValues(ws, 6)).toEqual(['合计', 8, 6, 1, 1 / 6, 2, 2 / 6, 2, 2 / 6, 1, 1 / 6, 2, 0.25])
    expect(ws.getCell('E4').numFmt).toBe('0.00%')
  })

  it('明细 shows every person as results-list does: score, rank, grade, quarterly grades', () => {
    const ws = sheet('明细')
    const header = [...rowValues(ws, 2), ...rowValues(ws, 3)].filter((v) => v !== null && v !== undefined)
    for (const h of ['部门', '工号', '姓名', '德', '绩', '平时考核等次', '一季度', '四季度', '平时考核平均分', '年度考核得分', '年度得分', '排名', '拟定等次', '确定等次', '提示与备注']) {
      expect(header).toContain(h)
    }
    const col = (h: string) => (rowValues(ws, 3).indexOf(h) >= 0 ? rowValues(ws, 3).indexOf(h) : rowValues(ws, 2).indexOf(h)) + 1
    results.rows.forEach((r, i) => {
      const row = ws.getRow(4 + i)
      expect(row.getCell(col('工号')).value).toBe(r.staffNo)
      expect(row.getCell(col('年度得分')).value).toBe(r.total)
      expect(row.getCell(col('排名')).value).toBe(r.rank)
      expect(row.getCell(col('确定等次')).value).toBe(r.grade)
      expect(row.getCell(col('拟定等次')).value).toBe(r.proposedGrade)
      if (r.total !== null) expect(row.getCell(col('年度得分')).numFmt).toBe('0.00')
    })
    const s01 = ws.getRow(4)
    expect([s01.getCell(col('一季度')).value, s01.getCell(col('四季度')).value]).toEqual(['好', '好'])
    expect(s01.getCell(col('平时考核平均分')).value).toBe(93.5)
    expect(s01.getCell(col('年度考核得分')).value).toBe(94)
    const s05 = ws.getRow(4 + results.rows.findIndex((r) => r.staffNo === 'S05'))
    // the formula-like name as typed; the quote-prefix style keeps a spreadsheet from running it
    expect(s05.getCell(col('姓名')).value).toBe(EVIL)
    expect((s05.getCell(col('姓名')).style as { quotePrefix?: boolean }).quotePrefix).toBe(true)
  })

  it('等次分布 has the counts, shares and the chart image', () => {
    const ws = sheet('等次分布')
    expect(ws.getCell('A1').value).toBe('某某市某某局2025年度考核等次分布')
    expect(rowValues(ws, 2)).toEqual(['等次', '人数', '占评定等次人数', '占总人数'])
    // shares of the 6 graded (不定等次 of all 8), and of all 8 as the chart labels them
    expect([3, 4, 5, 6, 7, 8].map((n) => rowValues(ws, n))).toEqual([
      ['优秀', 1, 1 / 6, 1 / 8],
      ['称职', 2, 2 / 6, 2 / 8],
      ['基本称职', 2, 2 / 6, 2 / 8],
      ['不称职', 1, 1 / 6, 1 / 8],
      ['不定等次', 2, 2 / 8, 2 / 8],
      ['合计', 8, undefined, 1],
    ])
    const images = ws.getImages()
    expect(images).toHaveLength(1)
    const media = wb.getImage(Number(images[0].imageId))
    expect(media.extension).toBe('png')
  })

  it('公示名单 before a notice is published: the 优秀 people, and a line saying so', () => {
    const ws = unpublished.getWorksheet('公示名单') as ExcelJS.Worksheet
    expect(rowValues(ws, 3)).toEqual([1, '办公室', '赵一', 93.75, '优秀'])
    expect(ws.getRow(4).getCell(1).value).toBe('尚未发布公示；以下为“优秀”等次人员名单，供公示时使用。')
  })

  it('公示名单 lists the published notice with its dates; 结果运用 the year\'s lists', async () => {
    const ws = sheet('公示名单')
    expect(rowValues(ws, 3)).toEqual([1, '办公室', '赵一', 93.75, '优秀'])
    expect(notice.people.map((p) => p.staffNo)).toEqual(['S01'])
    const texts: string[] = []
    ws.eachRow((row) => texts.push(String(row.getCell(1).value)))
    expect(notice).toMatchObject({ startDate: '2026-01-05', endDate: '2026-01-09' })
    expect(texts).toContain(`公示期：2026年1月5日 至 2026年1月9日（5 个工作日），发布人：${notice.publishedBy}。`)

    const uses = await ok<{ lists: { title: string; items: { name: string; basis: string }[] }[] }>('uses-list', { year: 2025 })
    const expected = uses.lists.flatMap((l) => l.items.map((i) => [l.title, i.name, i.basis]))
    const u = sheet('结果运用')
    const got: unknown[][] = []
    for (let n = 3; n < 3 + expected.length; n++) got.push([u.getRow(n).getCell(2).value, u.getRow(n).getCell(4).value, u.getRow(n).getCell(5).value])
    expect(expected.length).toBeGreaterThan(0)
    expect(got).toEqual(expected)
  })

  it('年度考核登记表: one form per person with the self report, comment and grade, a page break after each', () => {
    const ws = sheet('年度考核登记表')
    const titles: number[] = []
    ws.eachRow((row) => {
      if (row.getCell(1).value === '公务员年度考核登记表') titles.push(row.number)
    })
    expect(titles).toHaveLength(8)
    const texts: string[] = []
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))))
    expect(texts).toContain(SELF)
    expect(texts).toContain('工作认真负责，完成任务好。')
    expect(texts).toContain('经考核委员会审定，确定为“优秀”等次。')
    expect(texts).toContain('一级主任科员')
  })

  it('年度考核登记表 breaks the page after every form', async () => {
    // exceljs reads no page breaks back: the sheet's XML is read instead
    const zip = await JSZip.loadAsync(Buffer.from(bytes))
    const index = wb.worksheets.findIndex((w) => w.name === '年度考核登记表') + 1
    const xml = await zip.file(`xl/worksheets/sheet${index}.xml`)?.async('string')
    expect(xml?.match(/<rowBreaks count="(\d+)" manualBreakCount="(\d+)"/)?.slice(1)).toEqual(['8', '8'])
  })

  it('prints every sheet on A4, fitted to width, with page numbers; tables repeat their header rows', () => {
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup.paperSize, ws.name).toBe(9)
      expect(ws.pageSetup.fitToWidth, ws.name).toBe(1)
      expect(ws.headerFooter.oddFooter, ws.name).toContain('第 &P 页 共 &N 页')
      // centred between the margins: a streamed sheet keeps its print options
      expect(ws.pageSetup.horizontalCentered, ws.name).toBe(true)
    }
    expect(sheet('明细').pageSetup.orientation).toBe('landscape')
    expect(sheet('年度考核登记表').pageSetup.orientation).toBe('portrait')
    expect(sheet('等次分布').pageSetup.orientation).toBe('portrait')
    expect(sheet('明细').pageSetup.printTitlesRow).toBe('2:3')
    expect(sheet('说明').pageSetup.printTitlesRow).toBe('2:2')
    expect(sheet('明细').views[0]).toMatchObject({ state: 'frozen', ySplit: 3, xSplit: 4 })
  })

  it('export report --period 2025 writes the same workbook through the CLI', async () => {
    await backend.close()
    const r = await cli(dbPath, 'export', 'report', '--period', '2025', '--out', outPath)
    expect(r.code, r.err).toBe(0)
    const back = new ExcelJS.Workbook()
    await back.xlsx.load(fs.readFileSync(outPath) as unknown as ArrayBuffer)
    expect(back.worksheets.map((w) => w.name)).toEqual(wb.worksheets.map((w) => w.name))
    if (process.env.KAOHE_KEEP_REPORT) fs.copyFileSync(outPath, process.env.KAOHE_KEEP_REPORT)
    backend = await (await import('../../electron/rpc/backend')).openBackend(dbPath, { create: true })
  })
})

describe('年度考核登记表 sheets', () => {
  const row = (i: number, department: string): ResultRow => ({
    staffNo: `P${i}`,
    name: `人员${i}`,
    department,
    total: 80,
    rank: i,
    grade: '称职',
    dimensions: {},
    notes: [],
    proposedGrade: '称职',
    flags: [],
    exempted: [],
    annual: null,
  })
  const input = (rows: ResultRow[]) => ({ results: { rows }, departmentOrder: ['办公室', '业务科'] }) as unknown as AnnualReportInput

  it('a small unit gets one sheet, in the office\'s department order', () => {
    const groups = formSheets(input([row(1, '业务科'), row(2, '办公室'), row(3, '业务科')]), new Set())
    expect(groups.map((g) => [g.name, g.rows.map((r) => r.staffNo)])).toEqual([['年度考核登记表', ['P2', 'P1', 'P3']]])
  })

  it(`beyond ${ONE_SHEET_MAX} people each department gets its own sheet, names made valid and unique`, () => {
    const rows = Array.from({ length: ONE_SHEET_MAX + 1 }, (_, i) => row(i, i % 3 === 0 ? '办公室' : i % 3 === 1 ? '业务科' : '城管局/执法一队[二中队]'))
    const groups = formSheets(input(rows), new Set(['登记表-办公室']))
    expect(groups.map((g) => [g.name, g.rows.length])).toEqual([
      ['登记表-办公室(2)', 21],
      ['登记表-业务科', 20],
      ['登记表-城管局_执法一队_二中队_', 20],
    ])
  })
})
