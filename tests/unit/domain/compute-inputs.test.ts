import { describe, expect, it } from 'vitest'
import { computePeriod, groupRatings, type ComputePeriodInput, type PeriodPerson, type PeriodRating } from '../../../shared/domain/compute-period'
import { defaultSettings } from '../../../shared/domain/settings'
import { ind } from './make-indicator'

// 德 40 % (D1 rated) · 绩 60 % = J1 票决 50 % + J2 目标 50 % (target 20, higher is better)
const scheme = [
  ind('D', null, 0.4, { name: '德' }),
  ind('D1', 'D', 1, { name: '政治素质' }),
  ind('J', null, 0.6, { name: '绩' }),
  ind('J1', 'J', 0.5, { name: '民主测评', mode: '票决' }),
  ind('J2', 'J', 0.5, { name: '办件量', mode: '目标', target: 20 }),
  ind('J3', 'J', 0, { name: '投诉次数', mode: '目标', target: 2, direction: '越低越好' }),
]
const person: PeriodPerson = { personId: 1, staffNo: 'S001', name: '甲', department: '窗口科', departmentPath: '局/窗口科', positionClass: null, status: '参加' }
const rating = (indicatorCode: string, role: string, score: number, rater: string | null = null): PeriodRating => ({ personId: 1, indicatorCode, role, rater, score })
const run = ({ ratings = [], ...extra }: Partial<Omit<ComputePeriodInput, 'ratings'>> & { ratings?: PeriodRating[] }) =>
  computePeriod({ indicators: scheme, people: [person], settings: defaultSettings, periodWindow: { start: '2025-01-01', end: '2025-03-31' }, ...extra, ratings: groupRatings(ratings) }).rows[0]

describe('rule: role weights rescaled over the roles that rated the item', () => {
  it('领导 90 and 互评 80 without 自评 or 群众 → (0.5×90 + 0.3×80) / 0.8 = 69 / 0.8 = 86.25', () => {
    expect(run({ ratings: [rating('D1', '领导', 90), rating('D1', '互评', 80)] }).indicators.D1).toBeCloseTo(86.25, 12)
  })
})

describe('rule: trimmed mean — more than 5 ratings in a role drop one highest and one lowest', () => {
  it('six 互评 ratings 70 80 85 90 95 100 → drop 70 and 100 → (80+85+90+95)/4 = 87.5', () => {
    const ratings = [70, 80, 85, 90, 95, 100].map((s, i) => rating('D1', '互评', s, `R${i}`))
    expect(run({ ratings }).indicators.D1).toBeCloseTo(87.5, 12)
  })
  it('five ratings 70 80 90 95 100 are all kept → 435/5 = 87', () => {
    const ratings = [70, 80, 90, 95, 100].map((s, i) => rating('D1', '互评', s, `R${i}`))
    expect(run({ ratings }).indicators.D1).toBeCloseTo(87, 12)
  })
})

describe('rule: a 票决 leaf scores the ballots (优秀 95, 称职 85, 基本称职 75, 不称职 65; 不了解 not counted), batches summed', () => {
  it('10 优秀 + 6 称职 + 3 基本称职 + 1 不称职 (+5 不了解) in two batches → (950+510+225+65)/20 = 87.5', () => {
    const ballots = [
      { personId: 1, indicatorCode: 'J1', counts: { 优秀: 4, 称职: 6, 不了解: 5 } },
      { personId: 1, indicatorCode: 'J1', counts: { 优秀: 6, 基本称职: 3, 不称职: 1 } },
    ]
    expect(run({ ballots }).indicators.J1).toBeCloseTo(87.5, 12)
  })
  it('uses the ballot points in force: 优秀 100, 称职 80 → 5 + 5 votes = 90', () => {
    const settings = { ...defaultSettings, ballotPoints: { 优秀: 100, 称职: 80, 基本称职: 60, 不称职: 40 } }
    expect(run({ settings, ballots: [{ personId: 1, indicatorCode: 'J1', counts: { 优秀: 5, 称职: 5 } }] }).indicators.J1).toBe(90)
  })
  it('ignores ratings typed on a 票决 leaf', () => {
    expect(run({ ratings: [rating('J1', '领导', 60)] }).indicators.J1).toBeNull()
  })
})

describe('rule: citizen satisfaction is the 群众 role score of the item (满意 100, 基本满意 60, 不满意 0), person figure before department figure', () => {
  const rated = [rating('D1', '领导', 90), rating('D1', '互评', 80)]
  it('30 满意 + 5 基本满意 + 5 不满意 → 3300/40 = 82.5; item (45 + 24 + 0.1×82.5) / 0.9 = 77.25/0.9 = 85.8333…', () => {
    const satisfaction = [{ personId: 1, department: null, indicatorCode: 'D1', counts: { 满意: 30, 基本满意: 5, 不满意: 5 }, rate: null }]
    expect(run({ ratings: rated, satisfaction }).indicators.D1).toBeCloseTo(77.25 / 0.9, 12)
  })
  it('only a department figure (rate 0.9 → 90): (45 + 24 + 9) / 0.9 = 86.6667; a person figure of 50 wins over it: (45+24+5)/0.9 = 82.2222', () => {
    const dept = { personId: null, department: '局/窗口科', indicatorCode: 'D1', counts: null, rate: 0.9 }
    expect(run({ ratings: rated, satisfaction: [dept] }).indicators.D1).toBeCloseTo(78 / 0.9, 12)
    const own = { personId: 1, department: null, indicatorCode: 'D1', counts: null, rate: 0.5 }
    expect(run({ ratings: rated, satisfaction: [dept, own] }).indicators.D1).toBeCloseTo(74 / 0.9, 12)
  })
  it('replaces 群众 ratings on the same item: 群众 rating 10 ignored, satisfaction 100 alone carries the item', () => {
    const satisfaction = [{ personId: 1, department: null, indicatorCode: 'D1', counts: { 满意: 4 }, rate: null }]
    expect(run({ ratings: [rating('D1', '群众', 10)], satisfaction }).indicators.D1).toBe(100)
  })
})

describe('rule: target indicators — higher is better min(actual/target, 1)×100, lower is better min(target/actual, 1)×100, actual 0 → 100', () => {
  const m = (indicatorCode: string, actual: number) => ({ personId: 1, indicatorCode, actual })
  it('higher: 15 of 20 → 75; 30 of 20 → 100', () => {
    expect(run({ measures: [m('J2', 15)] }).indicators.J2).toBe(75)
    expect(run({ measures: [m('J2', 30)] }).indicators.J2).toBe(100)
  })
  it('lower: target 2, actual 4 → 50; actual 0 → 100', () => {
    expect(run({ measures: [m('J3', 4)] }).indicators.J3).toBe(50)
    expect(run({ measures: [m('J3', 0)] }).indicators.J3).toBe(100)
  })
})

describe('rule: every input counts in the total', () => {
  it('D1 86.25, J1 87.5, J2 75 → J = 81.25 (J3 weight 0) → 0.4×86.25 + 0.6×81.25 = 34.5 + 48.75 = 83.25', () => {
    const row = run({
      ratings: [rating('D1', '领导', 90), rating('D1', '互评', 80)],
      ballots: [{ personId: 1, indicatorCode: 'J1', counts: { 优秀: 10, 称职: 6, 基本称职: 3, 不称职: 1 } }],
      measures: [{ personId: 1, indicatorCode: 'J2', actual: 15 }],
    })
    expect(row.dimensions.J).toBeCloseTo(81.25, 12)
    expect(row.total).toBeCloseTo(83.25, 12)
  })
})

describe('rule: dimension-level rater settings override the scheme and the unit', () => {
  it('德 weighs 领导 only: D1 = 90 (not 86.25); 绩 keeps the scheme ballot points 100/80: J1 = 90', () => {
    const row = run({
      ratings: [rating('D1', '领导', 90), rating('D1', '互评', 80)],
      ballots: [{ personId: 1, indicatorCode: 'J1', counts: { 优秀: 5, 称职: 5 } }],
      raterSettings: {
        scheme: { ballotPoints: { 优秀: 100, 称职: 80, 基本称职: 60, 不称职: 40 } },
        dimensions: { D: { roleWeights: { 领导: 1, 互评: 0, 自评: 0, 群众: 0 } } },
      },
    })
    expect(row.indicators.D1).toBe(90)
    expect(row.indicators.J1).toBe(90)
  })
})

describe('rule: excluded ratings leave the computation', () => {
  it('互评 R1 70 and R2 100 with 领导 90: all → (45 + 0.3×85)/0.8 = 88.125; R2 excluded → (45 + 21)/0.8 = 82.5', () => {
    const ratings = [rating('D1', '领导', 90, 'L1'), rating('D1', '互评', 70, 'R1'), rating('D1', '互评', 100, 'R2')]
    expect(run({ ratings }).indicators.D1).toBeCloseTo(88.125, 12)
    expect(run({ ratings, excluded: [{ role: '互评', rater: 'R2', personId: null }] }).indicators.D1).toBeCloseTo(82.5, 12)
  })
})

describe('rule: satisfaction counted in several rows adds up; rates alone are averaged', () => {
  const row = (counts: { 满意?: number; 基本满意?: number; 不满意?: number } | null, rate: number | null) => ({ personId: 1, department: null, indicatorCode: 'D1', counts, rate })
  it('rows of 3 满意 and 1 不满意 + 1 基本满意 → (300 + 0 + 60)/5 = 72, not the mean of 75 and 30', () => {
    expect(run({ satisfaction: [row({ 满意: 3 }, null), row({ 不满意: 1, 基本满意: 1 }, null)] }).indicators.D1).toBe(72)
  })
  it('rates 0.8 and 0.9 → (80 + 90)/2 = 85', () => {
    expect(run({ satisfaction: [row(null, 0.8), row(null, 0.9)] }).indicators.D1).toBeCloseTo(85, 12)
  })
})

describe('rule: an excluded self-score flag takes out only that person\'s 自评', () => {
  it('自评 100 with 领导 80 → (40 + 10)/0.6 = 83.33; excluded for person 1 → 领导 80 alone', () => {
    const ratings = [rating('D1', '领导', 80, 'L1'), rating('D1', '自评', 100, 'S001')]
    expect(run({ ratings }).indicators.D1).toBeCloseTo(50 / 0.6, 12)
    expect(run({ ratings, excluded: [{ role: '自评', rater: 'S001', personId: 1 }] }).indicators.D1).toBe(80)
    expect(run({ ratings, excluded: [{ role: '自评', rater: 'S001', personId: 2 }] }).indicators.D1).toBeCloseTo(50 / 0.6, 12)
  })
})
