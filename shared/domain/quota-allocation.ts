import type { DepartmentGrade } from './settings'
import { roundHalfUp } from './rounding'
import { gradeQuota } from './quota'

export interface DepartmentHeadcount {
  /** the number of people graded in the department */
  headcount: number
  /** the department's own performance grade; read only when the allocation is weighted */
  grade?: DepartmentGrade | null
}

export interface QuotaAllocation {
  /** places per department, in the order given */
  quotas: number[]
  /** the places shared out */
  total: number
  /** each department's exact (fractional) share of the total, for the explanation */
  exact: number[]
}

// remainders equal in exact arithmetic can differ in the last bits of a double
const EPSILON = 1e-9

/**
 * rule: a unit's 优秀 places shared out to departments by the largest-remainder method.
 *
 * Flat (gradeShares null): the total is the unit quota gradeQuota(N, share) over all N graded, and
 * each department's exact share is total × headcount / N. Weighted by department grade: each
 * department is entitled to headcount × its grade's share (优秀/良好/达标/诫勉 → 15/12/10/8 %); the
 * total is that sum rounded half-up (at least 1), never more than gradeQuota(N, cap) (20 %), and the
 * exact shares are the total in proportion to those entitlements. A department without a grade
 * counts as 达标, the ordinary grade.
 *
 * Each department gets the floor of its exact share; the places left go one each to the largest
 * remainders. Equal remainders go to the larger headcount (more people competing for the place),
 * then to the department listed first (the caller's fixed order, e.g. the organisation chart), so
 * the same data always gives the same shares. A small department can get no place: that is the
 * method, and its people are then proposed 称职 with the over-quota flag.
 */
export function allocateQuota(
  departments: readonly DepartmentHeadcount[],
  share: number,
  gradeShares: Readonly<Record<DepartmentGrade, number>> | null = null,
  cap = 0.2,
): QuotaAllocation {
  const n = departments.reduce((a, d) => a + d.headcount, 0)
  if (n < 1) return { quotas: departments.map(() => 0), total: 0, exact: departments.map(() => 0) }
  const entitlement = departments.map((d) => (gradeShares ? d.headcount * gradeShares[d.grade ?? '达标'] : d.headcount * share))
  const sum = entitlement.reduce((a, b) => a + b, 0)
  const total = gradeShares ? Math.min(Math.max(1, roundHalfUp(sum, 0)), gradeQuota(n, cap)) : gradeQuota(n, share)
  // all weights 0 (a setting of 0 % for every grade present): fall back to headcount
  const basis = sum > 0 ? entitlement : departments.map((d) => d.headcount)
  const basisSum = sum > 0 ? sum : n
  const exact = basis.map((w) => (total * w) / basisSum)
  const quotas = exact.map((x) => Math.floor(x + EPSILON))
  const left = total - quotas.reduce((a, b) => a + b, 0)
  const order = departments
    .map((d, i) => ({ i, remainder: exact[i] - quotas[i], headcount: d.headcount }))
    .sort((a, b) => {
      if (Math.abs(a.remainder - b.remainder) > EPSILON) return b.remainder - a.remainder
      if (a.headcount !== b.headcount) return b.headcount - a.headcount
      return a.i - b.i
    })
  for (let k = 0; k < left; k++) quotas[order[k].i] += 1
  return { quotas, total, exact }
}
