import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBackend, type Backend } from '../../electron/rpc/backend'
import type { Credential } from '../../electron/core/context'
import type { CallOutcome, Department, ExportedFile, PeriodPersonRow, PeriodProgress, PeriodResults, Person, PersonStages, RpcError } from '../../shared/contract'
import type { PersonExplanation } from '../../shared/contract/explain'
import { signInAs } from '../support/accounts'
import { addSheet, asFile, xlsxBytes } from '../support/import-workbooks'
import { tempDir } from '../support/temp-dir'

/**
 * An account limited to 办公室 (a 部门领导, a 只读, a 考核工作人员) sees, exports and records only for
 * the people of 办公室 and its sub-department 办公室/文印组 — never 办公室服务中心, whose name only begins
 * the same — while a 部门领导 of the whole unit sees everyone. The quarter and the year are run by a
 * clerk through the real calls.
 */

// staff number, name, department, the quarter's total, the year's total
const roster: [string, string, string, number, number][] = [
  ['KH0101', '赵一鸣', '办公室', 95, 94],
  ['KH0102', '钱二丽', '办公室', 83, 82],
  ['KH0103', '孙三强', '办公室/文印组', 88, 90],
  ['KH0201', '李四海', '办公室服务中心', 93, 92],
  ['KH0301', '周五洋', '业务科', 91, 93],
  ['KH0302', '吴六峰', '业务科', 72, 70],
  ['KH0401', '郑七星', '城管局/执法一队', 86, 85],
  ['KH0402', '王八方', '城管局', 78, 80],
]
const inOffice = new Set(['KH0101', 'KH0102', 'KH0103'])
const outsiders = roster.filter(([no]) => !inOffice.has(no))
const outsideDepartments = ['办公室服务中心', '业务科', '执法一队', '城管局']

const schemeRows = [
  ['编码', '名称', '上级编码', '权重', '类型', '适用范围', '计分方式', '目标值', '方向'],
  ['D', '德', null, 50, '共性', null, '评分', null, null],
  ['D1', '政治品质', 'D', 100, '共性', null, '评分', null, null],
  ['J', '绩', null, 50, '共性', null, '评分', null, null],
  ['J1', '工作实绩', 'J', 100, '共性', null, '评分', null, null],
]

const tmp = tempDir('kaohe-scope-')
let backend: Backend
let clerk: Credential
let leader: Credential

const call = (who: Credential, method: string, input: unknown): Promise<CallOutcome> => backend.dispatcher.call(who, method, input)

async function ok<T>(who: Credential, method: string, input: unknown): Promise<T> {
  const r = await call(who, method, input)
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`)
  return r.result as T
}

async function refused(who: Credential, method: string, input: unknown): Promise<RpcError> {
  const r = await call(who, method, input)
  if (r.ok) throw new Error(`${method} was expected to be refused`)
  return r.error
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('')
    if ('result' in v) return String(v.result ?? '')
    if ('text' in v) return String(v.text)
    if (v instanceof Date) return v.toISOString()
  }
  return String(v)
}

/** Every sheet of an exported workbook as its name and the text of each of its cells, row by row. */
async function sheetsOf(file: ExportedFile): Promise<{ name: string; rows: string[][] }[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ExcelJS.Buffer)
  return wb.worksheets.map((ws) => {
    const rows: string[][] = []
    ws.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1).map(cellText)))
    return { name: ws.name, rows }
  })
}

/** Staff numbers and names of the roster's people that appear anywhere in the workbook. */
function peopleIn(sheets: { rows: string[][] }[]): Set<string> {
  const cells = sheets.flatMap((s) => s.rows.flat())
  return new Set(roster.filter(([no, name]) => cells.some((c) => c.includes(no) || c.includes(name))).map(([no]) => no))
}

/** No cell of any sheet names a person or a department outside 办公室. */
function expectOnlyOffice(sheets: { name: string; rows: string[][] }[]) {
  for (const sheet of sheets) {
    for (const cell of sheet.rows.flat()) {
      for (const [no, name] of outsiders) {
        expect(cell, `${sheet.name}: ${cell}`).not.toContain(no)
        expect(cell, `${sheet.name}: ${cell}`).not.toContain(name)
      }
      for (const dept of outsideDepartments) expect(cell, `${sheet.name}: ${cell}`).not.toContain(dept)
    }
  }
}

beforeAll(async () => {
  backend = await openBackend(path.join(tmp.dir, 'scope.db'), { create: true })
  clerk = await signInAs(backend.dispatcher, 'clerk')
  const people = await xlsxBytes((wb) => addSheet(wb, '名册', [['工号', '姓名', '部门', '岗位类别', '职级'], ...roster.map(([no, name, dept]) => [no, name, dept, '综合管理', '一级主任科员'])]))
  await ok(clerk, 'roster-import', { file: asFile('roster.xlsx', people) })
  await ok(clerk, 'scheme-import', { file: asFile('q.xlsx', await xlsxBytes((wb) => addSheet(wb, '体系', schemeRows))), name: '平时考核2025' })
  await ok(clerk, 'scheme-import', { file: asFile('y.xlsx', await xlsxBytes((wb) => addSheet(wb, '体系', schemeRows))), name: '年度考核2025' })
  const rate = (period: string, total: (r: (typeof roster)[number]) => number) =>
    ok(clerk, 'entry-save', { period, role: '领导', rater: '局长', cells: roster.flatMap((r) => ['D1', 'J1'].map((code) => ({ staffNo: r[0], code, score: total(r) }))) })
  await ok(clerk, 'period-create', { id: '2025-Q1', kind: 'quarter', scheme: '平时考核2025' })
  await ok(clerk, 'period-open', { id: '2025-Q1' })
  await rate('2025-Q1', (r) => r[3])
  await ok(clerk, 'results-compute', { period: '2025-Q1' })
  await ok(clerk, 'period-create', { id: '2025', kind: 'annual', scheme: '年度考核2025' })
  await ok(clerk, 'period-open', { id: '2025' })
  await rate('2025', (r) => r[4])
  await ok(clerk, 'results-compute', { period: '2025' })
  leader = await signInAs(backend.dispatcher, 'leader', { departments: ['办公室'] })
}, 120_000)

afterAll(async () => {
  await backend?.close()
  tmp.cleanup()
})

describe('a 部门领导 of 办公室 sees only 办公室 and what lies under it', () => {
  it('lists results of 办公室 and 办公室/文印组 only, with the ranks and grades the unit was given', async () => {
    const unit = await ok<PeriodResults>(clerk, 'results-list', { period: '2025-Q1' })
    const mine = await ok<PeriodResults>(leader, 'results-list', { period: '2025-Q1' })
    expect(new Set(mine.rows.map((r) => r.staffNo))).toEqual(inOffice)
    for (const row of mine.rows) {
      const asComputed = unit.rows.find((r) => r.staffNo === row.staffNo)
      expect({ rank: row.rank, grade: row.grade, total: row.total }).toEqual({ rank: asComputed?.rank, grade: asComputed?.grade, total: asComputed?.total })
    }
    // 孙三强 is third in 办公室 but fourth in the unit (李四海 of 办公室服务中心 and 周五洋 are ahead)
    expect(mine.rows.find((r) => r.staffNo === 'KH0103')?.rank).toBe(4)
    expect(mine.graded).toBe(unit.graded)
  })

  it('lists the roster, the departments, the period people, the stages and the progress of 办公室 only', async () => {
    const people = await ok<Person[]>(leader, 'roster-list', {})
    expect(new Set(people.map((p) => p.staffNo))).toEqual(inOffice)
    const departments = await ok<Department[]>(leader, 'org-list', {})
    expect(departments.map((d) => [d.path, d.headcount])).toEqual([
      ['办公室', 3],
      ['办公室/文印组', 1],
    ])
    const periodPeople = await ok<PeriodPersonRow[]>(leader, 'period-people', { id: '2025-Q1' })
    expect(new Set(periodPeople.map((p) => p.staffNo))).toEqual(inOffice)
    const stages = await ok<PersonStages[]>(leader, 'stages-list', { period: '2025-Q1' })
    expect(new Set(stages.map((p) => p.staffNo))).toEqual(inOffice)
    expect(await ok<PersonStages[]>(leader, 'stages-list', { period: '2025-Q1', department: '业务科' })).toEqual([])
    const progress = await ok<PeriodProgress>(leader, 'period-progress', { period: '2025-Q1' })
    expect(progress.departments.map((d) => d.department).sort()).toEqual(['办公室', '文印组'])
    const said = JSON.stringify(progress)
    for (const [no, name] of outsiders) expect(said).not.toMatch(new RegExp(`${no}|${name}`))
  })

  it('explains an 办公室 person, and answers for anyone else as for a staff number nobody has', async () => {
    const sheet = await ok<PersonExplanation>(leader, 'results-explain', { period: '2025-Q1', staffNo: 'KH0103' })
    expect(sheet).toMatchObject({ staffNo: 'KH0103', name: '孙三强', rank: 4 })
    // read from 办公室's inputs alone, the sheet says exactly what the clerk's, read from the unit's, says
    expect(sheet).toEqual(await ok<PersonExplanation>(clerk, 'results-explain', { period: '2025-Q1', staffNo: 'KH0103' }))
    expect(await ok<PersonExplanation>(leader, 'results-explain', { period: '2025', staffNo: 'KH0101' })).toEqual(
      await ok<PersonExplanation>(clerk, 'results-explain', { period: '2025', staffNo: 'KH0101' }),
    )
    const outside = await refused(leader, 'results-explain', { period: '2025-Q1', staffNo: 'KH0301' })
    const nobody = await refused(leader, 'results-explain', { period: '2025-Q1', staffNo: 'KH9999' })
    expect(outside.code).toBe('not-found')
    expect(outside.message.replace('KH0301', '?')).toBe(nobody.message.replace('KH9999', '?'))
    expect((await refused(leader, 'results-explain-export', { period: '2025-Q1', staffNo: 'KH0201' })).code).toBe('not-found')
  })

  it('exports the result sheets of 办公室 only, in a file named for it', async () => {
    const file = await ok<ExportedFile>(leader, 'results-explain-export-all', { period: '2025-Q1' })
    expect(file.fileName).toContain('办公室')
    const sheets = await sheetsOf(file)
    expect(peopleIn(sheets)).toEqual(inOffice)
    expectOnlyOffice(sheets)
    expect((await refused(leader, 'results-explain-export-all', { period: '2025-Q1', department: '业务科' })).code).toBe('not-found')
  })

  it('exports a quarter report of 办公室 only: every sheet says its scope, the summary counts its people', async () => {
    const sheets = await sheetsOf(await ok<ExportedFile>(leader, 'report-export', { period: '2025-Q1' }))
    expect(peopleIn(sheets)).toEqual(inOffice)
    expectOnlyOffice(sheets)
    for (const sheet of sheets) expect(sheet.rows[0].join('')).toContain('范围：办公室')
    const notes = sheets[0].rows.map((r) => r.join('|'))
    expect(notes.some((r) => r.includes('范围|办公室'))).toBe(true)
    expect(notes.some((r) => r.includes('名次、等次和名额为全单位计算的结果'))).toBe(true)
    const summary = sheets[1].rows
    // title, group header, header, 办公室, 文印组, 合计 (3 people)
    const lines = summary.filter((r) => ['办公室', '文印组', '合计'].includes(r[0]))
    expect(lines.map((r) => [r[0], r[1]])).toEqual([
      ['办公室', '2'],
      ['文印组', '1'],
      ['合计', '3'],
    ])
  })

  it('exports an annual report of 办公室 only, its lists and registration forms included', async () => {
    const sheets = await sheetsOf(await ok<ExportedFile>(leader, 'report-export', { period: '2025' }))
    expect(sheets.length).toBeGreaterThanOrEqual(7)
    expect(peopleIn(sheets)).toEqual(inOffice)
    expectOnlyOffice(sheets)
    const titled = sheets.filter((s) => s.rows[0]?.join('').includes('本单位'))
    expect(titled.length).toBeGreaterThanOrEqual(6)
    for (const sheet of titled) expect(sheet.rows[0].join('')).toContain('范围：办公室')
  })
})

describe('what a 部门领导 may record', () => {
  it('records 领导核验 for an 办公室 person', async () => {
    const [done] = await ok<PersonStages[]>(leader, 'stages-record', { period: '2025-Q1', staffNos: ['KH0103'], payload: { stage: 'leader', comment: '工作认真', proposedGrade: '好' } })
    expect(done.leader).toMatchObject({ done: true, comment: '工作认真', proposedGrade: '好', decidedBy: 'leader' })
  })

  it('is forbidden 领导核验 for another department’s person, the refusal naming what a 部门领导 may do', async () => {
    const error = await refused(leader, 'stages-record', { period: '2025-Q1', staffNos: ['KH0101', 'KH0301'], payload: { stage: 'leader', comment: '好' } })
    expect(error.code).toBe('forbidden')
    expect(error.message).toContain('部门领导只能为所辖部门（办公室）的人员填写“领导核验”')
    expect(error.message).toContain('KH0301')
    // all or nothing: the 办公室 person named beside was not recorded either
    const [kept] = (await ok<PersonStages[]>(leader, 'stages-list', { period: '2025-Q1' })).filter((p) => p.staffNo === 'KH0101')
    expect(kept.leader.done).toBe(false)
  })

  it('is forbidden any other stage, even for an 办公室 person', async () => {
    const error = await refused(leader, 'stages-record', { period: '2025-Q1', staffNos: ['KH0101'], payload: { stage: 'self', text: '述职', date: '2025-03-28' } })
    expect(error.code).toBe('forbidden')
    expect(error.message).toContain('部门领导只能填写“领导核验”（评语、建议等次），不能记录“个人述职”')
  })
})

describe('other accounts', () => {
  it('refuses a 只读 limited to 办公室 a whole-unit call, naming the limit', async () => {
    const reader = await signInAs(backend.dispatcher, 'readonly', { departments: ['办公室'] })
    const error = await refused(reader, 'ratings-summary', { period: '2025-Q1' })
    expect(error.code).toBe('forbidden')
    expect(error.message).toContain('只能查看所辖部门（办公室）')
    expect(new Set((await ok<PeriodResults>(reader, 'results-list', { period: '2025-Q1' })).rows.map((r) => r.staffNo))).toEqual(inOffice)
  })

  it('lets a 考核工作人员 limited to 办公室 record any stage within it, and nothing beyond', async () => {
    const officeClerk = await signInAs(backend.dispatcher, 'clerk', { name: 'clerk-office', departments: ['办公室'] })
    const [self] = await ok<PersonStages[]>(officeClerk, 'stages-record', { period: '2025-Q1', staffNos: ['KH0102'], payload: { stage: 'self', text: '本季度述职', date: '2025-03-28' } })
    expect(self.self.done).toBe(true)
    const error = await refused(officeClerk, 'stages-record', { period: '2025-Q1', staffNos: ['KH0201'], payload: { stage: 'self', text: '述职', date: '2025-03-28' } })
    expect(error.code).toBe('forbidden')
    expect(error.message).toContain('所辖部门（办公室）')
  })

  it('shows a 部门领导 of the whole unit everyone, and still only 领导核验 to record', async () => {
    const all = await signInAs(backend.dispatcher, 'leader', { name: 'leader-all' })
    const results = await ok<PeriodResults>(all, 'results-list', { period: '2025-Q1' })
    expect(results.rows.map((r) => r.staffNo).sort()).toEqual(roster.map(([no]) => no).sort())
    expect(await ok<PersonExplanation>(all, 'results-explain', { period: '2025-Q1', staffNo: 'KH0301' })).toMatchObject({ name: '周五洋' })
    const sheets = await sheetsOf(await ok<ExportedFile>(all, 'report-export', { period: '2025-Q1' }))
    expect(peopleIn(sheets).size).toBe(roster.length)
    expect(sheets[0].rows[0].join('')).not.toContain('范围')
    await ok(all, 'stages-record', { period: '2025-Q1', staffNos: ['KH0301'], payload: { stage: 'leader', comment: '表现突出' } })
    expect((await refused(all, 'stages-record', { period: '2025-Q1', staffNos: ['KH0301'], payload: { stage: 'peer' } })).code).toBe('forbidden')
  })
})
