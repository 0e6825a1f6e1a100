import { describe, expect, it } from 'vitest'
import { ballotScore, satisfactionScore, targetScore } from '../../../shared/domain/input-scores'

describe('rule: ballot score = Σ points × votes / valid votes (优秀95 称职85 基本称职75 不称职65, 不了解 excluded)', () => {
  it('weights each vote by its points', () => {
    // (10×95 + 8×85 + 2×75) / 20 = (950 + 680 + 150) / 20 = 89
    expect(ballotScore({ 优秀: 10, 称职: 8, 基本称职: 2, 不称职: 0 })).toBe(89)
  })

  it('leaves 不了解 out of the valid votes', () => {
    // (1×95 + 1×65) / 2 = 80, the 5 不了解 do not count
    expect(ballotScore({ 优秀: 1, 不称职: 1, 不了解: 5 })).toBe(80)
  })

  it('has no score without a valid vote', () => {
    expect(ballotScore({ 不了解: 3 })).toBeNull()
    expect(ballotScore({})).toBeNull()
  })

  it('takes other points from the settings', () => {
    // (2×100 + 2×60) / 4 = 80
    expect(ballotScore({ 优秀: 2, 称职: 2 }, { 优秀: 100, 称职: 60, 基本称职: 40, 不称职: 0 })).toBe(80)
  })
})

describe('rule: satisfaction = points averaged over responses (满意100 基本满意60 不满意0), or the rate × 100', () => {
  it('averages over responses', () => {
    // (30×100 + 8×60 + 2×0) / 40 = 3480 / 40 = 87
    expect(satisfactionScore({ counts: { 满意: 30, 基本满意: 8, 不满意: 2 } })).toBe(87)
  })

  it('takes a rate as the score', () => {
    expect(satisfactionScore({ rate: 0.85 })).toBeCloseTo(85, 10)
    expect(satisfactionScore({ rate: 1 })).toBe(100)
  })

  it('has no score without a response', () => {
    expect(satisfactionScore({ counts: {} })).toBeNull()
  })
})

describe('rule: target score = min(actual/target, 1)×100 (higher better), min(target/actual, 1)×100 (lower better, actual 0 → 100)', () => {
  it('scores a higher-is-better indicator by the share reached, capped at 100', () => {
    expect(targetScore(45, 50, 'higher')).toBe(90)
    expect(targetScore(60, 50, 'higher')).toBe(100)
  })

  it('scores a lower-is-better indicator by target over actual', () => {
    // target 4 complaints, 5 happened: 4/5 = 80
    expect(targetScore(5, 4, 'lower')).toBe(80)
    expect(targetScore(3, 4, 'lower')).toBe(100)
    expect(targetScore(0, 4, 'lower')).toBe(100)
  })
})
