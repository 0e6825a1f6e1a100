import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, describe, expect, it } from 'vitest'
import { cli } from '../support/run-cli'
import { fixturesDir, tempDir } from '../support/temp-dir'

describe('past grades and penalties through the CLI', () => {
  const tmp = tempDir()
  const db = path.join(tmp.dir, 'history.db')
  afterAll(() => tmp.cleanup())

  it('imports past grades and a penalty list, and refuses a bad grade with its row and column', async () => {
    expect((await cli(db, 'import', 'roster', path.join(fixturesDir, 'roster.xlsx'))).code).toBe(0)
    const grades = path.join(tmp.dir, 'grades.xlsx')
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('历史等次')
    ws.addRow(['工号', '年度', '年度等次', '一季度', '二季度', '三季度', '四季度'])
    ws.addRow(['S001', 2024, '优秀', '好', '好', '较好', '好'])
    ws.addRow(['S002', 2024, '称职', '较好', null, '一般', '较好'])
    await wb.xlsx.writeFile(grades)
    const r = await cli(db, 'import', 'history', grades, '--json')
    expect(r.code, r.err).toBe(0)
    expect((JSON.parse(r.out) as { written: number }).written).toBe(2)

    const penalties = path.join(tmp.dir, 'penalties.xlsx')
    const pw = new ExcelJS.Workbook()
    const ps = pw.addWorksheet('处分')
    ps.addRow(['工号', '类型', '决定日期', '期限', '事由'])
    ps.addRow(['S003', '警告', '2025-03-05', null, '迟报重要情况'])
    await pw.xlsx.writeFile(penalties)
    const p = await cli(db, 'import', 'penalties', penalties)
    expect(p.code, p.err).toBe(0)

    const bad = path.join(tmp.dir, 'bad-grades.xlsx')
    const bw = new ExcelJS.Workbook()
    const bs = bw.addWorksheet('历史等次')
    bs.addRow(['工号', '年度', '年度等次'])
    bs.addRow(['S004', 2024, '特优'])
    await bw.xlsx.writeFile(bad)
    const refused = await cli(db, 'import', 'history', bad)
    expect(refused.code).toBe(1)
    expect(refused.out).toMatch(/第 2 行.*特优/)
  })
})
