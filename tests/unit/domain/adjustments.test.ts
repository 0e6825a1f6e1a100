import { describe, expect, it } from 'vitest'
import { adjustedTotal, itemPoints, vetoTriggered } from '../../../shared/domain/adjustments'

describe('rule: total = weighted + min(bonus, cap) − deductions, clamped to [0, 100 + cap]', () => {
  it('adds a bonus under the cap in full', () => {
    expect(adjustedTotal(88, 3, 0, 5)).toEqual({ total: 91, bonusApplied: 3, bonusCapped: false, clamped: false })
  })

  it('caps the bonus at 5', () => {
    expect(adjustedTotal(88, 7, 0, 5)).toMatchObject({ total: 93, bonusApplied: 5, bonusCapped: true, clamped: false })
  })

  it('subtracts deductions after the capped bonus', () => {
    expect(adjustedTotal(88, 7, 2.5, 5).total).toBe(90.5)
  })

  it('clamps at 0 and at 100 + cap', () => {
    expect(adjustedTotal(3, 0, 10, 5)).toMatchObject({ total: 0, clamped: true })
    expect(adjustedTotal(100, 5, 0, 5)).toMatchObject({ total: 105, clamped: false })
    expect(adjustedTotal(104, 3, 0, 5)).toMatchObject({ total: 105, clamped: true })
  })
})

describe('rule: a 加减分 item is the sum of its entries, bounded by the item cap', () => {
  it('sums entries and caps their size both ways', () => {
    expect(itemPoints([2, 1.5], null)).toBe(3.5)
    expect(itemPoints([2, 3], 4)).toBe(4)
    expect(itemPoints([-2, -3], 4)).toBe(-4)
    expect(itemPoints([], 4)).toBe(0)
  })
})

describe('rule: a 否决 item is triggered by any entry above 0', () => {
  it('triggers on a positive entry only', () => {
    expect(vetoTriggered([0, 1])).toBe(true)
    expect(vetoTriggered([0, 0])).toBe(false)
    expect(vetoTriggered([])).toBe(false)
  })
})
