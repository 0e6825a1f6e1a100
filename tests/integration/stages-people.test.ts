import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importBackend, type ImportBackend } from '../support/import-backend'
import { fixtureFile } from '../support/temp-dir'
import type { ExportedFile, PeriodPersonRow, PeriodProgress, PersonStages } from '../../shared/contract'

let k: ImportBackend
const P = '2025-Q1'

beforeAll(async () => {
  k = await importBackend('stages-people')
  await k.ok('roster-import', { file: fixtureFile('roster.xlsx') })
  await k.ok('scheme-import', { file: fixtureFile('scheme.xlsx'), name: '平时考核2025' })
  await k.ok('period-create', { id: P, kind: 'quarter', scheme: '平时考核2025' })
  await k.ok('period-open', { id: P })
}, 60_000)
afterAll(async () => k.close())

async function readBack(file: ExportedFile): Promise<(string | number | null)[][]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer)
  const ws = wb.worksheets[0]
  const rows: (string | number | null)[][] = []
  ws.eachRow((row) => rows.push((row.values as (string | number | null)[]).slice(1)))
  return rows
}

describe('participation per period', () => {
  it('lists everyone with their status, reason and stage states', async () => {
    const people = await k.ok<PeriodPersonRow[]>('period-people', { id: P })
    expect(people).toHaveLength(37)
    const s004 = people.find((p) => p.staffNo === 'S004')!
    expect(s004).toMatchObject({ name: '吴艳', department: '党政办公室', status: '不定等次', reason: '新录用试用期' })
    expect(s004.stages.map((s) => [s.stage, s.required, s.done])).toEqual([
      ['self', false, false],
      ['peer', false, false],
      ['leader', true, false],
      ['committee', true, false],
    ])
  })

  it('changes a status (audited); 不定等次 needs a reason; unknown people refused', async () => {
    const row = await k.ok<PeriodPersonRow>('period-person-update', { id: P, staffNo: 'S002', status: '不参加', reason: '借调' })
    expect(row).toMatchObject({ status: '不参加', reason: '借调' })
    expect(row.stages.every((s) => !s.required)).toBe(true)
    const audit = await k.db.selectFrom('audit_log').selectAll().where('method', '=', 'period-person-update').executeTakeFirstOrThrow()
    expect(JSON.parse(audit.before!)).toEqual({ status: '参加', status_reason: null })
    expect(JSON.parse(audit.after!)).toEqual({ status: '不参加', status_reason: '借调' })

    expect((await k.refused('period-person-update', { id: P, staffNo: 'S003', status: '不定等次', reason: '' })).message).toContain('须注明原因')
    expect((await k.refused('period-person-update', { id: P, staffNo: 'X999', status: '参加' })).code).toBe('not-found')
    const investigated = await k.ok<PeriodPersonRow>('period-person-update', { id: P, staffNo: 'S003', status: '不定等次', reason: '被立案审查' })
    expect(investigated.stages.filter((s) => s.required).map((s) => s.stage)).toEqual(['committee'])

    const stages = await k.ok<PersonStages[]>('stages-list', { period: P, department: '党政办公室' })
    expect(stages.map((s) => s.staffNo)).toEqual(['S001', 'S003', 'S004', 'S005', 'S006', 'S007'])
    expect((await k.refused('stages-record', { period: P, staffNos: ['S002'], payload: { stage: 'peer' } })).message).toContain('不参加考核')
  })

  it('lists roster people the period left out, and brings them in', async () => {
    const dept = await k.db.selectFrom('departments').select('id').where('name', '=', '财政所').executeTakeFirstOrThrow()
    const now = new Date().toISOString()
    await k.db
      .insertInto('people')
      .values({ staff_no: 'S099', name: '借调人员', department_id: dept.id, position_class: '专业技术', rank_title: null, is_leader: 0, gender: null, birth: null, political: null, status: '不参加', status_reason: '借调外单位', created_at: now, updated_at: now })
      .execute()
    const listed = (await k.ok<PeriodPersonRow[]>('period-people', { id: P })).find((p) => p.staffNo === 'S099')
    expect(listed).toMatchObject({ status: '不参加', reason: '借调外单位', department: '财政所' })
    const back = await k.ok<PeriodPersonRow>('period-person-update', { id: P, staffNo: 'S099', status: '参加', reason: null })
    expect(back.stages.every((s) => s.required)).toBe(true)
    await k.ok('period-person-update', { id: P, staffNo: 'S099', status: '不参加', reason: '借调外单位' })
  })

  it('the progress board follows participation', async () => {
    await k.ok('stages-record', { period: P, staffNos: ['S001', 'S005'], payload: { stage: 'self', text: '述职', date: '2025-03-28' } })
    const board = await k.ok<PeriodProgress>('period-progress', { period: P })
    const office = board.departments.find((d) => d.department === '党政办公室')!
    expect(office.headcount).toBe(6)
    expect(office.stages.map((s) => [s.stage, s.done, s.required])).toEqual([
      ['self', 2, 4],
      ['peer', 0, 4],
      ['leader', 0, 5],
      ['committee', 0, 6],
    ])
    expect(office.stages[0].missing.map((m) => m.name)).toEqual(['江倩强', '杨秀帆'])
    expect(office.stages[0].missing.map((m) => m.staffNo)).toEqual(['S006', 'S007'])
  })

  it('exports the reminder list as an A4 workbook, for one department or all', async () => {
    const one = await k.ok<ExportedFile>('period-reminders-export', { period: P, department: '党政办公室' })
    expect(one.fileName).toBe('本单位-2025年第一季度-党政办公室未完成环节提醒名单.xlsx')
    const rows = await readBack(one)
    expect(rows[0][0]).toContain('未完成环节提醒名单')
    expect(rows[1]).toEqual(['部门', '工号', '姓名', '未完成环节'])
    expect(rows.slice(2, 8)).toEqual([
      ['党政办公室', 'S001', '罗强洋', '同事互评、领导核验、党委审定'],
      ['党政办公室', 'S003', '陈怡', '党委审定'],
      ['党政办公室', 'S004', '吴艳', '领导核验、党委审定'],
      ['党政办公室', 'S005', '赵明梅', '同事互评、领导核验、党委审定'],
      ['党政办公室', 'S006', '江倩强', '个人述职、同事互评、领导核验、党委审定'],
      ['党政办公室', 'S007', '杨秀帆', '个人述职、同事互评、领导核验、党委审定'],
    ])
    expect(String(rows[8][0])).toContain('共 6 人')

    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(Buffer.from(one.dataBase64, 'base64') as unknown as ArrayBuffer)
    expect(wb.worksheets[0].pageSetup.paperSize).toBe(9)

    const all = await readBack(await k.ok<ExportedFile>('period-reminders-export', { period: P }))
    // 37 listed, S002 not taking part
    expect(all.length - 3).toBe(36)
  })
})
