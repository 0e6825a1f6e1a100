import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli } from '../support/run-cli'
import { fileTableCounts } from '../support/table-snapshot'
import { fixturesDir, tempDir } from '../support/temp-dir'

const tables = ['people', 'departments', 'schemes', 'indicators', 'periods', 'ratings', 'import_batches', 'results', 'audit_log']

const counts = (db: string) => fileTableCounts(db, tables)

describe('bad input through the CLI', () => {
  const tmp = tempDir()
  const db = path.join(tmp.dir, 'bad.db')
  beforeAll(async () => {
    for (const s of [
      ['import', 'roster', path.join(fixturesDir, 'roster.xlsx')],
      ['import', 'scheme', path.join(fixturesDir, 'scheme.xlsx'), '--name', '平时考核2025'],
      ['period', 'create', '--id', '2025-Q1', '--kind', 'quarter', '--scheme', '平时考核2025'],
    ]) {
      const r = await cli(db, ...s)
      expect(r.code, r.err).toBe(0)
    }
  })
  afterAll(() => tmp.cleanup())

  it('refuses ratings-bad.xlsx with every problem located and writes nothing', async () => {
    const before = counts(db)
    const r = await cli(db, 'import', 'ratings', path.join(fixturesDir, 'ratings-bad.xlsx'), '--period', '2025-Q1', '--json')
    expect(r.code).toBe(1)
    const problems = (JSON.parse(r.out) as { preview: { problems: { severity: string; row: number; column: string; message: string }[] } }).preview.problems.filter(
      (p) => p.severity === 'error',
    )
    const at = problems.map((p) => `${p.row}${p.column}`)
    // row 3 repeats row 2; row 4 has a text score; row 5 an unknown staff number; row 6 scores 150; row 7 an unknown role
    expect(at).toEqual(expect.arrayContaining(['4F', '5A', '6F', '7D']))
    expect(problems.some((p) => p.row === 3)).toBe(true)
    expect(problems.length).toBeGreaterThanOrEqual(5)
    expect(counts(db)).toEqual(before)
  })

  it('refuses a workbook with a wrong header, a text score, an unknown staff number, a duplicate row and 150, naming each', async () => {
    const file = path.join(tmp.dir, 'five-problems.xlsx')
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('评分明细')
    ws.addRow(['工号', '姓名', '指标编码', '评价主体', '评价人', '分数', '打分日期'])
    ws.addRow(['S001', '罗强洋', 'D1', '领导', 'L01', 88, null])
    ws.addRow(['S001', '罗强洋', 'D1', '领导', 'L01', 88, null])
    ws.addRow(['S001', '罗强洋', 'D2', '领导', 'L01', '良好', null])
    ws.addRow(['X9999', '查无此人', 'D2', '领导', 'L01', 80, null])
    ws.addRow(['S001', '罗强洋', 'N1', '领导', 'L01', 150, null])
    await wb.xlsx.writeFile(file)
    const before = counts(db)
    const r = await cli(db, 'import', 'ratings', file, '--period', '2025-Q1')
    expect(r.code).toBe(1)
    expect(r.out).toContain('打分日期')
    expect(r.out).toMatch(/第 3 行/)
    expect(r.out).toMatch(/第 4 行.*良好/)
    expect(r.out).toMatch(/第 5 行.*X9999/)
    expect(r.out).toMatch(/第 6 行.*150/)
    expect(counts(db)).toEqual(before)
  })

  it('gives a clear message for a file that is not a spreadsheet, and for an old .xls', async () => {
    const junk = path.join(tmp.dir, 'junk.xlsx')
    fs.writeFileSync(junk, crypto.randomBytes(4096))
    const before = counts(db)
    const r = await cli(db, 'import', 'roster', junk)
    expect(r.code).toBe(1)
    expect(r.err + r.out).toMatch(/电子表格|无法识别|不是/)
    const xls = await cli(db, 'import', 'roster', path.join(fixturesDir, 'corpus', 'A4X_2013.xls'))
    expect(xls.code).toBe(1)
    expect(xls.err + xls.out).toContain('.xlsx')
    expect(counts(db)).toEqual(before)
  })

  it('says which argument is missing and exits non-zero', async () => {
    const r = await cli(db, 'period', 'create', '--id', '2025-Q2')
    expect(r.code).toBe(2)
    expect(r.err).toContain('--kind')
  })
})
