import { describe, expect, it } from 'vitest'
import type ExcelJS from 'exceljs'
import { rosterFields, ratingsLongFields, schemeFields } from '../../../electron/excel/fields'
import { findTable, type TableOptions } from '../../../electron/excel/find-table'
import { loadWorkbook } from '../../../electron/excel/load-workbook'
import { addSheet, xlsxBytes } from '../../support/import-workbooks'
import { shownProblem } from '../../support/shown-problem'

async function tableOf(build: (wb: ExcelJS.Workbook) => unknown, fields = rosterFields, options: TableOptions = {}) {
  const wb = await loadWorkbook(await xlsxBytes(build))
  return findTable(wb, fields, options)
}

const values = (rows: { values: Record<string, unknown> }[], key: string) => rows.map((r) => r.values[key])

describe('finding the header', () => {
  it('skips a merged title row and blank rows above it', async () => {
    const s = await tableOf((wb) =>
      addSheet(
        wb,
        'Sheet1',
        [['示例镇人民政府工作人员名册（2025年）'], [], ['工号', '姓名', '部门'], ['S001', '张三', '党政办'], ['S002', '李四', '党政办']],
        ['A1:C1'],
      ),
    )
    expect(s.table?.headerRow).toBe(3)
    expect(s.table?.rows.map((r) => r.row)).toEqual([4, 5])
    expect(s.problems).toEqual([])
  })

  it('maps synonyms with stray and full-width spaces, in any column order', async () => {
    const s = await tableOf((wb) => addSheet(wb, 'Sheet1', [[' 科室 ', '姓\u3000名', '人员编号', '职务职级', '是否领导'], ['党政办', '张三', 'S001', '一级科员', '是']]))
    const t = s.table!
    expect(t.byField.get('department')?.letter).toBe('A')
    expect(t.byField.get('name')?.letter).toBe('B')
    expect(t.byField.get('staffNo')?.letter).toBe('C')
    expect(t.byField.get('rankTitle')?.letter).toBe('D')
    expect(t.byField.get('isLeader')?.letter).toBe('E')
    expect(t.rows[0].values).toMatchObject({ staffNo: 'S001', name: '张三', department: '党政办', isLeader: '是' })
  })

  it('strips qualifiers: 分数（百分制） is 分数, 工 号 is 工号', async () => {
    const s = await tableOf(
      (wb) => addSheet(wb, '评分', [['工 号', '指标编码', '评价主体', '分数（百分制）'], ['S001', 'D1', '领导', 90]]),
      ratingsLongFields,
    )
    expect(s.problems).toEqual([])
    expect(s.table?.byField.get('score')?.header).toBe('分数（百分制）')
    expect(s.table?.rows[0].values.score).toBe(90)
  })

  it('reads a two-row header: merged group cells above, names below, 工号 merged down', async () => {
    const s = await tableOf(
      (wb) =>
        addSheet(
          wb,
          '评分',
          [
            ['2025年第一季度平时考核评分表'],
            ['工号', '评价主体', '指标', null, '分数'],
            [null, null, '指标编码', '指标名称', null],
            ['S001', '领导', 'D1', '政治素质', 92],
          ],
          ['A1:E1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:E3'],
        ),
      ratingsLongFields,
    )
    expect(s.table?.headerRow).toBe(3)
    expect(s.table?.rows.map((r) => r.row)).toEqual([4])
    expect(s.table?.rows[0].values).toMatchObject({ staffNo: 'S001', role: '领导', indicatorCode: 'D1', score: 92 })
  })

  it('joins a column name split across two rows (出生 / 年月)', async () => {
    const s = await tableOf((wb) =>
      addSheet(wb, 'Sheet1', [['工号', '姓名', '部门', '出生'], [null, null, null, '年月'], ['S001', '张三', '党政办', '1988.05']]),
    )
    expect(s.table?.headerRow).toBe(2)
    expect(s.table?.headerTop).toBe(1)
    expect(s.table?.byField.get('birth')?.header).toBe('出生年月')
    expect(s.table?.rows[0].values.staffNo).toBe('S001')
  })
})

describe('reading the data', () => {
  it('fills a merged department cell down over its people', async () => {
    const s = await tableOf((wb) =>
      addSheet(
        wb,
        'Sheet1',
        [['部门', '姓名', '工号'], ['党政办', '甲', 'S1'], [null, '乙', 'S2'], [null, '丙', 'S3'], ['财政所', '丁', 'S4']],
        ['A2:A4'],
      ),
    )
    expect(values(s.table!.rows, 'department')).toEqual(['党政办', '党政办', '党政办', '财政所'])
  })

  const signedThenMore = (wb: ExcelJS.Workbook) =>
    addSheet(wb, 'Sheet1', [
      ['工号', '姓名', '部门'],
      ['S1', '甲', '党政办'],
      [],
      ['S2', '乙', '党政办'],
      ['工号', '姓名', '部门'],
      ['S3', '丙', '财政所'],
      [],
      ['制表人：张三', null, '审核人：李四'],
      ['S9', '辛', '党政办'],
      ['S10', '壬', '党政办'],
      ['审核人：李四'],
    ])

  it('stops at a signature block with nothing like data below it, skips blank rows and repeated headers', async () => {
    const s = await tableOf((wb) =>
      addSheet(wb, 'Sheet1', [['工号', '姓名', '部门'], ['S1', '甲', '党政办'], [], ['S2', '乙', '党政办'], ['工号', '姓名', '部门'], ['S3', '丙', '财政所'], [], ['制表人：张三', null, '审核人：李四'], ['单位盖章']]),
    )
    expect(values(s.table!.rows, 'staffNo')).toEqual(['S1', 'S2', 'S3'])
    expect(s.problems).toEqual([])
    expect(s.noteRow).toBeNull()
    expect(s.notes.join()).toContain('第 8 行起')
    expect(s.notes.join()).toContain('第 5 行重复了表头')
  })

  it('a note row with data below it is an error naming the sheet, the row and how many rows follow, until the user chooses', async () => {
    const s = await tableOf(signedThenMore)
    expect(values(s.table!.rows, 'staffNo')).toEqual(['S1', 'S2', 'S3'])
    expect(s.noteRow).toEqual({ sheet: 'Sheet1', row: 8, following: 2 })
    expect(s.problems).toEqual([
      {
        severity: 'error',
        sheet: 'Sheet1',
        row: 8,
        column: null,
        columnName: null,
        message: '“制表人：张三”像是表格下方的说明或签字栏，但它下面还有 2 行像是数据。请选择：读到这一行为止（下面的行不导入），或跳过这一行继续读下面的行。',
      },
    ])
  })

  it('stops at the note row when the user says stop, the rows below named in a warning', async () => {
    const s = await tableOf(signedThenMore, rosterFields, { afterNote: 'stop' })
    expect(values(s.table!.rows, 'staffNo')).toEqual(['S1', 'S2', 'S3'])
    expect(s.problems.map((p) => [p.severity, p.sheet, p.row, p.message])).toEqual([
      ['warning', 'Sheet1', 8, '“制表人：张三”是说明或签字栏，按所选读到这一行为止：下面 2 行像是数据的内容未导入。'],
    ])
  })

  it('reads on past the note row when the user says so, skipping each note line', async () => {
    const s = await tableOf(signedThenMore, rosterFields, { afterNote: 'read' })
    expect(values(s.table!.rows, 'staffNo')).toEqual(['S1', 'S2', 'S3', 'S9', 'S10'])
    expect(s.problems.map((p) => [p.severity, p.row])).toEqual([['warning', 8]])
    expect(s.problems[0].message).toContain('已跳过')
    // the last line, a signature with nothing below it, still ends the table quietly
    expect(s.notes.join()).toContain('第 11 行起')
  })

  it('a 注 row between two blocks of data: every row of the second block counted, and read when chosen', async () => {
    const block = (from: number, n: number) => Array.from({ length: n }, (_, i) => [`S${from + i}`, `人${from + i}`, '党政办'])
    const build = (wb: ExcelJS.Workbook) => addSheet(wb, '名册', [['工号', '姓名', '部门'], ...block(1, 40), ['注：以下为借调人员'], ...block(41, 12)])
    const asked = await tableOf(build)
    expect(asked.table!.rows).toHaveLength(40)
    expect(asked.noteRow).toEqual({ sheet: '名册', row: 42, following: 12 })
    expect(asked.problems.map((p) => [p.severity, p.sheet, p.row])).toEqual([['error', '名册', 42]])
    expect(asked.problems[0].message).toContain('下面还有 12 行像是数据')
    const read = await tableOf(build, rosterFields, { afterNote: 'read' })
    expect(read.table!.rows).toHaveLength(52)
    expect(values(read.table!.rows, 'staffNo').slice(-1)).toEqual(['S52'])
  })

  it('stops at 注： and 说明 lines, and at a trailing date line after blank rows', async () => {
    for (const tail of [['注：分数为百分制'], ['说明：本表由人事科填写'], ['备注：无'], ['2025年4月3日']]) {
      const s = await tableOf((wb) => addSheet(wb, 'Sheet1', [['工号', '姓名', '部门'], ['S1', '甲', '党政办'], [], tail]))
      expect(values(s.table!.rows, 'staffNo')).toEqual(['S1'])
    }
  })

  it('keeps a sparse row after a gap when more data follows it (its gaps are then reported)', async () => {
    const s = await tableOf((wb) =>
      addSheet(wb, 'Sheet1', [['工号', '姓名', '部门'], ['S1', '甲', '党政办'], [], ['S2'], ['S3', '丙', '财政所'], [], ['制表人：张三']]),
    )
    expect(values(s.table!.rows, 'staffNo')).toEqual(['S1', 'S2', 'S3'])
  })

  it('flags error cells and formulas without a saved result in mapped columns: an error in a required one, saying it blocks', async () => {
    const s = await tableOf(
      (wb) => {
        const ws = addSheet(wb, '评分', [['工号', '指标编码', '评价主体', '分数'], ['S1', 'D1', '领导', null], ['S2', 'D1', '领导', null]])
        ws.getCell('D2').value = { error: '#N/A' }
        ws.getCell('D3').value = { formula: 'AVERAGE(E3:F3)' }
      },
      ratingsLongFields,
    )
    expect(s.problems.map((p) => [p.row, p.column, p.severity])).toEqual([
      [2, 'D', 'error'],
      [3, 'D', 'error'],
    ])
    expect(s.problems[0].message).toBe('单元格是错误值 #N/A，读不出这一项的值；请在 Excel/WPS 中改正后再导入')
    expect(s.problems[1].message).toBe('公式 =AVERAGE(E3:F3) 没有保存计算结果，请在 Excel/WPS 中打开、重新计算并保存后再导入')
    expect([...s.table!.rows[0].flagged]).toEqual(['score'])
  })

  it('an error value in an optional column is a warning that says the cell is imported as blank', async () => {
    const s = await tableOf((wb) => {
      const ws = addSheet(wb, '名册', [['工号', '姓名', '部门', '联系电话'], ['S1', '甲', '党政办', null]])
      ws.getCell('D2').value = { error: '#REF!' }
    })
    expect(s.problems).toEqual([
      { severity: 'warning', sheet: '名册', row: 2, column: 'D', columnName: '联系电话', message: '单元格是错误值 #REF!，按空白导入' },
    ])
  })
})

describe('sheets and missing headers', () => {
  it('picks the sheet whose header matches best; notes hidden and empty sheets', async () => {
    const s = await tableOf((wb) => {
      addSheet(wb, '说明', [['本表用于导入人员名册']])
      wb.addWorksheet('空表')
      const h = addSheet(wb, '旧名册', [['工号', '姓名', '部门'], ['S0', '旧', '旧部门']])
      h.state = 'hidden'
      addSheet(wb, '名册', [['工号', '姓名', '部门', '岗位类别'], ['S1', '甲', '党政办', '综合管理']])
    })
    expect(s.table?.sheet).toBe('名册')
    expect(s.sheets).toEqual([
      { name: '说明', used: false, note: '未找到所需的表头，已忽略' },
      { name: '空表', used: false, note: '空白工作表，已忽略' },
      { name: '旧名册', used: false, note: '隐藏的工作表，已忽略' },
      { name: '名册', used: true, note: '使用此工作表（表头在第 1 行）' },
    ])
  })

  it('names the sheet and each missing required header', async () => {
    const s = await tableOf((wb) => addSheet(wb, '人员', [['工号', '岗位类别'], ['S1', '综合管理']]))
    // the sheet and the header row are the problem's own; the words say what is missing, once
    expect(s.problems.map(shownProblem)).toEqual(['第 1 行：缺少必填列“姓名”（也可写作：人员姓名、被考核人、被考核人姓名、被评价人、被测评人）。', '第 1 行：缺少必填列“部门”（也可写作：科室、处室、所在部门）。'])
    expect(s.problems.every((p) => p.sheet === '人员' && p.severity === 'error')).toBe(true)
  })

  it('accepts 指标名称 in place of 指标编码, and asks for one of them when both are missing', async () => {
    const byName = await tableOf((wb) => addSheet(wb, 'a', [['工号', '指标名称', '评价主体', '得分'], ['S1', '政治素质', '领导', 90]]), ratingsLongFields)
    expect(byName.problems).toEqual([])
    const neither = await tableOf((wb) => addSheet(wb, 'a', [['工号', '评价主体', '评分'], ['S1', '领导', 90]]), ratingsLongFields)
    expect(neither.problems.map((p) => [p.sheet, shownProblem(p)])).toEqual([['a', '第 1 行：缺少必填列：“指标编码”或“指标名称”至少要有一列。']])
  })

  it('says so when no sheet has the template at all', async () => {
    const s = await tableOf((wb) => addSheet(wb, 'Data', [['Name', 'Score'], ['x', 1]]), schemeFields)
    expect(s.table).toBeNull()
    expect(s.problems[0].message).toBe('找不到可导入的表格：没有一张工作表含有所需的表头（“编码”、“名称”、“权重”）。')
  })
})
