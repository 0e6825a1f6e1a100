import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Credential } from '../../electron/core/context'
import type { BallotRow, InputList, MeasureRow, SatisfactionRow } from '../../shared/contract'
import type { PersonExplanation } from '../../shared/contract/explain'
import { signInAs } from '../support/accounts'
import { importBackend, type ImportBackend } from '../support/import-backend'
import { addSheet, asFile, xlsxBytes } from '../support/import-workbooks'
import { fixtureFile } from '../support/temp-dir'
import { inputCounts, inputsBackend } from './inputs-setup'

/**
 * The ratings screen's tabs read satisfaction, ballots and measured values as stored: each row with
 * its person (or whole department), item, figures and the import it came from, and the imports
 * themselves. A 部门领导 limited to 办公室 sees 办公室's rows only; an 安全审计员 is refused.
 */
describe('the imported inputs listed per kind, within the caller’s departments', () => {
  let k: ImportBackend
  let officeLeader: Credential
  beforeAll(async () => {
    k = await inputsBackend('input-lists')
    const ballots = await xlsxBytes((wb) =>
      addSheet(wb, '民主测评', [
        ['工号', '姓名', '优秀', '称职', '基本称职', '不称职', '不了解'],
        ['S001', '张三', 10, 8, 2, 0, 1],
        ['00123', '王五', 1, 1, 0, 1, 5],
      ]),
    )
    await k.ok('ballots-import', { period: '2025-Q1', file: asFile('测评汇总.xlsx', ballots) })
    const csv = '部门,工号,满意,基本满意,不满意,满意率\r\n,00123,30,8,2,\r\n,S004,,,,85%\r\n政务服务中心/窗口一科,,,,,0.9\r\n办公室,,,,,95\r\n'
    await k.ok('satisfaction-import', { period: '2025-Q1', file: asFile('满意度.csv', Buffer.from(csv, 'utf8')) })
    const measures = await xlsxBytes((wb) => addSheet(wb, '实际值', [['工号', '指标编码', '实际值'], ['S001', 'J1', 45], ['S002', 'J2', 3], ['S004', 'J1', 60]]))
    await k.ok('measures-import', { period: '2025-Q1', file: asFile('完成值.xlsx', measures) })
    officeLeader = await signInAs(k.backend.dispatcher, 'leader', { departments: ['办公室'] })
  })
  afterAll(async () => k.close())

  const as = async <T>(who: Credential, method: string): Promise<T> => {
    const out = await k.backend.dispatcher.call(who, method, { period: '2025-Q1' })
    if (!out.ok) throw new Error(`${method}: ${out.error.code} ${out.error.message}`)
    return out.result as T
  }

  it('lists the ballots with their votes, the file and the import they came from', async () => {
    const list = await k.ok<InputList<BallotRow>>('inputs-ballots', { period: '2025-Q1' })
    expect(list.rows.map((r) => [r.staffNo, r.name, r.department, r.indicatorCode, r.indicatorName, r.excellent, r.competent, r.basic, r.incompetent, r.unknown, r.fileName, r.sourceRow])).toEqual([
      ['S001', '张三', '办公室', 'D2', '民主测评', 10, 8, 2, 0, 1, '测评汇总.xlsx', 2],
      ['00123', '王五', '窗口一科', 'D2', '民主测评', 1, 1, 0, 1, 5, '测评汇总.xlsx', 3],
    ])
    expect(list.batches).toHaveLength(1)
    expect(list.batches[0]).toMatchObject({ fileName: '测评汇总.xlsx', importedBy: 'clerk', rows: 2, id: list.rows[0].batchId })
    expect(list.batches[0].importedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  })

  it('lists satisfaction for people and for whole departments, counts or rates as imported', async () => {
    const list = await k.ok<InputList<SatisfactionRow>>('inputs-satisfaction', { period: '2025-Q1' })
    expect(list.rows.map((r) => [r.staffNo, r.department, r.indicatorCode, r.satisfied, r.basic, r.dissatisfied, r.rate])).toEqual([
      ['00123', '窗口一科', 'J3', 30, 8, 2, null],
      ['S004', '窗口一科', 'J3', null, null, null, 0.85],
      [null, '政务服务中心/窗口一科', 'J3', null, null, null, 0.9],
      [null, '办公室', 'J3', null, null, null, 0.95],
    ])
    expect(list.batches.map((b) => [b.fileName, b.rows])).toEqual([['满意度.csv', 4]])
  })

  it('lists the measured values of the 目标 items', async () => {
    const list = await k.ok<InputList<MeasureRow>>('inputs-measures', { period: '2025-Q1' })
    expect(list.rows.map((r) => [r.staffNo, r.indicatorCode, r.indicatorName, r.actual])).toEqual([
      ['S001', 'J1', '办件量', 45],
      ['S002', 'J2', '投诉次数', 3],
      ['S004', 'J1', '办件量', 60],
    ])
  })

  it('gives a 部门领导 of 办公室 only 办公室’s rows and imports, and the same counts the clerk sees for them', async () => {
    const ballots = await as<InputList<BallotRow>>(officeLeader, 'inputs-ballots')
    expect(ballots.rows.map((r) => r.staffNo)).toEqual(['S001'])
    expect(ballots.batches.map((b) => b.rows)).toEqual([1])
    const satisfaction = await as<InputList<SatisfactionRow>>(officeLeader, 'inputs-satisfaction')
    expect(satisfaction.rows.map((r) => [r.staffNo, r.department])).toEqual([[null, '办公室']])
    const measures = await as<InputList<MeasureRow>>(officeLeader, 'inputs-measures')
    expect(measures.rows.map((r) => r.staffNo)).toEqual(['S001', 'S002'])
    // the whole unit's summary is not answered in part: refused to a limited account
    const summary = await k.backend.dispatcher.call(officeLeader, 'inputs-summary', { period: '2025-Q1' })
    expect(summary.ok).toBe(false)
  })

  it('refuses the lists to an 安全审计员 and an unknown period with words, and changes nothing by reading', async () => {
    const auditor = await signInAs(k.backend.dispatcher, 'auditor')
    // a refusal is itself audited; the inputs stay as they were
    const { audit_log: _audited, ...before } = await inputCounts(k)
    const refused = await k.backend.dispatcher.call(auditor, 'inputs-satisfaction', { period: '2025-Q1' })
    expect(refused.ok ? null : refused.error.code).toBe('forbidden')
    const missing = await k.refused('inputs-ballots', { period: '2030-Q9' })
    expect(missing.code).toBe('not-found')
    expect(missing.message).toContain('2030-Q9')
    const { audit_log: _after, ...after } = await inputCounts(k)
    expect(after).toEqual(before)
  })
})

describe('the explanation counts the inputs it was scored from', () => {
  it('shows the fixture’s 88 satisfaction responses for 姚阳勇 (79 + 7 + 2), as 群众 and in the count line', async () => {
    const k = await importBackend('explain-counts')
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
      await k.ok('satisfaction-import', { period: '2025-Q1', file: fixtureFile('satisfaction-2025-Q1.gbk.csv') })
      const listed = await k.ok<InputList<SatisfactionRow>>('inputs-satisfaction', { period: '2025-Q1' })
      expect(listed.rows.map((r) => [r.staffNo, r.name, r.satisfied, r.basic, r.dissatisfied])).toEqual([
        ['S025', '姚阳勇', 79, 7, 2],
        ['S026', '汪建健', 90, 14, 4],
        ['S027', '谭健莉', 41, 10, 1],
        ['S028', '郝鹏平', 81, 3, 1],
        ['S029', '谢鹏', 47, 8, 3],
        ['S030', '李冬华', 55, 9, 4],
      ])
      await k.ok('results-compute', { period: '2025-Q1' })
      const e = await k.ok<PersonExplanation>('results-explain', { period: '2025-Q1', staffNo: 'S025' })
      expect(e.inputCounts).toEqual({ satisfaction: 88, ballots: 0, measures: 0 })
      const j3 = e.indicators.find((i) => i.code === 'J3')
      expect(j3?.roles.find((r) => r.role === '群众')).toMatchObject({ count: 88, fromSatisfaction: true })
      // 88 responses are not 88 ratings: nothing says the highest and lowest were dropped
      expect(j3?.inputs.some((line) => line.includes('去掉'))).toBe(false)
      // (79×100 + 7×60) / 88 = 94.55
      expect(j3?.score).toBeCloseTo(94.545, 2)
    } finally {
      await k.close()
    }
  })
})
