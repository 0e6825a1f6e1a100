import fs from 'node:fs'
import path from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type ExcelJS from 'exceljs'
import type { ImportPreview, ImportResult } from '../../shared/contract'
import { importBackend, type ImportBackend } from '../support/import-backend'
import { addSheet, asFile, xlsxBytes } from '../support/import-workbooks'
import { forgetLastRead } from '../../electron/excel/read-import'
import { cli } from '../support/run-cli'
import { fixtureFile, tempDir } from '../support/temp-dir'

// the seam: the real reader, counted, so a test can tell how often a file was parsed
const reads = vi.hoisted(() => ({ n: 0 }))
vi.mock('../../electron/excel/load-workbook', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../electron/excel/load-workbook')>()
  return {
    ...real,
    loadWorkbook: async (...args: Parameters<typeof real.loadWorkbook>) => {
      reads.n++
      return real.loadWorkbook(...args)
    },
  }
})

/** a 联系电话 cell a clerk filled with words: 36 characters */
const LONG_PHONE = '办公室分机八零零一转人事科请找王科长或李副科长，下班后请拨打值班室电话'
const person = (i: number) => [`N${String(i).padStart(3, '0')}`, `人员${i}`, '党政办']
const block = (from: number, n: number) => Array.from({ length: n }, (_, i) => person(from + i))

/** A roster whose 注 line sits between two blocks of people, as a clerk pastes a second list under the first. */
const noteBetweenBlocks = (wb: ExcelJS.Workbook) =>
  addSheet(wb, '名册', [['工号', '姓名', '部门'], ...block(1, 30), ['注：以下为借调人员'], ...block(31, 8), [], ['制表人：张三']])

describe('an import commit reads its file once', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await importBackend('one-read')
  })
  afterAll(async () => k.close())

  it('a commit right after its preview reuses the preview’s read: one parse for both, the rows still written', async () => {
    const file = fixtureFile('roster.xlsx')
    reads.n = 0
    const preview = await k.ok<ImportPreview>('roster-import-preview', { file })
    expect(preview).toMatchObject({ ok: true, adds: 37 })
    expect(reads.n).toBe(1)
    const result = await k.ok<ImportResult>('roster-import', { file })
    expect(result.written).toBe(37)
    expect(reads.n).toBe(1)
    expect((await k.counts()).people).toBe(37)
  })

  it('a commit on its own parses once; another file is parsed afresh', async () => {
    const bytes = await xlsxBytes((wb) => addSheet(wb, '名册', [['工号', '姓名', '部门'], ...block(100, 3)]))
    reads.n = 0
    const result = await k.ok<ImportResult>('roster-import', { file: asFile('three.xlsx', bytes) })
    expect(result.written).toBe(3)
    expect(reads.n).toBe(1)
  })

  it('the commit still compares with the database and refuses on an error, reusing the read but writing nothing', async () => {
    const bytes = await xlsxBytes((wb) => addSheet(wb, '名册', [['工号', '姓名', '部门'], person(200), ['N201', null, '党政办']]))
    const file = asFile('gap.xlsx', bytes)
    reads.n = 0
    const preview = await k.ok<ImportPreview>('roster-import-preview', { file })
    expect(preview.ok).toBe(false)
    const before = await k.counts()
    const err = await k.refused('roster-import', { file })
    expect(err.code).toBe('bad-file')
    expect(err.message).toContain('工作表“名册”第 3 行“姓名”列（B 列）：不能为空')
    expect(reads.n).toBe(1)
    expect(await k.counts()).toEqual(before)
  })
})

describe('a note row between two blocks of data: the user chooses', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await importBackend('note-row')
  })
  afterAll(async () => k.close())

  it('the preview names the sheet, the note’s row and the rows below it, and refuses until asked; nothing written', async () => {
    const file = asFile('notes.xlsx', await xlsxBytes(noteBetweenBlocks))
    const preview = await k.ok<ImportPreview>('roster-import-preview', { file })
    expect(preview).toMatchObject({ ok: false, dataRows: 30, noteRow: { sheet: '名册', row: 32, following: 8 } })
    expect(preview.problems).toEqual([
      {
        severity: 'error',
        sheet: '名册',
        row: 32,
        column: null,
        columnName: null,
        message: '“注：以下为借调人员”像是表格下方的说明或签字栏，但它下面还有 8 行像是数据。请选择：读到这一行为止（下面的行不导入），或跳过这一行继续读下面的行。',
      },
    ])
    const err = await k.refused('roster-import', { file })
    expect(err.code).toBe('bad-file')
    expect(err.message).toContain('工作表“名册”第 32 行：')
    expect((await k.counts()).people).toBe(0)
  })

  it('stop: the first block is written, the warning says how many rows were left', async () => {
    const file = asFile('notes.xlsx', await xlsxBytes(noteBetweenBlocks))
    const preview = await k.ok<ImportPreview>('roster-import-preview', { file, afterNote: 'stop' })
    expect(preview).toMatchObject({ ok: true, dataRows: 30, adds: 30 })
    expect(preview.problems.map((p) => [p.severity, p.row, p.message])).toEqual([
      ['warning', 32, '“注：以下为借调人员”是说明或签字栏，按所选读到这一行为止：下面 8 行像是数据的内容未导入。'],
    ])
    const result = await k.ok<ImportResult>('roster-import', { file, afterNote: 'stop' })
    expect(result.written).toBe(30)
    expect((await k.counts()).people).toBe(30)
  })

  it('read: the rows after the note are counted in the preview and written, the note line and the signature left out', async () => {
    const file = asFile('notes.xlsx', await xlsxBytes(noteBetweenBlocks))
    const preview = await k.ok<ImportPreview>('roster-import-preview', { file, afterNote: 'read' })
    expect(preview).toMatchObject({ ok: true, dataRows: 38, adds: 8, unchanged: 30 })
    expect(preview.problems.map((p) => [p.severity, p.row])).toEqual([['warning', 32]])
    const result = await k.ok<ImportResult>('roster-import', { file, afterNote: 'read' })
    expect(result.written).toBe(8)
    expect((await k.counts()).people).toBe(38)
    const stored = await k.db.selectFrom('people').select('staff_no').where('staff_no', '=', 'N038').execute()
    expect(stored).toHaveLength(1)
  })
})

describe('the command line: one parse per import, each location said once, the note row answered by --afterNote', () => {
  const tmp = tempDir('kaohe-cli-one-read-')
  const db = path.join(tmp.dir, 'cli.db')
  const notes = path.join(tmp.dir, 'notes.xlsx')
  const longPhone = path.join(tmp.dir, 'phone.xlsx')
  beforeAll(async () => {
    fs.writeFileSync(notes, await xlsxBytes(noteBetweenBlocks))
    fs.writeFileSync(longPhone, await xlsxBytes((wb) => addSheet(wb, '名册', [['工号', '姓名', '部门', '联系电话'], [...person(90), LONG_PHONE]])))
  })
  afterAll(() => tmp.cleanup())

  it('asks about the note row, naming its sheet and row once in the line, and says which option answers it', async () => {
    const r = await cli(db, 'import', 'roster', notes)
    expect(r.code).toBe(1)
    const line = r.out.split('\n').find((l) => l.includes('注：以下为借调人员')) ?? ''
    expect(line).toContain('工作表“名册”第 32 行')
    expect(line.match(/第 32 行/g)).toHaveLength(1)
    expect(r.out).toContain('--afterNote read')
    expect(counts(db)).toBe(0)
  })

  it('`import roster FILE --afterNote read` previews and commits with one parse, writing both blocks', async () => {
    // as a fresh process would start: the run before read the same bytes and its read is still kept
    forgetLastRead()
    reads.n = 0
    const r = await cli(db, 'import', 'roster', notes, '--afterNote', 'read')
    expect(r.code).toBe(0)
    expect(reads.n).toBe(1)
    expect(counts(db)).toBe(38)
  })

  it('a long value is quoted cut at 30 characters, the row and column said once', async () => {
    const r = await cli(db, 'import', 'roster', longPhone)
    expect(r.code).toBe(1)
    const line = r.out.split('\n').find((l) => l.includes('联系电话“')) ?? ''
    expect(line).toContain(`工作表“名册”第 2 行“联系电话”列（D 列）：联系电话“${[...LONG_PHONE].slice(0, 30).join('')}…”应为 7–20 位数字`)
    expect(line).not.toContain(LONG_PHONE)
    expect(line.match(/第 2 行/g)).toHaveLength(1)
  })
})

function counts(dbPath: string): number {
  const s = new SqliteDatabase(dbPath, { readonly: true })
  try {
    return (s.prepare('select count(*) as n from people').get() as { n: number }).n
  } finally {
    s.close()
  }
}
