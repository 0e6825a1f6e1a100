/**
 * Hard inputs turned into 0–100 indicator scores: democratic ballots (民主测评), citizen satisfaction
 * (群众满意度) and measured values of target indicators (目标). Each is one rule of domain.md; the
 * point tables are settings, so they are parameters with the documented defaults.
 */

export type BallotChoice = '优秀' | '称职' | '基本称职' | '不称职'
export type BallotCounts = Partial<Record<BallotChoice | '不了解', number>>
export const DEFAULT_BALLOT_POINTS: Readonly<Record<BallotChoice, number>> = { 优秀: 95, 称职: 85, 基本称职: 75, 不称职: 65 }

/**
 * rule: ballot score = Σ points × votes / valid votes; 不了解 is not a valid vote (it neither helps nor
 * harms), and with no valid votes there is no score (null), never 0.
 */
export function ballotScore(counts: BallotCounts, points: Readonly<Record<BallotChoice, number>> = DEFAULT_BALLOT_POINTS): number | null {
  let sum = 0
  let valid = 0
  for (const choice of Object.keys(points) as BallotChoice[]) {
    const votes = counts[choice] ?? 0
    sum += points[choice] * votes
    valid += votes
  }
  return valid > 0 ? sum / valid : null
}

export type SatisfactionChoice = '满意' | '基本满意' | '不满意'
export type SatisfactionCounts = Partial<Record<SatisfactionChoice, number>>
export const DEFAULT_SATISFACTION_POINTS: Readonly<Record<SatisfactionChoice, number>> = { 满意: 100, 基本满意: 60, 不满意: 0 }

/**
 * rule: satisfaction score = points averaged over responses (满意 100, 基本满意 60, 不满意 0); when only a
 * satisfaction rate is known (0–1, e.g. 满意率 85% → 0.85) the score is the rate × 100. No responses
 * and no rate → null.
 */
export function satisfactionScore(
  input: { counts: SatisfactionCounts } | { rate: number },
  points: Readonly<Record<SatisfactionChoice, number>> = DEFAULT_SATISFACTION_POINTS,
): number | null {
  if ('rate' in input) return Number.isFinite(input.rate) ? input.rate * 100 : null
  let sum = 0
  let n = 0
  for (const choice of Object.keys(points) as SatisfactionChoice[]) {
    const k = input.counts[choice] ?? 0
    sum += points[choice] * k
    n += k
  }
  return n > 0 ? sum / n : null
}

export type TargetDirection = 'higher' | 'lower'

/**
 * rule: higher-is-better = min(actual / target, 1) × 100; lower-is-better = min(target / actual, 1) ×
 * 100, where an actual of 0 is the best possible (100). Overachieving never scores above 100; a
 * target of 0 on a higher-is-better indicator is met by anything (100).
 */
export function targetScore(actual: number, target: number, direction: TargetDirection): number {
  if (direction === 'higher') {
    if (target <= 0) return 100
    return Math.max(0, Math.min(actual / target, 1)) * 100
  }
  if (actual <= 0) return 100
  return Math.max(0, Math.min(target / actual, 1)) * 100
}
