import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OkrList } from '../../shared/contract'
import { cli } from '../support/run-cli'
import { fixturesDir, tempDir } from '../support/temp-dir'

// 2099 so the 当前值 (recorded as reported today) is known on the date the list is judged at:
// 2099-07-02 is day 182 of a 364-day window, half of it gone.
const AS_OF = '2099-07-02'

async function workbook(file: string, rows: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('目标')
  for (const r of rows) ws.addRow(r)
  await wb.xlsx.writeFile(file)
  return file
}

describe('objectives and key results through the CLI: import okr, okr list', () => {
  const tmp = tempDir()
  const db = path.join(tmp.dir, 'okr.db')
  let file: string
  beforeAll(async () => {
    expect((await cli(db, 'import', 'roster', path.join(fixturesDir, 'roster.xlsx'))).code).toBe(0)
    file = await workbook(path.join(tmp.dir, 'okr.xlsx'), [
      ['部门', '工号', '目标', '关键结果', '计量单位', '基线值', '目标值', '当前值', '开始日期', '截止日期', '权重'],
      ['经济发展办公室', null, '建成2个特色产业村', '签约企业3家', '家', 0, 3, 1, '2099-01-01', '2099-12-31', 40],
      ['经济发展办公室', null, '建成2个特色产业村', '培训农民500人', '人', 100, 500, 260, '2099-01-01', '2099-12-31', 60],
      [null, 'S001', '公文办理提速', '平均办结天数降至3天', '天', 7, 3, 6, '2099-01-01', '2099-12-31', null],
    ])
  })
  afterAll(() => tmp.cleanup())

  it('--dry-run prints what it understood and writes nothing', async () => {
    const r = await cli(db, 'import', 'okr', file, '--dry-run')
    expect(r.code, r.err).toBe(0)
    expect(r.out).toContain('将新建 2 个目标')
    expect(r.out).toContain('试运行（--dry-run）：未写入任何数据。')
    const list = await cli(db, 'okr', 'list', '--json')
    expect((JSON.parse(list.out) as OkrList).objectives).toEqual([])
  })

  it('imports, then lists as of a date with completion, time elapsed and lag', async () => {
    const r = await cli(db, 'import', 'okr', file)
    expect(r.code, r.err).toBe(0)
    expect(r.out).toContain('已导入 3 行。')
    const list = await cli(db, 'okr', 'list', '--as-of', AS_OF)
    expect(list.code, list.err).toBe(0)
    // 党政办公室's S001 before 经济发展办公室 (departments in code-point order, each objective then its key results)
    const lines = list.out.split('\n')
    expect(lines[0]).toBe(`统计日期 ${AS_OF}：2 个目标，3 项关键结果，滞后 2 项，严重滞后 0 项`)
    // decreasing: (6 − 7) / (3 − 7) = 25 % done against 50 % of the time: 25 points behind
    expect(lines[1]).toMatch(/^\[\d+\] S001 罗强洋｜公文办理提速｜2099-01-01 至 2099-12-31｜进度 25%$/)
    expect(lines[2]).toMatch(/平均办结天数降至3天｜7 → 3天，当前 6｜完成 25%，时间进度 50%｜滞后（落后 25 点）$/)
    // (1/3 × 0.4 + 0.4 × 0.6) = 0.3733 → 37.3 %
    expect(lines[3]).toMatch(/^\[\d+\] 经济发展办公室｜建成2个特色产业村｜2099-01-01 至 2099-12-31｜进度 37\.3%$/)
    // 1/3 = 33.3 % done against 50 %: 16.7 points behind
    expect(lines[4]).toMatch(/签约企业3家｜0 → 3家，当前 1｜完成 33\.3%，时间进度 50%｜滞后（落后 16\.7 点）$/)
    // (260 − 100) / 400 = 40 % done: 10 points behind, on track
    expect(lines[5]).toMatch(/培训农民500人｜100 → 500人，当前 260｜完成 40%，时间进度 50%｜正常$/)
  })

  it('--lagging lists only the lagging key results; --json gives the same as the app', async () => {
    const r = await cli(db, 'okr', 'list', '--lagging', '--as-of', AS_OF, '--json')
    expect(r.code, r.err).toBe(0)
    const list = JSON.parse(r.out) as OkrList
    expect(list.objectives.map((o) => [o.title, o.keyResults.map((k) => [k.title, k.lag])])).toEqual([
      ['公文办理提速', [['平均办结天数降至3天', 'lagging']]],
      ['建成2个特色产业村', [['签约企业3家', 'lagging']]],
    ])
    const person = await cli(db, 'okr', 'list', '--staff', 'S001', '--as-of', AS_OF)
    expect(person.out).not.toContain('建成2个特色产业村')
    const none = await cli(db, 'okr', 'list', '--year', '2030')
    expect(none.out).toMatch(/^没有符合条件的目标/)
  })

  it('refuses a bad date or a missing subcommand with usage, and a bad file with its row and column', async () => {
    const badDate = await cli(db, 'okr', 'list', '--as-of', '明天')
    expect(badDate.code).toBe(2)
    expect(badDate.err).toContain('“--as-of”须为 2025-12-31 这样的日期，收到“明天”。')
    const impossible = await cli(db, 'okr', 'list', '--as-of', '2099-13-01')
    expect(impossible.code).toBe(1)
    expect(impossible.err).toContain('“统计日期”须为 2025-12-31 这样的日期')
    expect((await cli(db, 'okr')).code).toBe(2)
    const bad = await workbook(path.join(tmp.dir, 'bad.xlsx'), [
      ['工号', '目标', '关键结果', '目标值', '截止日期'],
      ['S001', '公文办理提速', '新的结果', '三', '2099-12-31'],
    ])
    const refused = await cli(db, 'import', 'okr', bad)
    expect(refused.code).toBe(1)
    expect(refused.out).toMatch(/第 2 行.*目标值.*“三”不是数字/)
    expect(refused.out).toContain('导入被拒绝，未写入任何数据。')
  })
})
