import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportPreview, ImportResult } from '../../shared/contract'
import type { OfficeCalendar } from '../../shared/contract/notice'
import type { YearCalendar } from '../../shared/domain/year-calendar'
import { importBackend, type ImportBackend } from '../support/import-backend'
import { cli } from '../support/run-cli'

async function workbook(rows: (string | Date | null)[][], fileName = '2027年节假日安排.xlsx') {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('节假日安排')
  ws.addRow(['日期', '类型', '名称'])
  for (const r of rows) ws.addRow(r)
  return { fileName, dataBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') }
}

describe('importing a later year\'s 节假日安排 through the import pipeline', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await importBackend('calendar-import')
  })
  afterAll(async () => k.close())

  it('names sheet, row, column and value for each bad row, and writes nothing', async () => {
    const file = await workbook([
      ['2027-02-30', '放假', '春节'],
      ['2027-01-01', '休假了', '元旦'],
      ['2027-01-05', '上班', '调休'],
      ['2027-01-02', '放假', '元旦'],
      ['2027-01-02', '放假', '元旦'],
    ])
    const preview = await k.ok<ImportPreview>('calendar-import-preview', { file })
    expect(preview.ok).toBe(false)
    const shown = preview.problems.map((p) => [p.sheet, p.row, p.columnName, p.message])
    expect(shown).toEqual([
      ['节假日安排', 2, '日期', expect.stringContaining('2027-02-30')],
      ['节假日安排', 3, '类型', expect.stringContaining('休假了')],
      ['节假日安排', 4, '类型', expect.stringContaining('2027-01-05 不是周六或周日')],
      ['节假日安排', 6, '日期', expect.stringContaining('与第 5 行重复')],
    ])
    const refused = await k.refused('calendar-import', { file })
    expect(refused.code).toBe('bad-file')
    expect(await k.ok<OfficeCalendar>('calendar-get', {})).toEqual({ holidays: [], makeUpDays: [] })
  })

  it('a good file makes its year the office\'s, whole, audited; other years keep their calendar', async () => {
    await k.ok('calendar-set', { holidays: [{ date: '2027-05-01', name: '手填' }, { date: '2028-01-01', name: '元旦' }], makeUpDays: [] })
    const file = await workbook([
      [new Date(Date.UTC(2027, 0, 1)), '放假', '元旦'],
      ['2027/1/2', '休', '元旦'],
      ['2027-01-03', '放假', '元旦'],
      ['2027-01-09', '班', '元旦调休'],
    ])
    const preview = await k.ok<ImportPreview>('calendar-import-preview', { file })
    expect(preview.problems).toEqual([])
    expect(preview.adds).toBe(4)
    expect(preview.notes.join()).toContain('2027 年全部按本文件的安排计算')
    const done = await k.ok<ImportResult>('calendar-import', { file })
    expect(done.written).toBe(4)
    const y2027 = await k.ok<YearCalendar>('calendar-year', { year: 2027 })
    expect(y2027.source).toBe('office')
    expect(y2027.holidays.map((d) => d.date)).toEqual(['2027-01-01', '2027-01-02', '2027-01-03'])
    expect(y2027.makeUpDays).toEqual([{ date: '2027-01-09', name: '元旦调休' }])
    // 2027-05-01 was the office's own 2027 entry: the file's year replaced it; 2028 untouched
    expect((await k.ok<YearCalendar>('calendar-year', { year: 2028 })).holidays).toEqual([{ date: '2028-01-01', name: '元旦' }])
    const audit = await k.db.selectFrom('audit_log').selectAll().where('method', '=', 'calendar-import').executeTakeFirstOrThrow()
    expect(JSON.parse(audit.after!)).toMatchObject({ years: [2027], file: '2027年节假日安排.xlsx' })
    const shown = await cli(k.backend.database.path, 'calendar', 'show', '--year', '2027', '--json')
    expect(JSON.parse(shown.out)).toEqual({ holidays: ['2027-01-01', '2027-01-02', '2027-01-03'], workdays: ['2027-01-09'] })
  })

  it('the template is offered like every other', async () => {
    const file = await k.ok<{ fileName: string }>('template-get', { kind: 'calendar' })
    expect(file.fileName).toBe('节假日安排模板.xlsx')
  })
})
