import { describe, expect, it } from 'vitest'
import { gradeQuota } from '../../../shared/domain/quota'

describe('rule: quota = round-half-up(n × share), at least 1 when n ≥ 1', () => {
  it('at 40 % (quarterly 好)', () => {
    expect([1, 7, 13, 36, 41].map((n) => gradeQuota(n, 0.4))).toEqual([1, 3, 5, 14, 16])
  })

  it('at 20 % (annual 优秀)', () => {
    expect([1, 7, 13, 36, 41].map((n) => gradeQuota(n, 0.2))).toEqual([1, 1, 3, 7, 8])
  })

  it('rounds an exact half up despite binary floats (15 × 10 % = 1.5 → 2; 5 × 30 % → 2)', () => {
    expect(gradeQuota(15, 0.1)).toBe(2)
    expect(gradeQuota(5, 0.3)).toBe(2)
  })

  it('is 0 when nobody is graded', () => {
    expect(gradeQuota(0, 0.4)).toBe(0)
  })
})
