import { describe, expect, it } from 'vitest'
import { proposeAnnualGrades, type AnnualCandidate } from '../../../shared/domain/annual-grades'
import { defaultAnnual, defaultSettings } from '../../../shared/domain/settings'
import { gradeQuota } from '../../../shared/domain/quota'

// a strong candidate: 90, 绩 90, two quarterly 好, clean ballots; override what a test is about
const person = (over: Partial<AnnualCandidate> = {}): AnnualCandidate => ({
  score: 90,
  achievement: 90,
  quarterlyGrades: ['好', '好', '较好', '较好'],
  veto: false,
  ballots: { 优秀: 10, 称职: 10 },
  penalty: null,
  ...over,
})
// n fillers who are graded 称职 and never compete for 优秀
const fillers = (n: number) => Array.from({ length: n }, () => person({ score: 75 }))
const propose = (cs: AnnualCandidate[], quota?: number) => proposeAnnualGrades(cs, defaultSettings, quota)
const grades = (cs: AnnualCandidate[], quota?: number) => propose(cs, quota).proposals.map((p) => p.grade)

describe('rule: annual thresholds on the rounded score: 不称职 < 60, 基本称职 < 70, else 称职', () => {
  it('grades at and just below each threshold', () => {
    expect(grades([70, 69.99, 60, 59.99, 69.995].map((score) => person({ score, quarterlyGrades: [] })))).toEqual([
      '称职',
      '基本称职',
      '基本称职',
      '不称职',
      '称职',
    ])
  })
})

describe('rule: the 优秀 quota is round-half-up(n × 20 %), at least 1', () => {
  it('n = 1, 7, 13, 41 → 1, 1, 3, 8', () => {
    expect([1, 7, 13, 41].map((n) => propose(fillers(n)).quota)).toEqual([1, 1, 3, 8])
    expect([1, 7, 13, 41].map((n) => gradeQuota(n, 0.2))).toEqual([1, 1, 3, 8])
  })

  it('13 people, 5 eligible → the top 3 优秀, 2 称职 over the quota', () => {
    const top = [95, 94, 93, 92, 91].map((score) => person({ score }))
    const { proposals, quota } = propose([...top, ...fillers(8)])
    expect(quota).toBe(3)
    expect(proposals.slice(0, 5).map((p) => p.grade)).toEqual(['优秀', '优秀', '优秀', '称职', '称职'])
    expect(proposals[3].flags).toEqual([{ key: 'annual.flag.overQuota', params: { quota: 3 } }])
    expect(proposals[0].flags).toEqual([])
  })

  it('uses a department allocated quota when given', () => {
    expect(grades([person({ score: 95 }), person({ score: 94 }), ...fillers(3)], 2).slice(0, 2)).toEqual(['优秀', '优秀'])
  })
})

describe('rule: 优秀 needs a score ≥ 85, at least 2 quarterly 好, no quarterly 一般 or 较差, no penalty', () => {
  it('one quarterly 好 is not enough: 称职, flagged with the count', () => {
    const { proposals } = propose([person({ quarterlyGrades: ['好', '较好', '较好', '较好'] }), ...fillers(4)])
    expect(proposals[0].grade).toBe('称职')
    expect(proposals[0].flags).toEqual([{ key: 'annual.flag.excellentBarred', params: { reason: 'goodQuarters', good: 1, required: 2 } }])
  })

  it('two quarterly 好 are enough', () => {
    expect(grades([person({ quarterlyGrades: ['好', '好', '较好', '较好'] }), ...fillers(4)])[0]).toBe('优秀')
  })

  it('a quarterly 一般 bars 优秀', () => {
    const { proposals } = propose([person({ quarterlyGrades: ['好', '好', '好', '一般'] }), ...fillers(4)])
    expect(proposals[0].grade).toBe('称职')
    expect(proposals[0].flags).toEqual([{ key: 'annual.flag.excellentBarred', params: { reason: 'fairOrPoorQuarter' } }])
  })

  it('84.99 is below 85: 称职, no flag', () => {
    expect(propose([person({ score: 84.99 }), ...fillers(4)]).proposals[0]).toEqual({ grade: '称职', boundaryTie: false, flags: [] })
  })

  it('a penalty that bars 优秀 (警告): 称职 with the penalty flagged', () => {
    const { proposals } = propose([person({ penalty: { effect: 'notExcellent', type: '警告' } }), ...fillers(4)])
    expect(proposals[0].grade).toBe('称职')
    expect(proposals[0].flags).toEqual([
      { key: 'annual.flag.penalty', params: { penalty: '警告', effect: 'notExcellent' } },
      { key: 'annual.flag.excellentBarred', params: { reason: 'penalty' } },
    ])
  })

  it('a negative-list entry (不担当不作为) that year bars 优秀: 称职, flagged; the next in line takes the place', () => {
    // 5 graded → quota round(5 × 20 %) = 1; the 90 on the list is barred, the 88 gets it
    const { proposals } = propose([person({ negativeList: true }), person({ score: 88 }), ...fillers(3)])
    expect(proposals.slice(0, 2).map((p) => p.grade)).toEqual(['称职', '优秀'])
    expect(proposals[0].flags).toEqual([{ key: 'annual.flag.excellentBarred', params: { reason: 'negativeList' } }])
  })

  it('a penalty that makes the year 不称职 (撤销党内职务)', () => {
    expect(grades([person({ penalty: { effect: 'incompetent', type: '撤销党内职务' } })])).toEqual(['不称职'])
  })
})

describe('rule: 一般 in 3 or more quarters caps the grade at 基本称职', () => {
  it('3 quarters 一般 at 78 → 基本称职, flagged', () => {
    const { proposals } = propose([person({ score: 78, quarterlyGrades: ['一般', '一般', '一般', '较好'] })])
    expect(proposals[0].grade).toBe('基本称职')
    expect(proposals[0].flags).toEqual([{ key: 'annual.flag.capFairQuarters', params: { fair: 3, limit: 3 } }])
  })

  it('2 quarters 一般 → still 称职', () => {
    expect(grades([person({ score: 78, quarterlyGrades: ['一般', '一般', '较好', '较好'] })])).toEqual(['称职'])
  })
})

describe('rule: 基本称职 + 不称职 ballots ≥ 30 % of the valid ballots cap the grade at 基本称职', () => {
  it('7 of 20 valid (35 %) with 5 不了解 excluded → capped, and 优秀 barred', () => {
    const ballots = { 优秀: 8, 称职: 5, 基本称职: 4, 不称职: 3, 不了解: 5 }
    const { proposals } = propose([person({ ballots }), ...fillers(4)])
    expect(proposals[0].grade).toBe('基本称职')
    expect(proposals[0].flags).toEqual([{ key: 'annual.flag.capBallots', params: { low: 7, valid: 20, share: 0.3 } }])
  })

  it('不了解 is not in the denominator: 5 of 18 valid (27.8 %) with 7 不了解 → not capped (5 of 25 would be 20 % either way)', () => {
    expect(grades([person({ score: 78, ballots: { 优秀: 5, 称职: 8, 基本称职: 4, 不称职: 1, 不了解: 7 } })])).toEqual(['称职'])
  })

  it('不了解 excluded makes the cap: 6 of 20 valid = 30 % exactly with 10 不了解 (6 of 30 would be 20 %) → capped', () => {
    expect(grades([person({ score: 78, ballots: { 优秀: 6, 称职: 8, 基本称职: 6, 不了解: 10 } })])).toEqual(['基本称职'])
  })

  it('no ballot: no cap', () => {
    expect(grades([person({ score: 78, ballots: null })])).toEqual(['称职'])
  })
})

describe('rule: a triggered veto makes the annual grade 不称职', () => {
  it('95 with a veto → 不称职, and takes no 优秀 place', () => {
    const { proposals } = propose([person({ score: 95, veto: true }), person({ score: 91 }), ...fillers(3)])
    expect(proposals.map((p) => p.grade).slice(0, 2)).toEqual(['不称职', '优秀'])
    expect(proposals[0].flags).toEqual([{ key: 'annual.flag.veto' }])
  })
})

describe('rule: ties at the 优秀 boundary: score, then 绩, then quarterly 好; still tied → all flagged', () => {
  it('breaks an equal score by 绩', () => {
    expect(grades([person({ score: 90, achievement: 80 }), person({ score: 90, achievement: 85 }), ...fillers(3)]).slice(0, 2)).toEqual(['称职', '优秀'])
  })

  it('breaks equal score and 绩 by the number of quarterly 好', () => {
    const three = person({ quarterlyGrades: ['好', '好', '好', '较好'] })
    expect(grades([person(), three, ...fillers(3)]).slice(0, 2)).toEqual(['称职', '优秀'])
  })

  it('flags the whole group still tied, proposing 称职 with the places left', () => {
    // 10 people → quota 2: 95 takes one place; two at 90 / 90 / two 好 compete for the last one
    const { proposals } = propose([person({ score: 95 }), person(), person(), person({ score: 88 }), ...fillers(6)])
    expect(proposals.slice(0, 4).map((p) => p.grade)).toEqual(['优秀', '称职', '称职', '称职'])
    expect(proposals.slice(0, 4).map((p) => p.boundaryTie)).toEqual([false, true, true, false])
    expect(proposals[1].flags).toEqual([{ key: 'annual.flag.boundaryTie', params: { tied: 2, slots: 1 } }])
    expect(proposals[3].flags).toEqual([{ key: 'annual.flag.overQuota', params: { quota: 2 } }])
  })

  it('compares rounded scores: 90.004 and 89.996 both show 90.00', () => {
    const { proposals } = propose([person({ score: 95 }), person({ score: 90.004 }), person({ score: 89.996 }), ...fillers(7)])
    expect(proposals.slice(0, 3).map((p) => p.boundaryTie)).toEqual([false, true, true])
  })

  it('a tied group that fits inside the quota all get 优秀', () => {
    expect(grades([person(), person(), ...fillers(8)]).slice(0, 2)).toEqual(['优秀', '优秀'])
  })
})

describe('rule: the annual rules are settings, read with the brief defaults when stored settings lack them', () => {
  it('settings stored before the annual block: defaults (20 % of 10 → 2 places)', () => {
    expect(proposeAnnualGrades(fillers(10), {}).quota).toBe(2)
  })

  it('a unit that allows 30 % and needs only 1 quarterly 好', () => {
    const annual = { ...defaultAnnual, excellentQuota: 0.3, excellentMinGoodQuarters: 1 }
    const { proposals, quota } = proposeAnnualGrades([person({ quarterlyGrades: ['好', '较好'] }), ...fillers(9)], { annual })
    expect(quota).toBe(3)
    expect(proposals[0].grade).toBe('优秀')
  })
})
