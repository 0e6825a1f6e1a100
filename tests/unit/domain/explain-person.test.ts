import { describe, expect, it } from 'vitest'
import { computePeriod, groupRatings, type ComputePeriodInput, type PeriodPerson, type PeriodRating } from '../../../shared/domain/compute-period'
import { explainPerson } from '../../../shared/domain/explain-person'
import { trimmedPositions, roleMean } from '../../../shared/domain/rater-aggregation'
import { defaultSettings } from '../../../shared/domain/settings'
import { ind } from './make-indicator'

const scheme = [
  ind('D', null, 0.2, { name: '德' }),
  ind('D1', 'D', 1, { name: '政治素质' }),
  ind('J', null, 0.8, { name: '绩' }),
  ind('J1', 'J', 0.5, { name: '任务完成' }),
  ind('J2', 'J', 0.25, { name: '窗口办结率', layer: '个性', scope: ['窗口服务'] }),
  ind('J3', 'J', 0.25, { name: '专项攻坚' }),
  ind('J4', 'J', 0.5, { name: '工作质量' }),
  ind('B', null, 0, { name: '表彰加分', mode: '加减分' }),
  ind('B2', null, 0, { name: '通报扣分', mode: '加减分' }),
  ind('V', null, 0, { name: '违纪', mode: '否决' }),
]
const person: PeriodPerson = { personId: 1, staffNo: 'S001', name: '张三', department: '党政办公室', positionClass: '综合管理', status: '参加' }
const r = (indicatorCode: string, role: string, rater: string | null, score: number): PeriodRating => ({ personId: 1, indicatorCode, role, rater, score })

const ratings: PeriodRating[] = [
  // six leaders: more than 5, so the lowest (70) and the highest (95) are dropped
  r('D1', '领导', 'L1', 90),
  r('D1', '领导', 'L2', 80),
  r('D1', '领导', 'L3', 85),
  r('D1', '领导', 'L4', 95),
  r('D1', '领导', 'L5', 70),
  r('D1', '领导', 'L6', 88),
  r('D1', '互评', 'P1', 80),
  r('D1', '互评', 'X', 0), // excluded after a cross-check flag
  r('D1', '互评', 'P2', 90),
  r('D1', '自评', null, 100),
  r('J1', '领导', 'L1', 90),
  r('J2', '领导', 'L1', 40), // 个性 for 窗口服务: does not apply to 综合管理
  r('J3', '领导', 'L1', 50), // exempted
  r('J4', '领导', 'L1', 80),
  r('J4', '互评', 'P1', 70),
  r('B', '领导', null, 4),
  r('B', '领导', null, 3),
  r('B2', '领导', null, -1),
  r('V', '领导', null, 1),
]
const input: ComputePeriodInput = {
  indicators: scheme,
  people: [person],
  ratings: groupRatings(ratings),
  settings: defaultSettings,
  periodWindow: { start: '2025-01-01', end: '2025-03-31' },
  excluded: [{ role: '互评', rater: 'X', personId: null }],
  exempted: [{ personId: 1, indicatorCode: 'J3' }],
}

describe('rule: every number of a result is explained', () => {
  const e = explainPerson(input, 1, { exemptions: new Map([['J3', '先行先试，已尽责']]) })
  const byCode = new Map(e.indicators.map((i) => [i.code, i]))

  it('marks the trimmed and the excluded ratings, and gives the role means with the rescaled role weights', () => {
    const d1 = byCode.get('D1')!
    expect(d1.ratings.filter((x) => x.trimmed).map((x) => x.rater)).toEqual(['L4', 'L5'])
    expect(d1.ratings.filter((x) => x.excluded).map((x) => x.rater)).toEqual(['X'])
    // 领导 (80+85+88+90)/4 = 85.75; 互评 (80+90)/2 = 85; 自评 100; no 群众: 0.5, 0.3, 0.1 over 0.9
    expect(d1.roles.map((x) => [x.role, x.mean, x.count])).toEqual([
      ['领导', 85.75, 6],
      ['互评', 85, 2],
      ['自评', 100, 1],
    ])
    expect(d1.roles.map((x) => x.effectiveWeight)).toEqual([0.5 / 0.9, 0.3 / 0.9, 0.1 / 0.9])
    // (0.5 × 85.75 + 0.3 × 85 + 0.1 × 100) / 0.9 = 78.375 / 0.9 = 87.08333…
    expect(d1.score).toBeCloseTo(78.375 / 0.9, 12)
    expect(d1.source).toBe('ratings')
    expect(d1.inputs.some((s) => s.includes('6'))).toBe(true)
  })

  it('leaves out the inapplicable 个性 item and the exempted one, rescaling their siblings', () => {
    expect(byCode.get('J2')).toMatchObject({ applicable: false, exempted: false, score: null, contribution: null, effectiveWeight: 0, globalWeight: 0 })
    expect(byCode.get('J2')!.ratings).toHaveLength(1) // shown, not counted
    expect(byCode.get('J3')).toMatchObject({ applicable: true, exempted: true, score: null, effectiveWeight: 0 })
    // J1 and J4 share J: 0.5 / (0.5 + 0.5) each, and J carries 0.8 of the total → 0.4 each
    expect(byCode.get('J1')).toMatchObject({ score: 90, effectiveWeight: 0.5, globalWeight: 0.4, contribution: 36 })
    // J4: (0.5 × 80 + 0.3 × 70) / 0.8 = 76.25 → 76.25 × 0.4 = 30.5
    expect(byCode.get('J4')).toMatchObject({ score: 76.25, effectiveWeight: 0.5, globalWeight: 0.4, contribution: 30.5 })
    // J = 0.5 × 90 + 0.5 × 76.25 = 83.125
    expect(byCode.get('J')).toMatchObject({ score: 83.125, source: 'rollUp', depth: 0, globalWeight: 0.8 })
    expect(byCode.get('J4')!.depth).toBe(1)
  })

  it('adds the dimensions up to the weighted total, and the adjustments (bonus over the cap, deduction) to the total', () => {
    // 0.2 × 87.08333… + 0.8 × 83.125 = 17.41666… + 66.5 = 83.91666…
    const weighted = 0.2 * (78.375 / 0.9) + 0.8 * 83.125
    expect(e.weightedTotal).toBeCloseTo(weighted, 12)
    const dims = e.indicators.filter((i) => i.depth === 0 && i.contribution !== null)
    expect(dims.reduce((s, i) => s + (i.contribution as number), 0)).toBeCloseTo(weighted, 12)
    expect(e.adjustments.map((a) => [a.kind, a.item, a.points])).toEqual([
      ['bonus', '表彰加分', 7], // 4 + 3
      ['deduction', '通报扣分', -1],
      ['veto', '违纪', null],
      ['cap', expect.any(String), -2], // 7 over the cap of 5: 2 do not count
      ['exemption', '专项攻坚', null],
    ])
    expect(e.adjustments.find((a) => a.kind === 'exemption')?.reason).toBe('先行先试，已尽责')
    // 83.91666… + 5 − 1 = 87.91666…
    const points = e.adjustments.reduce((s, a) => s + (a.points ?? 0), 0)
    expect((e.weightedTotal as number) + points).toBeCloseTo(weighted + 4, 12)
    expect(e.total).toBeCloseTo(weighted + 4, 12)
    expect(e.totalRounded).toBe(87.92)
    expect(e.vetoes).toEqual(['违纪'])
  })

  it('gives exactly the total computePeriod gives', () => {
    const row = computePeriod(input).rows[0]
    expect(e.total).toBe(row.total)
    expect(e.dimensions.map((d) => d.score)).toEqual([row.dimensions.D, row.dimensions.J])
  })

  it('clamps a deduction that takes the total below 0, and says by how much', () => {
    const heavy = { ...input, ratings: groupRatings([...ratings, r('B2', '领导', null, -200)]) }
    const x = explainPerson(heavy, 1)
    const clamp = x.adjustments.find((a) => a.kind === 'clamp')
    expect(x.total).toBe(0)
    // 83.91666… + 5 − 201 = −112.08333… → 0: the clamp adds 112.08333…
    expect(clamp?.points).toBeCloseTo(201 - 5 - (x.weightedTotal as number), 9)
    expect(x.total).toBe(computePeriod(heavy).rows[0].total)
  })

  it('shows a 不定等次 person’s ratings without a score', () => {
    const x = explainPerson({ ...input, people: [{ ...person, status: '不定等次' }] }, 1)
    expect(x.total).toBeNull()
    expect(x.weightedTotal).toBeNull()
    expect(x.indicators.find((i) => i.code === 'D1')?.ratings).toHaveLength(10)
    expect(x.indicators.every((i) => i.score === null)).toBe(true)
  })
})

describe('rule: the ratings the trim drops are one lowest and one highest of the role', () => {
  it('marks positions whose removal leaves roleMean', () => {
    // 70 at 4 and 95 at 3; (90 + 80 + 85 + 88) / 4 = 85.75
    const scores = [90, 80, 85, 95, 70, 88]
    expect([...trimmedPositions(scores, 5)].sort()).toEqual([3, 4])
    expect(trimmedPositions(scores.slice(0, 5), 5).size).toBe(0)
    // all equal: the first and the last, the mean stays 80
    expect([...trimmedPositions([80, 80, 80, 80, 80, 80], 5)].sort()).toEqual([0, 5])
    const kept = scores.filter((_, i) => !trimmedPositions(scores, 5).has(i))
    expect(kept.reduce((a, b) => a + b, 0) / kept.length).toBe(roleMean(scores, 5))
  })
})

describe('rule: ballots, targets and citizen satisfaction are explained in words with the numbers they gave', () => {
  const hard = [
    ind('M', null, 1, { name: '综合' }),
    ind('M1', 'M', 0.4, { name: '民主测评', mode: '票决' }),
    ind('M2', 'M', 0.3, { name: '案件办结', mode: '目标', target: 40 }),
    ind('M3', 'M', 0.3, { name: '服务态度' }),
  ]
  const hardInput: ComputePeriodInput = {
    indicators: hard,
    people: [person],
    ratings: groupRatings([r('M3', '领导', 'L1', 90), r('M3', '群众', 'C1', 10)]),
    settings: defaultSettings,
    periodWindow: { start: '2025-01-01', end: '2025-03-31' },
    ballots: [{ personId: 1, indicatorCode: 'M1', counts: { 优秀: 6, 称职: 3, 基本称职: 1, 不称职: 0, 不了解: 2 } }],
    measures: [{ personId: 1, indicatorCode: 'M2', actual: 30 }],
    satisfaction: [{ personId: null, department: '党政办公室', indicatorCode: 'M3', counts: { 满意: 3, 基本满意: 1, 不满意: 0 }, rate: null }],
  }
  const x = explainPerson(hardInput, 1)
  const of = (code: string) => x.indicators.find((i) => i.code === code)!

  it('scores each as computePeriod does and says how', () => {
    // ballots: (6 × 95 + 3 × 85 + 1 × 75) / 10 = 900 / 10 = 90; 不了解 does not count
    expect(of('M1')).toMatchObject({ source: 'ballots', score: 90 })
    expect(of('M1').inputs[0]).toContain('90.00')
    // target: min(30 / 40, 1) × 100 = 75
    expect(of('M2')).toMatchObject({ source: 'target', score: 75 })
    expect(of('M2').inputs[0]).toContain('75.00')
    // 群众 from the department's survey: (3 × 100 + 1 × 60) / 4 = 90, in place of the 群众 rating of 10;
    // (0.5 × 90 + 0.1 × 90) / 0.6 = 90
    expect(of('M3').roles.map((r) => [r.role, r.mean, r.effectiveWeight])).toEqual([
      ['领导', 90, 0.5 / 0.6],
      ['群众', 90, 0.1 / 0.6],
    ])
    expect(of('M3').inputs.join('\n')).toContain('满意 3')
    // M = 0.4 × 90 + 0.3 × 75 + 0.3 × 90 = 36 + 22.5 + 27 = 85.5
    expect(x.total).toBeCloseTo(85.5, 12)
    expect(x.total).toBe(computePeriod(hardInput).rows[0].total)
    expect([of('M1'), of('M2'), of('M3')].map((i) => i.contribution)).toEqual([36, 22.5, 27].map((v) => expect.closeTo(v, 12)))
  })

  it('rule: the 群众 count of a satisfaction survey is the responses it counted, not the ratings it replaced', () => {
    // 3 满意 + 1 基本满意 + 0 不满意 = 4 citizens (the one 群众 rating of 10 was replaced)
    expect(of('M3').roles.map((r) => [r.role, r.count])).toEqual([
      ['领导', 1],
      ['群众', 4],
    ])
  })
})
