import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EntropyResult, IndicatorInput, Scheme, WeightDecision } from '../../shared/contract'
import { computePeriod, groupRatings } from '../../shared/domain/compute-period'
import { defaultSettings } from '../../shared/domain/settings'
import { readFixture2025Q1 } from '../support/fixture-2025-q1'
import { fixtureFile } from '../support/temp-dir'
import { importBackend, type ImportBackend } from '../support/import-backend'
import { addSheet, asFile, xlsxBytes } from '../support/import-workbooks'

const NAME = '平时考核2025'

/** The entropy method written out once more, from domain.md, to check the handler against. */
function entropyByHand(rows: number[][], lowerIsBetter: boolean[]): { entropy: number[]; weights: number[] } {
  const n = rows.length
  const entropy = rows[0].map((_, j) => {
    const col = rows.map((r) => r[j])
    const [min, max] = [Math.min(...col), Math.max(...col)]
    const x = col.map((v) => (lowerIsBetter[j] ? max - v : v - min) / (max - min))
    const sum = x.reduce((a, b) => a + b, 0)
    return -x.reduce((s, v) => (v === 0 ? s : s + (v / sum) * Math.log(v / sum)), 0) / Math.log(n)
  })
  const d = entropy.map((e) => 1 - e)
  const total = d.reduce((a, b) => a + b, 0)
  return { entropy, weights: d.map((v) => v / total) }
}

describe('weights: apply, history and entropy from a period', () => {
  let k: ImportBackend
  const get = (version?: number) => k.ok<Scheme>('scheme-get', { name: NAME, ...(version ? { version } : {}) })
  const weightOf = (s: Scheme, code: string) => s.indicators.find((i) => i.code === code)?.weight

  beforeAll(async () => {
    k = await importBackend('scheme-weights')
    await k.ok('roster-import', { file: fixtureFile('roster.xlsx') })
    await k.ok('scheme-import', { file: fixtureFile('scheme.xlsx'), name: NAME })
    await k.ok('period-create', { id: '2025-Q1', kind: 'quarter', scheme: NAME })
    await k.ok('ratings-import', { period: '2025-Q1', file: fixtureFile('ratings-2025-Q1.xlsx') })
  })
  afterAll(async () => k.close())

  it('computes entropy weights for the children of 绩 from the 2025-Q1 scores, as computed independently', async () => {
    const r = await k.ok<EntropyResult>('weights-entropy', { name: NAME, parentCode: 'J', period: '2025-Q1' })
    expect(r.children).toEqual([
      { code: 'J1', name: '工作任务完成' },
      { code: 'J2', name: '工作质量效率' },
      { code: 'J3', name: '一次办结率' },
    ])
    // the same period computed straight from the fixture workbooks (no importer, no database)
    const fixture = await readFixture2025Q1()
    const computed = computePeriod({ ...fixture, ratings: groupRatings(fixture.ratings), settings: defaultSettings, periodWindow: { start: '2025-01-01', end: '2025-03-31' } })
    const rows = computed.rows
      .filter((p) => p.total !== null)
      .map((p) => ['J1', 'J2', 'J3'].map((c) => p.indicators[c]))
      .filter((s): s is number[] => s.every((v) => typeof v === 'number'))
    // only the six 窗口服务 people have a J3 score; everyone else is left out
    expect(rows).toHaveLength(6)
    expect(r.n).toBe(6)
    const expected = entropyByHand(rows, [false, false, false])
    r.entropy.forEach((e, j) => expect(e).toBeCloseTo(expected.entropy[j], 12))
    r.weights.forEach((w, j) => expect(w).toBeCloseTo(expected.weights[j], 12))
    expect(r.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12)
  })

  it('weighs the dimensions too (parent null: the top level), over everyone graded', async () => {
    const r = await k.ok<EntropyResult>('weights-entropy', { name: NAME, parentCode: null, period: '2025-Q1' })
    expect(r.children.map((c) => c.code)).toEqual(['D', 'N', 'Q', 'J', 'L'])
    expect(r.n).toBe(36)
  })

  it('refuses a node with fewer than two children and an unknown node', async () => {
    expect(await k.refused('weights-entropy', { name: NAME, parentCode: 'Q', period: '2025-Q1' })).toEqual({
      code: 'invalid-input',
      message: '“Q 勤”的下级指标少于 2 个，无法用熵值法确定权重。',
    })
    expect((await k.refused('weights-entropy', { name: NAME, parentCode: 'ZZ', period: '2025-Q1' })).code).toBe('not-found')
  })

  it('applies weights to the children of a node, recording the decision and auditing the change', async () => {
    const inputs = { matrix: [[1, 2, 2], [0.5, 1, 1], [0.5, 1, 1]], method: 'eigen' }
    const result = { cr: 0, lambdaMax: 3 }
    const d = await k.ok<WeightDecision>('weights-apply', { name: NAME, version: 1, parentCode: 'J', method: 'ahp', weights: { J1: 0.5, J2: 0.25, J3: 0.25 }, inputs, result })
    expect(d).toMatchObject({ schemeName: NAME, version: 1, parentCode: 'J', method: 'ahp', weights: { J1: 0.5, J2: 0.25, J3: 0.25 }, inputs, result, decidedBy: expect.any(String) })
    const s = await get(1)
    expect([weightOf(s, 'J1'), weightOf(s, 'J2'), weightOf(s, 'J3')]).toEqual([0.5, 0.25, 0.25])
    const stored = await k.db.selectFrom('weight_decisions').selectAll().where('id', '=', d.id).executeTakeFirstOrThrow()
    expect(JSON.parse(stored.inputs)).toEqual(inputs)
    const audit = await k.db.selectFrom('audit_log').selectAll().where('method', '=', 'weights-apply').orderBy('id', 'desc').executeTakeFirstOrThrow()
    expect(audit).toMatchObject({ entity: 'weight-decision', entity_id: `${NAME}/1/J` })
    expect(JSON.parse(audit.before!)).toEqual({ J2: 0.3, J3: 0.2 })
    expect(JSON.parse(audit.after!)).toMatchObject({ decision: d.id, method: 'ahp' })
  })

  it('refuses codes that are not children of the node, and sums off 100 %, changing nothing', async () => {
    const before = await get(1)
    const base = { name: NAME, version: 1, parentCode: 'J', method: 'direct', inputs: null, result: null }
    expect(await k.refused('weights-apply', { ...base, weights: { J1: 0.5, D1: 0.5 } })).toEqual({
      code: 'invalid-input',
      message: 'D1 不是“J 绩”的下级指标，未修改任何权重。',
    })
    expect((await k.refused('weights-apply', { ...base, weights: { J1: 0.6 } })).message).toBe(
      '“J 绩”的下级指标权重合计将为 110%，应为 100%（误差不超过 0.01%），未修改任何权重。',
    )
    expect(await get(1)).toEqual(before)
    // within the 0.01 % of the weight-sum rule is 100 %
    await k.ok('weights-apply', { ...base, weights: { J1: 0.50005, J2: 0.25, J3: 0.25 } })
  })

  it('refuses an AHP matrix nobody edited (the all-1 start), saying so and changing nothing', async () => {
    const before = await get(1)
    const decisions = (await k.db.selectFrom('weight_decisions').select('id').execute()).length
    const ones = [[1, 1, 1], [1, 1, 1], [1, 1, 1]]
    const equal = { J1: 0.333334, J2: 0.333333, J3: 0.333333 }
    const refused = await k.refused('weights-apply', { name: NAME, version: 1, parentCode: 'J', method: 'ahp', weights: equal, inputs: { experts: [{ name: '专家1', matrix: ones }], method: 'eigen', riTable: 'saaty' }, result: { cr: 0 } })
    expect(refused).toEqual({ code: 'invalid-input', message: expect.stringContaining('“J 绩”的判断矩阵仍是初始的全 1 矩阵') })
    expect(refused.message).toContain('未修改任何权重')
    const mixed = await k.refused('weights-apply', { name: NAME, version: 1, parentCode: 'J', method: 'mix', weights: equal, inputs: { share: 0.7, ahp: { experts: [{ name: '专家1', matrix: ones }] } }, result: {} })
    expect(mixed.code).toBe('invalid-input')
    expect(await get(1)).toEqual(before)
    expect((await k.db.selectFrom('weight_decisions').select('id').execute()).length).toBe(decisions)
  })

  it('applies top-level weights with parent null, and lists every decision newest first', async () => {
    const top = { D: 0.1, N: 0.15, Q: 0.15, J: 0.45, L: 0.15 }
    await k.ok('weights-apply', { name: NAME, version: 1, parentCode: null, method: 'mix', weights: top, inputs: { ahp: 0.7, entropy: 0.3 }, result: {} })
    expect(weightOf(await get(1), 'J')).toBe(0.45)
    const history = await k.ok<WeightDecision[]>('weights-history', { name: NAME })
    expect(history.map((h) => [h.method, h.parentCode])).toEqual([
      ['mix', null],
      ['direct', 'J'],
      ['ahp', 'J'],
    ])
    expect(await k.ok('weights-history', { name: NAME, version: 1 })).toEqual(history)
    expect((await k.refused('weights-history', { name: '没有' })).code).toBe('not-found')
  })
})

describe('entropy on a small synthetic period, by hand', () => {
  let k: ImportBackend
  beforeAll(async () => {
    k = await importBackend('scheme-entropy')
    const roster = await xlsxBytes((wb) =>
      addSheet(wb, '名册', [
        ['工号', '姓名', '部门', '岗位类别'],
        ['X1', '甲', '办公室', '综合管理'],
        ['X2', '乙', '办公室', '综合管理'],
        ['X3', '丙', '办公室', '综合管理'],
      ]),
    )
    const scheme = await xlsxBytes((wb) =>
      addSheet(wb, '指标', [
        ['编码', '名称', '上级编码', '权重', '性质', '说明'],
        ['A', '实绩', null, '100%', '数量', '实绩'],
        ['A1', '完成数量', 'A', '50%', '数量', '件数'],
        ['A2', '差错', 'A', '50%', '质量', '差错次数'],
      ]),
    )
    // one leader score each: the item score is that score
    const ratings = await xlsxBytes((wb) =>
      addSheet(wb, '评分', [
        ['工号', '指标编码', '评价主体', '分数'],
        ['X1', 'A1', '领导', 60],
        ['X2', 'A1', '领导', 80],
        ['X3', 'A1', '领导', 100],
        ['X1', 'A2', '领导', 90],
        ['X2', 'A2', '领导', 90],
        ['X3', 'A2', '领导', 60],
      ]),
    )
    await k.ok('roster-import', { file: asFile('roster.xlsx', roster) })
    await k.ok('scheme-import', { file: asFile('scheme.xlsx', scheme), name: '小样' })
    await k.ok('period-create', { id: '2025-Q1', kind: 'quarter', scheme: '小样' })
    await k.ok('ratings-import', { period: '2025-Q1', file: asFile('ratings.xlsx', ratings) })
  })
  afterAll(async () => k.close())

  it('matches the arithmetic, and a 越低越好 child is reversed', async () => {
    // A1 60/80/100 → normalised 0, ½, 1 → p = 0, ⅓, ⅔ → e = (⅓ ln 3 + ⅔ ln 1.5) / ln 3 = 0.579380
    // A2 90/90/60 → normalised 1, 1, 0 → p = ½, ½, 0 → e = ln 2 / ln 3 = 0.630930
    // 1 − e = 0.420620, 0.369070, summing to 0.789690 → w = 0.532639, 0.467361
    const r = await k.ok<EntropyResult>('weights-entropy', { name: '小样', parentCode: 'A', period: '2025-Q1' })
    expect(r.n).toBe(3)
    expect(r.entropy.map((e) => e.toFixed(6))).toEqual(['0.579380', '0.630930'])
    expect(r.weights.map((w) => w.toFixed(6))).toEqual(['0.532639', '0.467361'])

    // A2 as 越低越好 in a new draft version: 90/90/60 → 0, 0, 1 → p = 0, 0, 1 → e = 0
    // → 1 − e = 0.420620, 1 → w = 0.420620 / 1.420620 = 0.296082, 1 / 1.420620 = 0.703918
    const v2 = await k.ok<Scheme>('scheme-new-version', { name: '小样', fromVersion: 1 })
    const list: IndicatorInput[] = v2.indicators.map(({ id: _id, sortOrder: _s, ...i }) => (i.code === 'A2' ? { ...i, direction: '越低越好' } : i))
    await k.ok('scheme-save', { name: '小样', version: 2, indicators: list })
    const reversed = await k.ok<EntropyResult>('weights-entropy', { name: '小样', version: 2, parentCode: 'A', period: '2025-Q1' })
    expect(reversed.weights.map((w) => w.toFixed(6))).toEqual(['0.296082', '0.703918'])
  })
})
