import { describe, expect, it } from 'vitest'
import {
  crossCheck,
  farFromConsensus,
  fullMarksForEveryone,
  leniencyBroken,
  sameScoreForEveryone,
  selfScoreAboveOthers,
  type CheckedRating,
} from '../../../shared/domain/cross-checks'
import { defaultCrossChecks } from '../../../shared/domain/settings'

const r = (personId: number, indicatorCode: string, score: number, rater: string | null = 'R1', role = '互评'): CheckedRating => ({ personId, indicatorCode, role, rater, score })

describe('rule: same score for everyone (3 or more ratees, identical on an item or overall)', () => {
  it('flags 85 on item A for three ratees', () => {
    const own = [r(1, 'A', 85), r(2, 'A', 85), r(3, 'A', 85), r(1, 'B', 70), r(2, 'B', 90), r(3, 'B', 80)]
    // overall means 77.5, 87.5, 82.5 differ; item A is identical
    expect(sameScoreForEveryone(own)).toEqual({ ratees: 3, overall: null, items: [{ code: 'A', score: 85 }] })
  })
  it('flags identical overall means 80 = (70+90)/2 = (90+70)/2 = (80+80)/2', () => {
    const own = [r(1, 'A', 70), r(1, 'B', 90), r(2, 'A', 90), r(2, 'B', 70), r(3, 'A', 80), r(3, 'B', 80)]
    expect(sameScoreForEveryone(own)).toEqual({ ratees: 3, overall: 80, items: [] })
  })
  it('says nothing about two ratees', () => {
    expect(sameScoreForEveryone([r(1, 'A', 85), r(2, 'A', 85)])).toBeNull()
  })
})

describe('rule: full marks for everyone (2 or more ratees)', () => {
  it('flags 100 on every score of 2 ratees, not 100 with one 99', () => {
    expect(fullMarksForEveryone([r(1, 'A', 100), r(2, 'A', 100), r(2, 'B', 100)])).toEqual({ ratees: 2, scores: 3 })
    expect(fullMarksForEveryone([r(1, 'A', 100), r(2, 'A', 99)])).toBeNull()
    expect(fullMarksForEveryone([r(1, 'A', 100)])).toBeNull()
  })
})

describe('rule: far from consensus — mean absolute deviation from the other raters\' mean beyond the limit', () => {
  // R1 gives 60, 60, 95; the others (R2, R3; 自评 ignored) average 85, 80, 75 → |60−85| + |60−80| + |95−75| = 25 + 20 + 20 = 65 → 65/3 = 21.67
  const own = [r(1, 'A', 60), r(2, 'A', 60), r(3, 'A', 95)]
  const all = [
    ...own,
    r(1, 'A', 80, 'R2'), r(1, 'A', 90, 'R3'),
    r(2, 'A', 80, 'R2'), r(2, 'A', 80, 'R3'),
    r(3, 'A', 70, 'R2'), r(3, 'A', 80, 'R3'),
    r(1, 'A', 10, 'S1', '自评'),
  ]
  it('21.67 > 15 is flagged; 21.67 ≤ 25 is not', () => {
    expect(farFromConsensus(own, all, 15)).toEqual({ deviation: 21.67, items: 3, limit: 15 })
    expect(farFromConsensus(own, all, 25)).toBeNull()
  })
  it('needs 3 compared items', () => {
    expect(farFromConsensus(own.slice(0, 2), all, 0)).toBeNull()
  })
})

describe('rule: leniency limit — at most N ratees with a mean ≥ 90 from one rater, when set', () => {
  // means: 1 → 95, 2 → 90, 3 → (92+86)/2 = 89, 4 → 91: three ratees ≥ 90
  const own = [r(1, 'A', 95), r(2, 'A', 90), r(3, 'A', 92), r(3, 'B', 86), r(4, 'A', 91)]
  it('3 > 2 is flagged; 3 ≤ 3 is not; off (null) never', () => {
    expect(leniencyBroken(own, 2, 90)).toEqual({ count: 3, limit: 2, score: 90 })
    expect(leniencyBroken(own, 3, 90)).toBeNull()
    expect(leniencyBroken(own, null, 90)).toBeNull()
  })
})

describe('rule: self-score far above the others\' mean', () => {
  // self A 100, B 96 → 98; others A (80+84)/2 = 82, B 86 → 84; gap 14 > 10. Item C (self only) not compared.
  const ofPerson = [r(1, 'A', 100, 'S1', '自评'), r(1, 'B', 96, 'S1', '自评'), r(1, 'C', 20, 'S1', '自评'), r(1, 'A', 80, 'L1', '领导'), r(1, 'A', 84), r(1, 'B', 86)]
  it('98 − 84 = 14 > 10 is flagged; not beyond 15', () => {
    expect(selfScoreAboveOthers(ofPerson, 10)).toEqual({ self: 98, others: 84, gap: 14, limit: 10 })
    expect(selfScoreAboveOthers(ofPerson, 15)).toBeNull()
  })
})

describe('crossCheck runs every rule by rater and by person', () => {
  it('flags a rater giving everyone 100 as full marks only (not also same score), and a self-score gap with its rater', () => {
    const ratings = [
      r(1, 'A', 100, 'R9'), r(2, 'A', 100, 'R9'), r(3, 'A', 100, 'R9'),
      r(1, 'A', 80, 'R2'), r(2, 'A', 70, 'R2'), r(3, 'A', 90, 'R2'),
      r(2, 'A', 99, 'S002', '自评'),
    ]
    const found = crossCheck(ratings, defaultCrossChecks)
    expect(found.map((f) => [f.kind, f.role, f.rater, f.personId])).toEqual([
      ['far-from-consensus', '互评', 'R2', null], // |80−100| + |70−100| + |90−100| = 60 → 20 > 15
      ['full-marks', '互评', 'R9', null],
      ['far-from-consensus', '互评', 'R9', null], // the same 20 the other way round
      ['self-score-gap', '自评', 'S002', 2], // 99 − (100 + 70)/2 = 14 > 10
    ])
    expect(found[3].numbers).toEqual({ self: 99, others: 85, gap: 14, limit: 10 })
  })
})
