import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PeriodResults } from '../../shared/contract'
import type { ImportBackend } from '../support/import-backend'
import { addSheet, asFile, xlsxBytes } from '../support/import-workbooks'
import { inputsBackend } from './inputs-setup'

/**
 * The hard inputs through the real importers into the computation (scheme of inputs-setup: 德 D1 评分
 * 60 % + D2 票决 40 %; 绩 J1 目标 ≥50 40 %, J2 目标 ≤4 20 %, J3 群众满意度 40 % for 窗口服务 only; every
 * dimension 20 %). Nobody has ratings, so only the dimensions the inputs reach count, rescaled.
 */
describe('ballots, satisfaction and measures imported are scored in results-compute', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await inputsBackend('inputs-compute')
    const ballots = await xlsxBytes((wb) => addSheet(wb, '民主测评', [['工号', '姓名', '优秀', '称职', '基本称职', '不称职', '不了解'], ['S001', '张三', 10, 8, 2, 0, 1], ['00123', '王五', 1, 1, 0, 1, 5]]))
    await k.ok('ballots-import', { period: '2025-Q1', file: asFile('ballots.xlsx', ballots) })
    const measures = await xlsxBytes((wb) => addSheet(wb, '实际值', [['工号', '指标编码', '实际值'], ['S001', 'J1', 45], ['S001', 'J2', 5]]))
    await k.ok('measures-import', { period: '2025-Q1', file: asFile('measures.xlsx', measures) })
    const satisfaction = await xlsxBytes((wb) => addSheet(wb, '满意度', [['工号', '姓名', '满意', '基本满意', '不满意'], ['00123', '王五', 8, 1, 1]]))
    await k.ok('satisfaction-import', { period: '2025-Q1', file: asFile('satisfaction.xlsx', satisfaction), indicator: 'J3' })
  })
  afterAll(async () => k.close())

  it('gives the hand-computed dimension scores and totals', async () => {
    const r = await k.ok<PeriodResults>('results-compute', { period: '2025-Q1' })
    const row = (staffNo: string) => r.rows.find((x) => x.staffNo === staffNo)
    // 张三: D = D2 alone = (10×95 + 8×85 + 2×75)/20 = 1780/20 = 89 (不了解 left out, D1 unrated)
    //       J = (0.4 × 45/50×100 + 0.2 × 4/5×100) / 0.6 = (36 + 16)/0.6 = 86.6667 (J3 is not his)
    //       total = (0.2 × 89 + 0.2 × 86.6667)/0.4 = 87.8333 → 87.83
    expect(row('S001')).toMatchObject({ total: 87.83, dimensions: { D: 89, J: 86.67 } })
    // 王五: D = (95 + 85 + 65)/3 = 81.6667; J = J3 = 群众 alone = (8×100 + 1×60 + 1×0)/10 = 86
    //       total = (81.6667 + 86)/2 = 83.8333 → 83.83
    expect(row('00123')).toMatchObject({ total: 83.83, dimensions: { D: 81.67, J: 86 } })
  })
})
