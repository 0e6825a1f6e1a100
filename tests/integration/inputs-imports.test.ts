import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportPreview, ImportResult, InputsSummary } from '../../shared/contract'
import { fixtureFile } from '../support/temp-dir'
import { importBackend } from '../support/import-backend'
import type { ImportBackend } from '../support/import-backend'
import { addSheet, asFile, xlsxBytes } from '../support/import-workbooks'
import { errorsOf, inputCounts, inputsBackend } from './inputs-setup'
import { shownProblem } from '../support/shown-problem'

describe('ballots, citizen satisfaction and measured values through the real dispatch', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await inputsBackend('inputs')
  })
  afterAll(async () => k.close())

  // built once: exceljs stamps the write time, so two builds a second apart are different files
  // and the second would not be recognised as the same file imported again
  let ballotBytes: Promise<Buffer> | null = null
  const ballots = () =>
    (ballotBytes ??= xlsxBytes((wb) =>
      addSheet(
        wb,
        '民主测评',
        [
          ['2025年第一季度民主测评汇总表'],
          [],
          ['工 号', '姓名', '优秀', '称职', '基本称职', '不称职', '不了解'],
          ['S001', '张三', 10, 8, 2, 0, 1],
          [123, '王五', '１', '1', null, 1, 5],
          ['制表人：刘'],
        ],
        ['A1:G1'],
      ),
    ))

  it('previews ballots with the converted score per person, then stores the vote counts for the 票决 item', async () => {
    const file = asFile('ballots.xlsx', await ballots())
    const before = await inputCounts(k)
    const preview = await k.ok<ImportPreview>('ballots-import-preview', { period: '2025-Q1', file })
    expect(preview).toMatchObject({ ok: true, headerRow: 3, dataRows: 2, adds: 2 })
    expect(preview.notes).toContain('数据计入指标“D2 民主测评”。')
    // (10×95 + 8×85 + 2×75) / 20 = 89; (95 + 85 + 65) / 3 = 81.67, the 5 不了解 left out
    expect(preview.sample.map((s) => [s['工号'], s['折算得分']])).toEqual([
      ['S001', 89],
      ['00123', 81.67],
    ])
    expect(await inputCounts(k)).toEqual(before)
    const result = await k.ok<ImportResult>('ballots-import', { period: '2025-Q1', file })
    expect(result.written).toBe(2)
    const rows = await k.db.selectFrom('ballots').innerJoin('people', 'people.id', 'ballots.person_id').select(['people.staff_no', 'excellent', 'competent', 'basic', 'incompetent', 'unknown', 'source_row']).orderBy('source_row').execute()
    expect(rows).toEqual([
      { staff_no: 'S001', excellent: 10, competent: 8, basic: 2, incompetent: 0, unknown: 1, source_row: 4 },
      { staff_no: '00123', excellent: 1, competent: 1, basic: 0, incompetent: 1, unknown: 5, source_row: 5 },
    ])
  })

  it('offers the same ballot file again as a replacement: refused without replace, replaced with it, the old rows in the audit', async () => {
    const file = asFile('ballots.xlsx', await ballots())
    const preview = await k.ok<ImportPreview>('ballots-import-preview', { period: '2025-Q1', file })
    expect(preview.ok).toBe(true)
    expect(preview.notes.find((n) => n.startsWith('此文件已于'))).toMatch(/^此文件已于 \d{4}-\d{2}-\d{2} 导入（第 \d+ 批，2 行，“ballots.xlsx”）；再次导入将替换该批数据。$/)
    const before = await inputCounts(k)
    const err = await k.refused('ballots-import', { period: '2025-Q1', file })
    expect(err.code).toBe('conflict')
    expect(await inputCounts(k)).toEqual(before)
    const old = await k.db.selectFrom('import_batches').select('id').where('kind', '=', 'ballots').executeTakeFirstOrThrow()
    const result = await k.ok<ImportResult>('ballots-import', { period: '2025-Q1', file, replace: true })
    expect(result.written).toBe(2)
    const after = await inputCounts(k)
    expect(after).toMatchObject({ import_batches: before.import_batches, ballots: 2 })
    const audit = await k.db.selectFrom('audit_log').selectAll().where('method', '=', 'ballots-import').orderBy('id', 'desc').executeTakeFirstOrThrow()
    const removed = JSON.parse(audit.before!) as { batch: { id: number }; rows: { ballots: { excellent: number }[] } }
    expect(removed.batch.id).toBe(old.id)
    expect(removed.rows.ballots.map((b) => b.excellent)).toEqual([10, 1])
    expect(JSON.parse(audit.after!)).toMatchObject({ kind: 'ballots', rows: 2, replaces: old.id })
  })

  it('refuses bad vote counts with located messages and writes nothing', async () => {
    const bytes = await xlsxBytes((wb) =>
      addSheet(wb, '测评', [
        ['工号', '优秀', '称职', '基本称职', '不称职'],
        ['S002', -1, 3, 0, 0],
        ['S004', 2.5, 3, 0, 0],
        ['S999', 1, 1, 1, 1],
        ['S002', '三', 1, 0, 0],
      ]),
    )
    const before = await inputCounts(k)
    const err = await k.refused('ballots-import', { period: '2025-Q1', file: asFile('bad-ballots.xlsx', bytes) })
    expect(err.code).toBe('bad-file')
    expect(err.problems?.map(shownProblem)).toEqual([
      '第 2 行“优秀”列（B 列）：“-1”不是票数（应为不小于 0 的整数）',
      '第 3 行“优秀”列（B 列）：“2.5”不是票数（应为不小于 0 的整数）',
      '第 4 行“工号”列（A 列）：工号“S999”在人员名册中不存在',
      '第 5 行“优秀”列（B 列）：“三”不是票数（应为不小于 0 的整数）',
    ])
    expect(await inputCounts(k)).toEqual(before)
  })

  it('imports satisfaction by person and by department, as counts or a rate in any spelling', async () => {
    const csv = '部门,工号,满意,基本满意,不满意,满意率\r\n,00123,30,8,2,\r\n,S004,,,,85%\r\n政务服务中心/窗口一科,,,,,0.9\r\n办公室,,,,,95\r\n'
    const file = asFile('sat.csv', Buffer.from(csv, 'utf8'))
    const preview = await k.ok<ImportPreview>('satisfaction-import-preview', { period: '2025-Q1', file })
    expect(errorsOf(preview)).toEqual([])
    // (30×100 + 8×60) / 40 = 87; 85% → 85
    expect(preview.sample.map((s) => s['折算得分'])).toEqual([87, 85, 90, 95])
    await k.ok('satisfaction-import', { period: '2025-Q1', file })
    const rows = await k.db.selectFrom('satisfaction').leftJoin('people', 'people.id', 'satisfaction.person_id').leftJoin('departments', 'departments.id', 'satisfaction.department_id').select(['people.staff_no', 'departments.path', 'satisfied', 'basic', 'dissatisfied', 'rate']).orderBy('source_row').execute()
    expect(rows).toEqual([
      { staff_no: '00123', path: null, satisfied: 30, basic: 8, dissatisfied: 2, rate: null },
      { staff_no: 'S004', path: null, satisfied: null, basic: null, dissatisfied: null, rate: 0.85 },
      { staff_no: null, path: '政务服务中心/窗口一科', satisfied: null, basic: null, dissatisfied: null, rate: 0.9 },
      { staff_no: null, path: '办公室', satisfied: null, basic: null, dissatisfied: null, rate: 0.95 },
    ])
  })

  it('imports measured values for 目标 items only, previewing the target score', async () => {
    const bytes = await xlsxBytes((wb) =>
      addSheet(wb, '实际值', [
        ['工号', '姓名', '指标名称', '实际完成'],
        ['S001', '张三', '办件量', 45],
        ['S001', '张三', '投诉次数', '5'],
        ['S002', '李四', '业务能力', 90],
      ]),
    )
    const file = asFile('measures.xlsx', bytes)
    const before = await inputCounts(k)
    const err = await k.refused('measures-import', { period: '2025-Q1', file })
    expect(err.problems?.map(shownProblem)).toEqual(['第 4 行“指标名称”列（C 列）：指标“N1 业务能力”的计分方式是“评分”，不是“目标”，不能导入实际值'])
    expect(await inputCounts(k)).toEqual(before)
    const good = asFile('measures-ok.xlsx', await xlsxBytes((wb) => addSheet(wb, '实际值', [['工号', '指标编码', '实际值'], ['S001', 'J1', 45], ['S001', 'j2', '５']])))
    const preview = await k.ok<ImportPreview>('measures-import-preview', { period: '2025-Q1', file: good })
    // 45 / 50 = 90; lower is better: 4 / 5 = 80
    expect(preview.sample.map((s) => [s['指标编码'], s['实际值'], s['折算得分']])).toEqual([
      ['J1', 45, 90],
      ['J2', 5, 80],
    ])
    await k.ok('measures-import', { period: '2025-Q1', file: good })
    const rows = await k.db.selectFrom('measures').innerJoin('indicators', 'indicators.id', 'measures.indicator_id').select(['indicators.code', 'actual']).orderBy('source_row').execute()
    expect(rows).toEqual([
      { code: 'J1', actual: 45 },
      { code: 'J2', actual: 5 },
    ])
  })

  it('sums the inputs per kind and per person', async () => {
    const s = await k.ok<InputsSummary>('inputs-summary', { period: '2025-Q1' })
    expect(s.totals).toEqual({ ratings: 0, ballots: 2, satisfaction: 4, measures: 2 })
    expect(s.departmentSatisfaction).toBe(2)
    expect(s.people.find((p) => p.staffNo === 'S001')).toMatchObject({ ballots: 1, measures: 2, satisfaction: 0 })
  })

  it('refuses ballots for a scheme without a 票决 item only when asked for another, and any input after approval', async () => {
    const err = await k.refused('ballots-import-preview', { period: '2025-Q1', file: asFile('b.xlsx', await ballots()), indicator: 'N1' })
    expect(err).toMatchObject({ code: 'invalid-input', message: '指标“N1 业务能力”不能接收民主测评票数（计分方式“票决”）；可选：D2 民主测评' })
    await k.db.updateTable('periods').set({ status: 'approved' }).where('id', '=', '2025-Q1').execute()
    const frozen = await k.refused('measures-import-preview', { period: '2025-Q1', file: asFile('b.xlsx', await ballots()) })
    expect(frozen.code).toBe('frozen')
    await k.db.updateTable('periods').set({ status: 'draft' }).where('id', '=', '2025-Q1').execute()
  })
})

describe('the real GBK satisfaction CSV', () => {
  it('reads right against the fixture roster and stores each row for the 满意度 item', async () => {
    const k = await importBackend('gbk')
    try {
      await k.ok('roster-import', { file: fixtureFile('roster.xlsx') })
      const scheme = await xlsxBytes((wb) =>
        addSheet(wb, '体系', [
          ['编码', '名称', '上级编码', '权重', '计分方式'],
          ['D', '德', null, 50, '评分'],
          ['D1', '政治品质', 'D', 100, '评分'],
          ['J', '绩', null, 50, '评分'],
          ['J3', '群众满意度', 'J', 100, '评分'],
        ]),
      )
      await k.ok('scheme-import', { file: asFile('s.xlsx', scheme), name: '满意度体系' })
      await k.ok('period-create', { id: '2025-Q1', kind: 'quarter', scheme: '满意度体系' })
      const file = fixtureFile('satisfaction-2025-Q1.gbk.csv')
      const preview = await k.ok<ImportPreview>('satisfaction-import-preview', { period: '2025-Q1', file })
      expect(errorsOf(preview)).toEqual([])
      expect(preview.columns.map((c) => c.header)).toEqual(['工号', '姓名', '满意', '基本满意', '不满意'])
      // S025 姚阳勇 79/7/2: (79×100 + 7×60) / 88 = 8320 / 88 = 94.55
      expect(preview.sample[0]).toMatchObject({ 工号: 'S025', 姓名: '姚阳勇', '满意/基本满意/不满意': '79/7/2', 折算得分: 94.55 })
      const result = await k.ok<ImportResult>('satisfaction-import', { period: '2025-Q1', file })
      expect(result.written).toBe(preview.dataRows)
      const first = await k.db.selectFrom('satisfaction').selectAll().where('source_row', '=', 2).executeTakeFirstOrThrow()
      expect(first).toMatchObject({ satisfied: 79, basic: 7, dissatisfied: 2, rate: null })
    } finally {
      await k.close()
    }
  })
})
