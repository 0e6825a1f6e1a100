import { describe, expect, it } from 'vitest'
import { roundHalfUp } from '../../../shared/domain/rounding'

describe('rule: shown numbers are rounded half-up to 2 decimals, robust to binary floats', () => {
  it('rounds the decimal halves a double cannot hold exactly upward', () => {
    expect(roundHalfUp(1.005)).toBe(1.01)
    expect(roundHalfUp(2.675)).toBe(2.68)
    expect(roundHalfUp(92.575)).toBe(92.58)
    expect(roundHalfUp(0.125)).toBe(0.13)
  })

  it('rounds a computed value whose true value ends in 5 upward', () => {
    // 0.5 × 92.55 + 0.5 × 92.6 is exactly 92.575 in decimals
    expect(roundHalfUp(0.5 * 92.55 + 0.5 * 92.6)).toBe(92.58)
    // (0.5 × 86.2 + 0.3 × 86) / 0.8 = 68.9 / 0.8 = 86.125 exactly
    expect(roundHalfUp((0.5 * 86.2 + 0.3 * 86) / 0.8)).toBe(86.13)
  })

  it('rounds below a half down', () => {
    expect(roundHalfUp(92.574)).toBe(92.57)
    expect(roundHalfUp(1.00499)).toBe(1)
    expect(roundHalfUp(86.6)).toBe(86.6)
  })

  it('rounds halves away from zero for negatives, like a spreadsheet ROUND', () => {
    expect(roundHalfUp(-1.005)).toBe(-1.01)
    expect(roundHalfUp(-2.674)).toBe(-2.67)
  })

  it('takes the number of digits', () => {
    expect(roundHalfUp(14.4, 0)).toBe(14)
    expect(roundHalfUp(2.5, 0)).toBe(3)
    expect(roundHalfUp(1.0005, 3)).toBe(1.001)
  })
})
