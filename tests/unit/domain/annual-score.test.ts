import { describe, expect, it } from 'vitest'
import { annualScore } from '../../../shared/domain/annual-score'
import { defaultAnnual } from '../../../shared/domain/settings'
import { roundHalfUp } from '../../../shared/domain/rounding'

const w = defaultAnnual.weights

describe('rule: annual score = 50 % annual assessment + 50 % mean of the published quarterly totals', () => {
  it('averages four quarters: 80 and (90 + 85 + 88 + 91) / 4 = 88.5 → 84.25', () => {
    expect(annualScore(80, [90, 85, 88, 91], w)).toBe(84.25)
  })

  it('uses the quarterly totals as published (2 decimals): 90.004 → 90.00, 85.005 → 85.01', () => {
    // published 90.00 and 85.01 → mean 87.505; (80 + 87.505) / 2 = 83.7525 → shows 83.75
    expect(annualScore(80, [90.004, 85.005], w)).toBeCloseTo(83.7525, 10)
    expect(roundHalfUp(annualScore(80, [90.004, 85.005], w))).toBe(83.75)
  })

  it('keeps full precision: 70 and (90 + 85 + 88) / 3 = 87.666… → 78.8333…', () => {
    expect(annualScore(70, [90, 85, 88], w)).toBeCloseTo(78.833333, 5)
  })

  it('is the annual total alone when the year has no graded quarter', () => {
    expect(annualScore(77.7, [], w)).toBe(77.7)
  })

  it('takes the weights from the settings: 60 / 40 → 0.6 × 80 + 0.4 × 90 = 84', () => {
    expect(annualScore(80, [90], { annual: 0.6, quarterly: 0.4 })).toBeCloseTo(84, 10)
  })
})
