import { describe, expect, it } from 'vitest'
import {
  compareLagging,
  elapsedShare,
  keyResultCompletion,
  keyResultStanding,
  lagGap,
  lagLevel,
  objectiveProgress,
} from '../../../shared/domain/okr-progress'
import { defaultOkr, okrOf } from '../../../shared/domain/settings'

describe("rule: a key result's completion = clamp((current − baseline) / (target − baseline), 0, 1)", () => {
  it('counts the way from baseline to target: 3 firms signed of 0 → 5 is 60 %', () => {
    // (3 − 0) / (5 − 0) = 0.6
    expect(keyResultCompletion({ baseline: 0, target: 5, current: 3 })).toBeCloseTo(0.6, 12)
    // 500 farmers to train from 100 already trained, 340 now: (340 − 100) / (500 − 100) = 240 / 400 = 0.6
    expect(keyResultCompletion({ baseline: 100, target: 500, current: 340 })).toBeCloseTo(0.6, 12)
  })

  it('works for a decreasing target: complaints 20 → 5, now 14, is 40 %', () => {
    // (14 − 20) / (5 − 20) = −6 / −15 = 0.4
    expect(keyResultCompletion({ baseline: 20, target: 5, current: 14 })).toBeCloseTo(0.4, 12)
  })

  it('clamps below 0 (went the wrong way) and above 1 (beyond the target)', () => {
    expect(keyResultCompletion({ baseline: 0, target: 5, current: -2 })).toBe(0)
    expect(keyResultCompletion({ baseline: 0, target: 5, current: 8 })).toBe(1)
    // decreasing: 25 complaints is worse than the baseline 20; 2 is better than the target 5
    expect(keyResultCompletion({ baseline: 20, target: 5, current: 25 })).toBe(0)
    expect(keyResultCompletion({ baseline: 20, target: 5, current: 2 })).toBe(1)
  })

  it('stands at the baseline while nothing is reported', () => {
    expect(keyResultCompletion({ baseline: 10, target: 30, current: null })).toBe(0)
  })

  it('with target = baseline it is completed only when current is the target', () => {
    // zero accidents kept at zero
    expect(keyResultCompletion({ baseline: 0, target: 0, current: 0 })).toBe(1)
    expect(keyResultCompletion({ baseline: 0, target: 0, current: 2 })).toBe(0)
    expect(keyResultCompletion({ baseline: 95, target: 95, current: 94 })).toBe(0)
    expect(keyResultCompletion({ baseline: 95, target: 95, current: null })).toBe(1)
  })
})

describe("rule: an objective's progress is the weighted mean of its key results' completions", () => {
  it('weighs each completion: 0.6 × 30 + 0.4 × 70 over 100 = 0.46', () => {
    // (18 + 28) / 100 = 0.46
    expect(objectiveProgress([{ completion: 0.6, weight: 30 }, { completion: 0.4, weight: 70 }])).toBeCloseTo(0.46, 12)
  })

  it('treats weights as relative: 0.3 / 0.7 gives the same as 30 / 70, equal weights the plain mean', () => {
    expect(objectiveProgress([{ completion: 0.6, weight: 0.3 }, { completion: 0.4, weight: 0.7 }])).toBeCloseTo(0.46, 12)
    // (1 + 0.5 + 0) / 3 = 0.5
    expect(objectiveProgress([{ completion: 1, weight: 1 }, { completion: 0.5, weight: 1 }, { completion: 0, weight: 1 }])).toBeCloseTo(0.5, 12)
  })

  it('has no progress without a weighted key result', () => {
    expect(objectiveProgress([])).toBeNull()
    expect(objectiveProgress([{ completion: 1, weight: 0 }])).toBeNull()
  })
})

describe("rule: the share of a key result's time window elapsed: 0 before the start, 1 after the due date", () => {
  const year = { start: '2025-01-01', due: '2025-12-31' }

  it('is the days passed over the days of the window', () => {
    // 2025-07-02 is day 182 after 01-01; the window has 364 days: 182 / 364 = 0.5
    expect(elapsedShare(year, '2025-07-02')).toBeCloseTo(0.5, 12)
    // a quarter-long window 2025-04-01 → 2025-06-30 has 90 days; 2025-05-01 is 30 days in: 1/3
    expect(elapsedShare({ start: '2025-04-01', due: '2025-06-30' }, '2025-05-01')).toBeCloseTo(1 / 3, 12)
  })

  it('is 0 on and before the start, 1 on and after the due date', () => {
    expect(elapsedShare(year, '2024-12-01')).toBe(0)
    expect(elapsedShare(year, '2025-01-01')).toBe(0)
    expect(elapsedShare(year, '2025-12-31')).toBe(1)
    expect(elapsedShare(year, '2026-03-01')).toBe(1)
  })

  it('a window of one day is 0 up to it and 1 from it', () => {
    expect(elapsedShare({ start: '2025-05-01', due: '2025-05-01' }, '2025-04-30')).toBe(0)
    expect(elapsedShare({ start: '2025-05-01', due: '2025-05-01' }, '2025-05-02')).toBe(1)
  })

  it('refuses a date that is not a calendar date', () => {
    expect(() => elapsedShare(year, '2025-02-30')).toThrow(RangeError)
  })
})

describe('rule: a key result lags when its completion is more than 15 points behind the elapsed share (more than 30: serious)', () => {
  it('uses the brief’s thresholds by default, as settings', () => {
    expect(defaultOkr).toEqual({ lagPoints: 15, seriousLagPoints: 30 })
    expect(okrOf({})).toEqual(defaultOkr)
    expect(okrOf({ okr: { lagPoints: 10, seriousLagPoints: 25 } })).toEqual({ lagPoints: 10, seriousLagPoints: 25 })
  })

  it('the gap is the elapsed share minus the completion, in points', () => {
    expect(lagGap(0.3, 0.5)).toBeCloseTo(20, 12)
    expect(lagGap(0.8, 0.5)).toBeCloseTo(-30, 12)
  })

  it('exactly 15 or 30 points behind is not yet over the line (binary noise does not tip it)', () => {
    // (0.5 − 0.35) × 100 = 15.000000000000002 in doubles: still exactly 15 points
    expect(lagLevel(0.35, 0.5)).toBe('none')
    expect(lagLevel(0.2, 0.5)).toBe('lagging') // 30 points: lagging, not serious
  })

  it('more than 15 is lagging, more than 30 serious; ahead is never lagging', () => {
    expect(lagLevel(0.34, 0.5)).toBe('lagging') // 16 points
    expect(lagLevel(0.19, 0.5)).toBe('serious') // 31 points
    expect(lagLevel(1, 0.2)).toBe('none')
    expect(lagLevel(0, 0)).toBe('none') // not started yet
  })

  it('follows the unit’s own thresholds', () => {
    expect(lagLevel(0.38, 0.5, { lagPoints: 10, seriousLagPoints: 25 })).toBe('lagging') // 12 points
    expect(lagLevel(0.24, 0.5, { lagPoints: 10, seriousLagPoints: 25 })).toBe('serious') // 26 points
  })

  it('puts it together as of a date: 2 of 0 → 10 by mid-year is 20 % done, 30 points behind, lagging', () => {
    // completion 2 / 10 = 0.2; elapsed 182 / 364 = 0.5; gap 30 → lagging (not more than 30)
    const s = keyResultStanding({ baseline: 0, target: 10, current: 2 }, { start: '2025-01-01', due: '2025-12-31' }, '2025-07-02')
    expect(s.completion).toBeCloseTo(0.2, 12)
    expect(s.elapsed).toBeCloseTo(0.5, 12)
    expect(s.gap).toBeCloseTo(30, 9)
    expect(s.lag).toBe('lagging')
    // one day later: 183 / 364 = 0.50275 → gap 30.27 → serious
    expect(keyResultStanding({ baseline: 0, target: 10, current: 2 }, { start: '2025-01-01', due: '2025-12-31' }, '2025-07-03').lag).toBe('serious')
  })
})

describe('rule: lagging key results are listed serious first, then by the widest gap, then by the earlier due date', () => {
  it('orders them so', () => {
    const kr = (lag: 'none' | 'lagging' | 'serious', gap: number, due: string) => ({ completion: 0, elapsed: 0, gap, lag, due })
    const list = [kr('lagging', 28, '2025-12-31'), kr('serious', 31, '2025-12-31'), kr('lagging', 28, '2025-06-30'), kr('serious', 60, '2025-12-31'), kr('lagging', 20, '2025-01-31')]
    expect([...list].sort(compareLagging).map((k) => `${k.lag} ${k.gap} ${k.due}`)).toEqual([
      'serious 60 2025-12-31',
      'serious 31 2025-12-31',
      'lagging 28 2025-06-30',
      'lagging 28 2025-12-31',
      'lagging 20 2025-01-31',
    ])
  })
})
