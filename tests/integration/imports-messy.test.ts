import ExcelJS from 'exceljs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportPreview, Person } from '../../shared/contract'
import { fixturesDir } from '../support/temp-dir'
import { importBackend, type ImportBackend } from '../support/import-backend'
import { asFile } from '../support/import-workbooks'

type Value = string | number | null

/** The clean fixture's rows as header → value records. */
async function fixtureRecords(name: string): Promise<Record<string, Value>[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(path.join(fixturesDir, name))
  const ws = wb.worksheets[0]
  const header = (ws.getRow(1).values as Value[]).slice(1).map(String)
  const out: Record<string, Value>[] = []
  ws.eachRow((row, n) => {
    if (n === 1) return
    const v = row.values as Value[]
    out.push(Object.fromEntries(header.map((h, i) => [h, v[i + 1] ?? null])))
  })
  return out
}

/** Full-width digits, as typed with a Chinese input method left in full-width mode. */
const fullWidth = (n: number) => String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))

interface MessyLayout {
  title: string
  /** [header written in the file, fixture column it holds] in file order */
  columns: [string, string][]
  /** a group row above the header, merged over the listed 1-based column spans */
  groups?: { label: string; from: number; to: number }[]
  mergeColumn?: string
  value?: (column: string, v: Value, i: number) => Value
  blankEvery?: number
}

/** Writes records the way offices keep them: title, blank rows, odd headers, merges, notes below. */
async function messyWorkbook(records: Record<string, Value>[], layout: MessyLayout): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Sheet1')
  const width = layout.columns.length
  ws.getCell(1, 1).value = layout.title
  ws.mergeCells(1, 1, 1, width)
  let r = 3
  if (layout.groups) {
    layout.columns.forEach(([h], i) => (ws.getCell(r, i + 1).value = h))
    for (const g of layout.groups) {
      ws.getCell(r, g.from).value = g.label
      ws.mergeCells(r, g.from, r, g.to)
    }
    // columns outside the groups are merged down over both header rows
    layout.columns.forEach(([h], i) => {
      if (layout.groups?.some((g) => i + 1 >= g.from && i + 1 <= g.to)) return
      ws.getCell(r, i + 1).value = h
      ws.mergeCells(r, i + 1, r + 1, i + 1)
    })
    r++
  }
  layout.columns.forEach(([h], i) => {
    if (!layout.groups || layout.groups.some((g) => i + 1 >= g.from && i + 1 <= g.to)) ws.getCell(r, i + 1).value = h
  })
  r++
  const mergeCol = layout.mergeColumn ? layout.columns.findIndex(([, src]) => src === layout.mergeColumn) + 1 : 0
  let runStart = r
  let runValue: Value = null
  records.forEach((rec, i) => {
    if (layout.blankEvery && i > 0 && i % layout.blankEvery === 0 && !mergeCol) r++
    layout.columns.forEach(([, src], c) => {
      const v = layout.value ? layout.value(src, rec[src] ?? null, i) : (rec[src] ?? null)
      if (c + 1 === mergeCol) {
        if (v === runValue) return
        if (r - 1 > runStart) ws.mergeCells(runStart, mergeCol, r - 1, mergeCol)
        runStart = r
        runValue = v
      }
      if (v !== null) ws.getCell(r, c + 1).value = v
    })
    r++
  })
  if (mergeCol && r - 1 > runStart) ws.mergeCells(runStart, mergeCol, r - 1, mergeCol)
  ws.getCell(r + 1, 1).value = '注：本表由人事科维护，数据截至2025年3月31日。'
  ws.getCell(r + 2, 1).value = '制表人：张三'
  ws.getCell(r + 2, 3).value = '审核人：李四'
  return Buffer.from(await wb.xlsx.writeBuffer())
}

const peopleView = (people: Person[]) =>
  people.map(({ id: _id, ...p }) => p).sort((a, b) => (a.staffNo < b.staffNo ? -1 : 1))

async function ratingsView(k: ImportBackend) {
  const rows = await k.db
    .selectFrom('ratings')
    .innerJoin('people', 'people.id', 'ratings.person_id')
    .innerJoin('indicators', 'indicators.id', 'ratings.indicator_id')
    .select(['people.staff_no', 'indicators.code', 'ratings.role', 'ratings.rater', 'ratings.score'])
    .execute()
  return rows.map((r) => `${r.staff_no}|${r.code}|${r.role}|${r.rater}|${r.score}`).sort()
}

/** S001 → 00001: staff numbers with leading zeros, which Excel loses when they are typed as numbers. */
const zeroNo = (s: Value) => (typeof s === 'string' ? s.replace(/^S/, '00') : s)

describe('messy workbooks give the same stored rows as the clean ones', () => {
  let clean: ImportBackend
  let messy: ImportBackend
  let roster: Record<string, Value>[]
  let ratings: Record<string, Value>[]

  async function setUp(k: ImportBackend, rosterBytes: Buffer, ratingsBytes: Buffer) {
    await k.ok('roster-import', { file: asFile('roster.xlsx', rosterBytes) })
    const scheme = asFile('scheme.xlsx', Buffer.from(await (await import('node:fs/promises')).readFile(path.join(fixturesDir, 'scheme.xlsx'))))
    await k.ok('scheme-import', { file: scheme, name: '平时考核2025' })
    await k.ok('period-create', { id: '2025-Q1', kind: 'quarter', scheme: '平时考核2025' })
    return k.ok<{ preview: ImportPreview }>('ratings-import', { period: '2025-Q1', file: asFile('ratings.xlsx', ratingsBytes) })
  }

  beforeAll(async () => {
    clean = await importBackend('clean')
    messy = await importBackend('messy')
    roster = (await fixtureRecords('roster.xlsx')).map((r) => ({ ...r, 工号: zeroNo(r['工号']) }))
    ratings = (await fixtureRecords('ratings-2025-Q1.xlsx')).map((r) => ({ ...r, 工号: zeroNo(r['工号']) }))
  })
  afterAll(async () => {
    await clean.close()
    await messy.close()
  })

  it('roster and ratings', async () => {
    const cleanRoster = await messyWorkbook(roster, { title: '名册', columns: Object.keys(roster[0]).map((h) => [h, h]) })
    const cleanRatings = await messyWorkbook(ratings, { title: '评分', columns: Object.keys(ratings[0]).map((h) => [h, h]) })
    await setUp(clean, cleanRoster, cleanRatings)

    const messyRoster = await messyWorkbook(roster, {
      title: '示例镇人民政府工作人员名册（2025年）',
      columns: [
        [' 所在部门 ', '部门'],
        ['姓\u3000名', '姓名'],
        ['人员编号', '工号'],
        ['职务', '职级'],
        ['岗位类型', '岗位类别'],
        ['是否领导', '领导班子'],
        ['考核状态', '考核状态'],
        ['备注', '备注'],
      ],
      mergeColumn: '部门',
    })
    const messyRatings = await messyWorkbook(ratings, {
      title: '2025年第一季度平时考核评分表',
      columns: [
        ['评价人', '评价人'],
        ['评价主体', '评价主体'],
        ['指标编码', '指标编码'],
        ['姓 名', '姓名'],
        ['工 号', '工号'],
        ['得分（百分制）', '分数'],
      ],
      groups: [{ label: '评价信息', from: 1, to: 3 }],
      blankEvery: 400,
      // numbers that lost their leading zeros; scores as text, full-width digits, percentages
      value: (col, v, i) =>
        col === '工号' && typeof v === 'string'
          ? Number(v)
          : col === '分数' && typeof v === 'number'
            ? [v, String(v), fullWidth(v), `${v}%`][i % 4]
            : v,
    })
    // the messy roster keeps the zeros (text); only the ratings lost them, as when typed as numbers
    // (36 people are rated: S004 is 不定等次 and has no ratings)
    const result = await setUp(messy, messyRoster, messyRatings)
    expect(result.preview.problems).toEqual([])
    expect(result.preview.headerRow).toBe(4)
    expect(result.preview.notes.join('\n')).toMatch(/有 36 个工号在文件中丢失了前导零，已按名册补齐后匹配（如 1 → 00001/)
    expect(result.preview.notes.join('\n')).toContain('表格下方的说明或签字栏')

    const again = await messy.ok<ImportPreview>('roster-import-preview', { file: asFile('roster.xlsx', messyRoster) })
    expect(again).toMatchObject({ ok: true, headerRow: 3, adds: 0, changes: 0, unchanged: 37, problems: [] })
    expect(again.notes.join('\n')).toContain('合并单元格已按所跨的每一行填充')
    expect(peopleView(await messy.ok<Person[]>('roster-list', {}))).toEqual(peopleView(await clean.ok<Person[]>('roster-list', {})))
    const cleanView = await ratingsView(clean)
    expect(cleanView).toHaveLength(2416)
    expect(await ratingsView(messy)).toEqual(cleanView)
  })

  it('a roster whose staff numbers lost their zeros matches the stored people: nothing changes', async () => {
    const numeric = await messyWorkbook(roster, {
      title: '人员名册',
      columns: Object.keys(roster[0]).map((h) => [h, h]),
      value: (col, v) => (col === '工号' && typeof v === 'string' ? Number(v) : v),
    })
    const preview = await messy.ok<ImportPreview>('roster-import-preview', { file: asFile('numeric.xlsx', numeric) })
    expect(preview).toMatchObject({ ok: true, adds: 0, changes: 0, unchanged: 37 })
    expect(preview.notes.join()).toContain('有 37 个工号在文件中丢失了前导零')
  })
})
