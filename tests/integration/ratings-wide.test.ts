import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportResult, RatingsPreview } from '../../shared/contract'
import type { ImportBackend } from '../support/import-backend'
import { addSheet, asFile, xlsxBytes } from '../support/import-workbooks'
import { errorsOf, inputCounts, inputsBackend, warningsOf } from './inputs-setup'
import { shownProblem } from '../support/shown-problem'

type Stored = { staff_no: string; code: string; role: string; rater: string | null; score: number; source_row: number | null }

describe('ratings, wide layout (评分表), auto-detected', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await inputsBackend('wide')
  })
  afterAll(async () => k.close())

  const stored = async (batchId: number): Promise<Stored[]> =>
    k.db
      .selectFrom('ratings')
      .innerJoin('people', 'people.id', 'ratings.person_id')
      .innerJoin('indicators', 'indicators.id', 'ratings.indicator_id')
      .select(['people.staff_no', 'indicators.code', 'ratings.role', 'ratings.rater', 'ratings.score', 'ratings.source_row'])
      .where('ratings.batch_id', '=', batchId)
      .orderBy('ratings.id')
      .execute()

  /** The messy one: title, two-row header grouping under 德/能, names and codes, merged departments, notes. */
  const messy = () =>
    xlsxBytes((wb) => {
      const leaders = addSheet(
        wb,
        '领导评价',
        [
          ['2025年第一季度平时考核评分表'],
          [],
          ['部门', '工　号', ' 姓名 ', '德', '德', '能', '绩', '填表日期'],
          ['部门', '工　号', ' 姓名 ', '政治品质', 'D2', 'Ｎ１', 'J3', '填表日期'],
          ['办公室', 'S001', '张三', 90, null, '８５', null, new Date(Date.UTC(2025, 2, 31))],
          [null, 'S002', '李 四', '88', null, '85%', null, '2025-03-31'],
          ['政务服务中心/窗口一科', 123, '王五', { formula: 'F5+1', result: 91 } as never, null, 80, 95, 45747],
          [],
          ['制表人：刘', null, '审核人：陈'],
        ],
        ['A1:H1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:E3', 'H3:H4', 'A5:A6'],
      )
      leaders.getCell('A1').value = '2025年第一季度平时考核评分表'
      const peers = addSheet(wb, '第二页', [
        ['评价主体：同事'],
        ['工号', 'N1', 'D1', '评价人'],
        ['S001', 80, 82, 'P01'],
        ['S001', 84, null, 'P02'],
      ])
      peers.state = 'visible'
      addSheet(wb, '个人自评', [
        ['工号', '评价主体', 'D1'],
        ['S002', '本人', 95],
      ])
      const hidden = addSheet(wb, '隐藏', [['工号', 'D1'], ['S001', 1]])
      hidden.state = 'hidden'
      wb.addWorksheet('空白')
    })

  it('reads every role sheet of a messy wide workbook and stores exactly the filled cells', async () => {
    const file = asFile('wide.xlsx', await messy())
    const before = await inputCounts(k)
    const preview = await k.ok<RatingsPreview>('ratings-import-preview', { period: '2025-Q1', file })
    expect(errorsOf(preview)).toEqual([])
    expect(preview.layout).toBe('wide')
    expect(preview.notes).toEqual(
      expect.arrayContaining([
        '识别为评分表：每行一人，每列一个指标（4 个指标列）。',
        '工作表“领导评价”：评价主体为“领导”（取自工作表名称），读取 3 行。',
        '工作表“第二页”：评价主体为“互评”（取自表头上方的“评价主体”），读取 2 行。',
        '工作表“个人自评”：评价主体为“自评”（取自“评价主体”列），读取 1 行。',
        '数据区的合并单元格已按所跨的每一行填充（如一个部门名称跨多人）。',
        '有 6 个空白单元格视为未评分。',
        '第 9 行起是表格下方的说明或签字栏，已忽略。',
        '有 1 个工号在文件中丢失了前导零，已按名册补齐后匹配（如 123 → 00123）。',
      ]),
    )
    expect(preview.sheets).toEqual([
      { name: '领导评价', used: true, note: '使用此工作表（表头在第 4 行）' },
      { name: '第二页', used: true, note: '使用此工作表（表头在第 2 行）' },
      { name: '个人自评', used: true, note: '使用此工作表（表头在第 1 行）' },
      { name: '隐藏', used: false, note: '隐藏的工作表，已忽略' },
      { name: '空白', used: false, note: '空白工作表，已忽略' },
    ])
    // J3 applies to window posts only: 王五 keeps it; nobody else rated it
    expect(warningsOf(preview)).toEqual([])
    expect(await inputCounts(k)).toEqual(before)
    const result = await k.ok<ImportResult>('ratings-import', { period: '2025-Q1', file })
    expect(await stored(result.batchId!)).toEqual([
      { staff_no: 'S001', code: 'D1', role: '领导', rater: null, score: 90, source_row: 5 },
      { staff_no: 'S001', code: 'N1', role: '领导', rater: null, score: 85, source_row: 5 },
      { staff_no: 'S002', code: 'D1', role: '领导', rater: null, score: 88, source_row: 6 },
      { staff_no: 'S002', code: 'N1', role: '领导', rater: null, score: 85, source_row: 6 },
      { staff_no: '00123', code: 'D1', role: '领导', rater: null, score: 91, source_row: 7 },
      { staff_no: '00123', code: 'N1', role: '领导', rater: null, score: 80, source_row: 7 },
      { staff_no: '00123', code: 'J3', role: '领导', rater: null, score: 95, source_row: 7 },
      { staff_no: 'S001', code: 'N1', role: '互评', rater: 'P01', score: 80, source_row: 3 },
      { staff_no: 'S001', code: 'D1', role: '互评', rater: 'P01', score: 82, source_row: 3 },
      { staff_no: 'S001', code: 'N1', role: '互评', rater: 'P02', score: 84, source_row: 4 },
      { staff_no: 'S002', code: 'D1', role: '自评', rater: null, score: 95, source_row: 2 },
    ])
    const batch = await k.db.selectFrom('import_batches').selectAll().where('id', '=', result.batchId!).executeTakeFirstOrThrow()
    expect(batch).toMatchObject({ kind: 'ratings', rows: 11 })
  })

  it('still reads the long layout and says so', async () => {
    const bytes = await xlsxBytes((wb) => addSheet(wb, '明细', [['工号', '指标编码', '评价主体', '评价人', '分数'], ['S004', 'D1', '领导', 'L9', 77]]))
    const preview = await k.ok<RatingsPreview>('ratings-import-preview', { period: '2025-Q1', file: asFile('long.xlsx', bytes) })
    expect(preview).toMatchObject({ layout: 'long', ok: true, adds: 1 })
    expect(preview.notes).toContain('识别为评分明细：每行一个分数。')
  })

  it('locates every bad cell of a wide sheet and writes nothing', async () => {
    const bytes = await xlsxBytes((wb) => {
      addSheet(wb, '同事互评', [
        ['工号', '姓名', '评价人', 'D1', 'N1', 'J3'],
        ['S999', '无名', 'P1', 80, 80, null],
        ['S002', '李四', 'P1', '优', 101, null],
        ['S002', '李四', 'P1', 70, null, 90],
        ['S002', '李四', 'P1', 75, null, null],
        ['S004', '赵六', 'P1', { formula: 'D2*1' } as never, 60, null],
      ])
      addSheet(wb, '考核表', [['工号', '评价主体', 'D1'], ['S001', '路人', 80]])
    })
    const before = await inputCounts(k)
    const err = await k.refused('ratings-import', { period: '2025-Q1', file: asFile('bad-wide.xlsx', bytes) })
    expect(err.code).toBe('bad-file')
    const messages = err.problems!.map((p) => `${p.severity} ${p.sheet} ${p.row}${p.column ?? ''}: ${shownProblem(p)}`)
    expect(messages).toEqual([
      'error 同事互评 2A: 第 2 行“工号”列（A 列）：工号“S999”在人员名册中不存在',
      'error 考核表 2B: 第 2 行“评价主体”列（B 列）：评价主体“路人”无法识别，可填：领导、互评、自评、群众',
      'error 同事互评 3D: 第 3 行“D1”列（D 列）：“优”不是数字',
      'error 同事互评 3E: 第 3 行“N1”列（E 列）：分数 101 超出 0–100',
      'warning 同事互评 4F: 第 4 行“J3”列（F 列）：指标“J3 群众满意度”只适用于 窗口服务，不适用于 李四（综合管理，办公室），本行跳过',
      'error 同事互评 5D: 第 5 行“D1”列（D 列）：与第 4 行重复（同一人、同一指标、同一评价主体和评价人）',
      'error 同事互评 6D: 第 6 行“D1”列（D 列）：公式 =D2*1 没有保存计算结果，请在 Excel/WPS 中打开、重新计算并保存后再导入',
    ])
    expect(await inputCounts(k)).toEqual(before)
  })

  it('refuses a wide sheet whose rater role cannot be told', async () => {
    const bytes = await xlsxBytes((wb) => addSheet(wb, 'Sheet1', [['工号', 'D1', 'N1'], ['S001', 80, 81]]))
    const preview = await k.ok<RatingsPreview>('ratings-import-preview', { period: '2025-Q1', file: asFile('norole.xlsx', bytes) })
    expect(preview.layout).toBe('wide')
    expect(errorsOf(preview)).toEqual([
      '无法确定评价主体：请加“评价主体”列，或以“领导评价”“同事互评”“个人自评”等命名工作表，或在表头上方写“评价主体：领导”',
    ])
  })
})
