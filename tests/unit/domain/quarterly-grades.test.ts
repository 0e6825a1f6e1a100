import { describe, expect, it } from 'vitest'
import { proposeQuarterlyGrades, thresholdGrade } from '../../../shared/domain/quarterly-grades'
import { defaultSettings } from '../../../shared/domain/settings'

const thresholds = defaultSettings.quarterly.thresholds
const grades = (totals: [number, number | null][], veto: number[] = []) =>
  proposeQuarterlyGrades(
    totals.map(([total, achievement], i) => ({ total, achievement, veto: veto.includes(i) })),
    defaultSettings,
  )

describe('rule: quarterly thresholds on the rounded total: 好 ≥ 90, 较好 ≥ 80, 一般 ≥ 60, 较差 < 60', () => {
  it('grades at and just below each threshold', () => {
    expect([90, 89.99, 80, 79.99, 60, 59.99].map((t) => thresholdGrade(t, thresholds))).toEqual(['好', '较好', '较好', '一般', '一般', '较差'])
  })

  it('uses the rounded total: 89.995 shows as 90.00 and is 好; 89.994 is 较好', () => {
    expect(thresholdGrade(89.995, thresholds)).toBe('好')
    expect(thresholdGrade(89.994, thresholds)).toBe('较好')
  })
})

describe('rule: 好 at most the quota; over the threshold but outside the quota gets 较好', () => {
  it('gives 好 to the top 2 of 5 (quota 40 % of 5 = 2) and 较好 with a note to the rest', () => {
    const { quota, proposals } = grades([[99, 90], [98, 90], [97, 90], [96, 90], [95, 90]])
    expect(quota).toBe(2)
    expect(proposals.map((p) => p.grade)).toEqual(['好', '好', '较好', '较好', '较好'])
    expect(proposals[2].notes).toEqual([{ key: 'results.note.overQuota' }])
    expect(proposals[0].notes).toEqual([])
  })

  it('gives everyone over the threshold 好 when they fit', () => {
    expect(grades([[91, 90], [85, 90], [70, 90]]).proposals.map((p) => p.grade)).toEqual(['好', '较好', '一般'])
  })

  it('breaks an equal total by the 绩 dimension', () => {
    const { proposals } = grades([[99, 90], [95, 80], [95, 85], [70, 70], [60, 70]])
    expect(proposals.map((p) => p.grade)).toEqual(['好', '较好', '好', '一般', '一般'])
    expect(proposals[1].boundaryTie).toBe(false)
  })
})

describe('rule: people still tied at the quota boundary are all flagged for the committee, not silently split', () => {
  it('proposes 较好 for the whole tied group, flagged with the places left', () => {
    // quota 2: 99 takes one place; 95/80 twice compete for the last one
    const { proposals } = grades([[99, 90], [95, 80], [95, 80], [91, 90], [70, 70]])
    expect(proposals.map((p) => p.grade)).toEqual(['好', '较好', '较好', '较好', '一般'])
    expect(proposals.map((p) => p.boundaryTie)).toEqual([false, true, true, false, false])
    expect(proposals[1].notes).toEqual([{ key: 'results.note.boundaryTie', params: { tied: 2, slots: 1 } }])
    expect(proposals[3].notes).toEqual([{ key: 'results.note.overQuota' }])
  })

  it('compares rounded numbers: 95.001 and 94.996 both show 95.00', () => {
    const { proposals } = grades([[99, 90], [95.001, 80.001], [94.996, 79.999], [70, 70], [60, 70]])
    expect(proposals.map((p) => p.boundaryTie)).toEqual([false, true, true, false, false])
  })

  it('gives 好 to a tied group that fits inside the quota', () => {
    const { proposals } = grades([[95, 80], [95, 80], [91, 90], [70, 70], [60, 70]])
    expect(proposals.map((p) => p.grade)).toEqual(['好', '好', '较好', '一般', '一般'])
    expect(proposals.some((p) => p.boundaryTie)).toBe(false)
  })

  it('flags a tie without a 绩 dimension on the total alone', () => {
    const { proposals } = grades([[99, null], [95, null], [95, null], [70, null], [60, null]])
    expect(proposals.map((p) => p.boundaryTie)).toEqual([false, true, true, false, false])
  })
})

describe('rule: a triggered veto makes the quarterly grade 较差 and takes no 好 place', () => {
  it('grades the vetoed person 较差 and lets the next one in', () => {
    const { proposals } = grades([[99, 90], [95, 90], [94, 90], [70, 70], [60, 70]], [0])
    expect(proposals.map((p) => p.grade)).toEqual(['较差', '好', '好', '一般', '一般'])
  })
})
