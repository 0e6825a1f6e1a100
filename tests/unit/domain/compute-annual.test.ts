import { describe, expect, it } from 'vitest'
import { computeAnnual, type AnnualPenalty, type ComputeAnnualInput, type QuarterResult } from '../../../shared/domain/compute-annual'
import { groupRatings, type PeriodBallot, type PeriodPerson, type PeriodRating } from '../../../shared/domain/compute-period'
import type { BallotCounts } from '../../../shared/domain/input-scores'
import { defaultAnnual, defaultSettings, type AnnualSettings, type DepartmentGrade } from '../../../shared/domain/settings'
import { ind } from './make-indicator'

// The annual assessment's own scheme: 德 (a rated item and a 民主测评) and 绩, half each, and a veto.
// Rated D1 = J1 = x and no ballot, the total is x (德 rescaled over D1 alone).
const scheme = [
  ind('D', null, 0.5, { name: '德' }),
  ind('D1', 'D', 0.5, { name: '政治品质' }),
  ind('D2', 'D', 0.5, { name: '民主测评', mode: '票决' }),
  ind('J', null, 0.5, { name: '绩' }),
  ind('J1', 'J', 1, { name: '工作实绩' }),
  ind('V', null, 0, { name: '违纪违法', mode: '否决' }),
]

interface Spec {
  id: number
  d1: number
  /** the 绩 item; d1 when absent */
  j1?: number
  /** [published total, grade] per quarter, Q1 first */
  quarters?: [number | null, string][]
  status?: string
  reason?: string
  dept?: string
  ballots?: BallotCounts
  veto?: boolean
}

// four quarters with two 好, mean (92 + 91 + 88 + 86) / 4 = 89.25
const strong: [number, string][] = [
  [92, '好'],
  [91, '好'],
  [88, '较好'],
  [86, '较好'],
]

const staffNo = (id: number) => `S${String(id).padStart(3, '0')}`

function build(specs: Spec[], extra: Partial<Omit<ComputeAnnualInput, 'assessment'>> & { annual?: Partial<AnnualSettings> } = {}): ComputeAnnualInput {
  const people: PeriodPerson[] = specs.map((s) => ({
    personId: s.id,
    staffNo: staffNo(s.id),
    name: `人${s.id}`,
    department: s.dept ?? '办公室',
    departmentPath: s.dept ?? '办公室',
    positionClass: '综合管理',
    status: s.status ?? '参加',
    statusReason: s.reason ?? null,
  }))
  const ratings: PeriodRating[] = specs.flatMap((s) => [
    { personId: s.id, indicatorCode: 'D1', role: '领导', rater: null, score: s.d1 },
    { personId: s.id, indicatorCode: 'J1', role: '领导', rater: null, score: s.j1 ?? s.d1 },
    ...(s.veto ? [{ personId: s.id, indicatorCode: 'V', role: '领导', rater: null, score: 1 }] : []),
  ])
  const ballots: PeriodBallot[] = specs.filter((s) => s.ballots).map((s) => ({ personId: s.id, indicatorCode: 'D2', counts: s.ballots as BallotCounts }))
  const quarters: QuarterResult[] = specs.flatMap((s) => (s.quarters ?? []).map(([total, grade], i) => ({ period: `2025-Q${i + 1}`, personId: s.id, total, grade })))
  const { annual, ...rest } = extra
  return {
    year: 2025,
    assessment: {
      indicators: scheme,
      people,
      ratings: groupRatings(ratings),
      ballots,
      settings: { ...defaultSettings, annual: { ...defaultAnnual, ...annual } },
      periodWindow: { start: '2025-01-01', end: '2025-12-31' },
    },
    quarters,
    penalties: [],
    negativeList: [],
    ...rest,
  }
}

const bySn = (out: ReturnType<typeof computeAnnual>) => new Map(out.rows.map((r) => [r.staffNo, r]))
const fillers = (from: number, n: number): Spec[] => Array.from({ length: n }, (_, i) => ({ id: from + i, d1: 75 }))

describe('rule: annual score = 50 % the annual assessment + 50 % the mean of the graded quarterly totals as published', () => {
  const out = computeAnnual(
    build([
      { id: 1, d1: 88, quarters: [[92, '好'], [90, '好'], [85.5, '较好'], [88, '较好']] },
      { id: 2, d1: 76 },
      { id: 3, d1: 80, quarters: [[84, '较好'], [null, '不定等次'], [78, '一般'], [null, '未评定']] },
    ]),
  )
  const r = bySn(out)

  it('mixes the assessment with the quarterly mean', () => {
    // quarters (92 + 90 + 85.5 + 88) / 4 = 88.875; (88 + 88.875) / 2 = 88.4375 → 88.44
    expect(r.get('S001')).toMatchObject({ total: 88.4375, totalRounded: 88.44, rank: 1, grade: '优秀' })
    expect(r.get('S001')!.annual).toEqual({
      assessment: 88,
      quarters: [
        { period: '2025-Q1', total: 92, grade: '好' },
        { period: '2025-Q2', total: 90, grade: '好' },
        { period: '2025-Q3', total: 85.5, grade: '较好' },
        { period: '2025-Q4', total: 88, grade: '较好' },
      ],
      quarterMean: 88.875,
      score: 88.4375,
      undetermined: null,
    })
    expect(r.get('S001')!.notes).toContainEqual({
      key: 'annual.note.score',
      params: { score: 88.44, assessment: 88, annualShare: 50, quarterMean: 88.88, quarterShare: 50, quarters: 4 },
    })
  })

  it('takes the annual assessment alone when no quarter was graded', () => {
    expect(r.get('S002')).toMatchObject({ total: 76, rank: 3, grade: '称职' })
    expect(r.get('S002')!.notes).toContainEqual({ key: 'annual.note.noQuarters', params: { score: 76 } })
  })

  it('counts only graded quarters (不定等次 and 未评定 quarters have no published total)', () => {
    // (84 + 78) / 2 = 81; (80 + 81) / 2 = 80.5
    expect(r.get('S003')).toMatchObject({ total: 80.5, rank: 2, grade: '称职' })
    expect(r.get('S003')!.annual.quarters.map((q) => q.period)).toEqual(['2025-Q1', '2025-Q3'])
  })

  it('lists rows by rank, then staff number, and counts the graded for the quota', () => {
    expect(out.rows.map((x) => x.staffNo)).toEqual(['S001', 'S003', 'S002'])
    expect(out.graded).toBe(3)
    // round(3 × 20 %) = 1
    expect(out.excellentQuota).toBe(1)
    expect(out.departmentQuotas).toBeNull()
  })
})

describe('rule: 优秀 needs at least 2 quarterly 好', () => {
  it('a higher score with one 好 is 称职, flagged; the lower score with two 好 gets the place', () => {
    const out = bySn(
      computeAnnual(
        build([
          // quarters (92 + 88 + 89 + 87) / 4 = 89; (90 + 89) / 2 = 89.5
          { id: 1, d1: 90, quarters: [[92, '好'], [88, '较好'], [89, '较好'], [87, '较好']] },
          // quarters (91 + 90 + 85 + 86) / 4 = 88; (86 + 88) / 2 = 87
          { id: 2, d1: 86, quarters: [[91, '好'], [90, '好'], [85, '较好'], [86, '较好']] },
        ]),
      ),
    )
    expect(out.get('S001')).toMatchObject({ totalRounded: 89.5, grade: '称职' })
    expect(out.get('S001')!.flags).toEqual([
      { kind: 'excellentBarred', key: 'annual.flag.excellentBarredGoodQuarters', params: { good: 1, required: 2 } },
    ])
    expect(out.get('S002')).toMatchObject({ totalRounded: 87, grade: '优秀', flags: [] })
  })
})

describe('rule: 一般 in 3 or more quarters caps the year at 基本称职', () => {
  it('77.38 would be 称职; three quarters 一般 make it 基本称职', () => {
    // quarters (70 + 72 + 75 + 82) / 4 = 74.75; (80 + 74.75) / 2 = 77.375 → 77.38
    const [row] = computeAnnual(build([{ id: 1, d1: 80, quarters: [[70, '一般'], [72, '一般'], [75, '一般'], [82, '较好']] }])).rows
    expect(row).toMatchObject({ totalRounded: 77.38, grade: '基本称职' })
    expect(row.flags).toEqual([{ kind: 'cap', key: 'annual.flag.capFairQuarters', params: { fair: 3, limit: 3 } }])
  })
})

describe('rule: 基本称职 + 不称职 ballots ≥ 30 % of the valid ballots cap the year at 基本称职', () => {
  const out = bySn(
    computeAnnual(
      build([
        // ballot score (5×95 + 2×85 + 2×75 + 1×65) / 10 = 86 (不了解 left out); 德 (80 + 86) / 2 = 83;
        // total (83 + 80) / 2 = 81.5; annual (81.5 + 82) / 2 = 81.75 → 称职 → capped: 3 of 10 = 30 %
        { id: 1, d1: 80, ballots: { 优秀: 5, 称职: 2, 基本称职: 2, 不称职: 1, 不了解: 4 }, quarters: [[82, '较好'], [82, '较好'], [82, '较好'], [82, '较好']] },
        // (6×95 + 2×85 + 1×75 + 1×65) / 10 = 88; 德 84; total 82; annual 82; 2 of 10 = 20 % → 称职
        { id: 2, d1: 80, ballots: { 优秀: 6, 称职: 2, 基本称职: 1, 不称职: 1 }, quarters: [[82, '较好'], [82, '较好'], [82, '较好'], [82, '较好']] },
      ]),
    ),
  )

  it('caps at exactly 30 % and says the count', () => {
    expect(out.get('S001')).toMatchObject({ total: 81.75, grade: '基本称职' })
    expect(out.get('S001')!.annual.assessment).toBe(81.5)
    expect(out.get('S001')!.flags).toEqual([{ kind: 'cap', key: 'annual.flag.capBallots', params: { low: 3, valid: 10, percent: 30 } }])
  })

  it('leaves 20 % alone', () => {
    expect(out.get('S002')).toMatchObject({ total: 82, grade: '称职', flags: [] })
  })
})

describe('rule: penalties weigh on the year of the decision and the years after', () => {
  const penalties: AnnualPenalty[] = [
    { personId: 1, type: '警告', decidedOn: '2025-03-10' },
    { personId: 2, type: '记大过', decidedOn: '2024-06-01' },
    { personId: 3, type: '开除党籍', decidedOn: '2023-05-20' },
    { personId: 4, type: '开除党籍', decidedOn: '2022-05-20' },
    { personId: 5, type: '撤销党内职务', decidedOn: '2025-08-01' },
  ]
  const out = computeAnnual(
    build(
      [
        // (92 + 89.25) / 2 = 90.625: the best score, but a 警告 this year bars 优秀
        { id: 1, d1: 92, quarters: strong },
        { id: 2, d1: 90, quarters: strong },
        { id: 3, d1: 90, quarters: strong },
        { id: 4, d1: 75 },
        { id: 5, d1: 80 },
        // (88 + 89.25) / 2 = 88.625; on the negative list in 2024 only: no effect in 2025
        { id: 6, d1: 88, quarters: strong },
        // (95 + 89.25) / 2 = 92.125; on the negative list in 2025
        { id: 7, d1: 95, quarters: strong },
        { id: 8, d1: 85, veto: true },
      ],
      {
        penalties,
        negativeList: [
          { personId: 6, decidedOn: '2024-11-02' },
          { personId: 7, decidedOn: '2025-04-15' },
        ],
      },
    ),
  )
  const r = bySn(out)

  it('a 警告 this year: not 优秀, flagged', () => {
    expect(r.get('S001')).toMatchObject({ totalRounded: 90.63, grade: '称职' })
    expect(r.get('S001')!.flags).toEqual([
      { kind: 'penalty', key: 'annual.flag.penaltyNotExcellent', params: { penalty: '警告' } },
      { kind: 'excellentBarred', key: 'annual.flag.excellentBarredPenalty' },
    ])
  })

  it('a 记大过 of the previous year: 不定等次 this year, no score, the assessment kept in the detail', () => {
    expect(r.get('S002')).toMatchObject({ grade: '不定等次', total: null, totalRounded: null, rank: null })
    expect(r.get('S002')!.annual).toMatchObject({ assessment: 90, score: null, undetermined: 'penalty' })
    expect(r.get('S002')!.flags).toEqual([{ kind: 'undetermined', key: 'annual.flag.undeterminedPenalty', params: { penalty: '记大过', date: '2024-06-01' } }])
  })

  it('a 开除党籍 two years before: still 不定等次; three years before: graded again', () => {
    expect(r.get('S003')).toMatchObject({ grade: '不定等次', rank: null })
    expect(r.get('S003')!.flags[0]).toMatchObject({ kind: 'undetermined', params: { penalty: '开除党籍', date: '2023-05-20' } })
    expect(r.get('S004')).toMatchObject({ grade: '称职', total: 75, flags: [] })
  })

  it('a 撤销党内职务 this year: 不称职', () => {
    expect(r.get('S005')).toMatchObject({ total: 80, grade: '不称职' })
    expect(r.get('S005')!.flags).toEqual([{ kind: 'penalty', key: 'annual.flag.penaltyIncompetent', params: { penalty: '撤销党内职务' } }])
  })

  it('a negative-list entry this year bars 优秀; one of the year before does not', () => {
    expect(r.get('S007')).toMatchObject({ totalRounded: 92.13, grade: '称职' })
    expect(r.get('S007')!.flags).toEqual([
      { kind: 'penalty', key: 'annual.flag.negativeList', params: { date: '2025-04-15' } },
      { kind: 'excellentBarred', key: 'annual.flag.excellentBarredNegativeList' },
    ])
    // 6 graded (S001, S004–S008) → quota round(1.2) = 1: the only one eligible
    expect(out.graded).toBe(6)
    expect(r.get('S006')).toMatchObject({ totalRounded: 88.63, grade: '优秀', flags: [] })
  })

  it('a triggered veto makes the year 不称职', () => {
    // 85 total, no quarters: 85 — 优秀 by score, 不称职 by the veto
    expect(r.get('S008')).toMatchObject({ total: 85, grade: '不称职' })
    expect(r.get('S008')!.flags).toEqual([{ kind: 'veto', key: 'annual.flag.veto', params: { items: '违纪违法' } }])
  })

  it('ranks the graded only, 1…6 by rounded score; the ungraded last', () => {
    // 92.13 (S007), 90.63 (S001), 88.63 (S006), 85 (S008), 80 (S005), 75 (S004)
    expect(out.rows.map((x) => [x.staffNo, x.rank])).toEqual([
      ['S007', 1],
      ['S001', 2],
      ['S006', 3],
      ['S008', 4],
      ['S005', 5],
      ['S004', 6],
      ['S002', null],
      ['S003', null],
    ])
  })
})

describe('rule: 不定等次 for probation, leave over half the year and investigation (from the period status reason)', () => {
  const out = bySn(
    computeAnnual(
      build([
        { id: 1, d1: 80 },
        { id: 2, d1: 90, status: '不定等次', reason: '新录用人员，试用期未满' },
        { id: 3, d1: 90, status: '不定等次', reason: '病假累计超过半年' },
        { id: 4, d1: 90, status: '不定等次', reason: '正在接受立案审查' },
        { id: 5, d1: 90, status: '不定等次', reason: '借调外单位' },
      ]),
    ),
  )

  it('gives each its case and flag, with no score', () => {
    const cases = ['S002', 'S003', 'S004', 'S005'].map((s) => [out.get(s)!.grade, out.get(s)!.total, out.get(s)!.annual.undetermined, out.get(s)!.flags.map((f) => f.key)])
    expect(cases).toEqual([
      ['不定等次', null, 'probation', ['annual.flag.undeterminedProbation']],
      ['不定等次', null, 'leave', ['annual.flag.undeterminedLeave']],
      ['不定等次', null, 'investigation', ['annual.flag.undeterminedInvestigation']],
      ['不定等次', null, 'other', ['annual.flag.undeterminedOther']],
    ])
    expect(out.get('S005')!.flags[0].params).toEqual({ reason: '借调外单位' })
    expect(out.get('S001')).toMatchObject({ grade: '称职', rank: 1 })
  })
})

describe('rule: 优秀 places shared out to departments by the largest remainder', () => {
  it('7 + 5 + 3 graded: 3 places, exact 1.4 / 1.0 / 0.6 → 1 / 1 / 1 (the last place to the remainder 0.6)', () => {
    const a = [95, 94, 93, 92, 91, 90, 89].map((d1, i) => ({ id: 1 + i, d1, dept: '甲局', quarters: strong }))
    const b = [94.5, 93.5, 92.5, 91.5, 90.5].map((d1, i) => ({ id: 11 + i, d1, dept: '乙局', quarters: strong }))
    const c = [88, 87, 86].map((d1, i) => ({ id: 21 + i, d1, dept: '丙局', quarters: strong }))
    const out = computeAnnual(
      build([...a, ...b, ...c], {
        annual: { quotaScope: 'departments' },
        departments: [
          { path: '甲局', grade: null },
          { path: '乙局', grade: null },
          { path: '丙局', grade: null },
        ],
      }),
    )
    // 15 × 20 % = 3 places; 3 × 7/15 = 1.4, 3 × 5/15 = 1, 3 × 3/15 = 0.6
    expect(out.excellentQuota).toBe(3)
    expect(out.departmentQuotas).toEqual([
      { department: '甲局', graded: 7, quota: 1 },
      { department: '乙局', graded: 5, quota: 1 },
      { department: '丙局', graded: 3, quota: 1 },
    ])
    // unit-wide the second of 甲局 (94) would have beaten the best of 丙局 (88)
    expect(out.rows.filter((r) => r.grade === '优秀').map((r) => r.staffNo)).toEqual(['S001', 'S011', 'S021'])
    expect(bySn(out).get('S002')!.flags).toEqual([{ kind: 'overQuota', key: 'annual.flag.overQuota', params: { quota: 1 } }])
  })

  it('weighted by the departments’ own grades: 10 × 15 % + 10 × 8 % = 2.3 → 2 places, 1.30 / 0.70 → 1 / 1', () => {
    const a = Array.from({ length: 10 }, (_, i) => ({ id: 1 + i, d1: 95 - i, dept: '甲局', quarters: strong }))
    const b = Array.from({ length: 10 }, (_, i) => ({ id: 11 + i, d1: 94.5 - i, dept: '乙局', quarters: strong }))
    const grades: Record<string, DepartmentGrade> = { 甲局: '优秀', 乙局: '诫勉' }
    const out = computeAnnual(
      build([...a, ...b], {
        annual: { quotaScope: 'departments', departmentGradeShares: { 优秀: 0.15, 良好: 0.12, 达标: 0.1, 诫勉: 0.08 } },
        departments: Object.entries(grades).map(([path, grade]) => ({ path, grade })),
      }),
    )
    expect(out.departmentQuotas).toEqual([
      { department: '甲局', graded: 10, quota: 1 },
      { department: '乙局', graded: 10, quota: 1 },
    ])
    expect(out.excellentQuota).toBe(2)
  })
})

describe('rule: a tie at the 优秀 boundary (score, then 绩, then quarterly 好) is flagged for the committee', () => {
  const out = computeAnnual(
    build([
      // (95 + 89.25) / 2 = 92.125
      { id: 1, d1: 95, quarters: strong },
      // total 90, 绩 90: (90 + 89.25) / 2 = 89.625, twice
      { id: 2, d1: 90, quarters: strong },
      { id: 3, d1: 90, quarters: strong },
      // total (92 + 88) / 2 = 90 as well, but 绩 88: after the tied two
      { id: 4, d1: 92, j1: 88, quarters: strong },
      ...fillers(5, 6),
    ]),
  )
  const r = bySn(out)

  it('10 graded → 2 places: the first 优秀, the two tied on all three share the last place and both stay 称职', () => {
    expect(out.excellentQuota).toBe(2)
    expect(r.get('S001')).toMatchObject({ grade: '优秀', rank: 1 })
    for (const s of ['S002', 'S003']) {
      expect(r.get(s)).toMatchObject({ grade: '称职', boundaryTie: true, rank: 2, totalRounded: 89.63 })
      expect(r.get(s)!.flags).toEqual([{ kind: 'boundaryTie', key: 'annual.flag.boundaryTie', params: { tied: 2, slots: 1 } }])
    }
    expect(r.get('S004')).toMatchObject({ grade: '称职', boundaryTie: false, rank: 2 })
    expect(r.get('S004')!.flags).toEqual([{ kind: 'overQuota', key: 'annual.flag.overQuota', params: { quota: 2 } }])
    // 1, 2, 2, 2, then the six fillers share rank 5
    expect(out.rows.map((x) => x.rank)).toEqual([1, 2, 2, 2, 5, 5, 5, 5, 5, 5])
  })
})
