import { roundHalfUp } from './rounding'

/**
 * rule: a grade quota is round-half-up(n × share), and at least 1 when anyone is graded
 * (n = 36 at 40 % → 14; n = 1 at 20 % → 1; n = 0 → 0).
 */
export function gradeQuota(n: number, share: number): number {
  if (n < 1) return 0
  return Math.max(1, roundHalfUp(n * share, 0))
}
