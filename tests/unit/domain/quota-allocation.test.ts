import { describe, expect, it } from 'vitest'
import { allocateQuota } from '../../../shared/domain/quota-allocation'
import { defaultDepartmentGradeShares } from '../../../shared/domain/settings'

const flat = (headcounts: number[], share = 0.2) => allocateQuota(headcounts.map((headcount) => ({ headcount })), share)

describe('rule: quota shared to departments by headcount, largest remainder', () => {
  it('41 people in 20/13/8 at 20 %: total 8, exact 3.902/2.537/1.561, floors 3/2/1, +1 to .902 and .561 → 4/2/2', () => {
    const r = flat([20, 13, 8])
    expect(r.total).toBe(8)
    expect(r.exact.map((x) => Number(x.toFixed(3)))).toEqual([3.902, 2.537, 1.561])
    expect(r.quotas).toEqual([4, 2, 2])
  })

  it('exact shares need no remainder: 20 in 10/5/5 at 20 % → 2/1/1', () => {
    expect(flat([10, 5, 5]).quotas).toEqual([2, 1, 1])
  })

  it('equal remainders go to the larger headcount: 15 in 2/7/6 → total 3, exact .4/1.4/1.2 → 0/2/1', () => {
    expect(flat([2, 7, 6]).quotas).toEqual([0, 2, 1])
  })

  it('equal remainders and headcounts go to the department listed first: 12 in 3/6/3 → total 2, exact .5/1/.5 → 1/1/0', () => {
    expect(flat([3, 6, 3]).quotas).toEqual([1, 1, 0])
  })

  it('nobody graded: no places', () => {
    expect(flat([0, 0])).toEqual({ quotas: [0, 0], total: 0, exact: [0, 0] })
  })
})

describe('rule: quota weighted by department grade (优秀/良好/达标/诫勉 → 15/12/10/8 %), capped at 20 % overall', () => {
  it('20 优秀 / 13 达标 / 8 诫勉: entitlements 3/1.3/0.64 = 4.94 → 5 places; exact 3.036/1.316/0.648 → 3/1/1', () => {
    const r = allocateQuota(
      [
        { headcount: 20, grade: '优秀' },
        { headcount: 13, grade: '达标' },
        { headcount: 8, grade: '诫勉' },
      ],
      0.2,
      defaultDepartmentGradeShares,
    )
    expect(r.total).toBe(5)
    expect(r.exact.map((x) => Number(x.toFixed(3)))).toEqual([3.036, 1.316, 0.648])
    expect(r.quotas).toEqual([3, 1, 1])
  })

  it('a department without a grade counts as 达标: 10 良好 + 10 ungraded → 1.2 + 1 = 2.2 → 2 places, exact 1.091/0.909 → 1/1', () => {
    const r = allocateQuota([{ headcount: 10, grade: '良好' }, { headcount: 10 }], 0.2, defaultDepartmentGradeShares)
    expect(r.total).toBe(2)
    expect(r.quotas).toEqual([1, 1])
  })

  it('the cap binds: 10 and 5 at a 30 % share → 4.5 → 5 places, capped at 20 % of 15 = 3; exact 2/1 → 2/1', () => {
    const shares = { 优秀: 0.3, 良好: 0.12, 达标: 0.1, 诫勉: 0.08 }
    const r = allocateQuota(
      [
        { headcount: 10, grade: '优秀' },
        { headcount: 5, grade: '优秀' },
      ],
      0.2,
      shares,
    )
    expect(r.total).toBe(3)
    expect(r.quotas).toEqual([2, 1])
  })
})
