import { DEFAULT_BALLOT_POINTS, DEFAULT_SATISFACTION_POINTS, type BallotChoice, type SatisfactionChoice } from './input-scores'

/**
 * The unit's rule settings. Every rule of the domain brief is a setting with the brief's default;
 * the settings in force are stored with each period's results so a report can say which rules made it.
 */
export const raterRoles = ['领导', '互评', '自评', '群众'] as const
export type RaterRole = (typeof raterRoles)[number]

export type BallotPoints = Record<BallotChoice, number>
export type SatisfactionPoints = Record<SatisfactionChoice, number>

/** Thresholds of the cross-checks on raters; a flag only asks a person to look, it never moves a number. */
export interface CrossCheckSettings {
  /** a rater whose mean absolute deviation from the other raters' mean exceeds this (points) is flagged */
  deviationLimit: number
  /** at most this many ratees may get a mean ≥ leniencyScore from one rater; null = not checked */
  leniencyLimit: number | null
  leniencyScore: number
  /** a self-score more than this many points above the others' mean is flagged */
  selfScoreGap: number
}

export interface RuleSettings {
  /** rater role → weight (fractions; rescaled over the roles present) */
  roleWeights: Record<RaterRole, number>
  /** when a role has more than this many ratings for one item, drop one highest and one lowest */
  trimAbove: number
  quarterly: {
    thresholds: { good: number; fair: number; poor: number }
    /** share of those graded who may be 好 */
    goodQuota: number
  }
  /** bonus cap: total = weighted score + min(bonus, cap) − deductions, clamped to [0, 100 + cap] */
  bonusCap: number
  // Optional because settings stored (and results computed) before these existed lack them; read
  // them through the resolvers below, which fall back to the brief's defaults.
  /** 民主测评 points per vote */
  ballotPoints?: BallotPoints
  /** 群众满意度 points per response */
  satisfactionPoints?: SatisfactionPoints
  crossChecks?: CrossCheckSettings
}

export const defaultCrossChecks: CrossCheckSettings = { deviationLimit: 15, leniencyLimit: null, leniencyScore: 90, selfScoreGap: 10 }

export const defaultSettings: RuleSettings = {
  roleWeights: { 领导: 0.5, 互评: 0.3, 自评: 0.1, 群众: 0.1 },
  trimAbove: 5,
  quarterly: { thresholds: { good: 90, fair: 80, poor: 60 }, goodQuota: 0.4 },
  bonusCap: 5,
  ballotPoints: { ...DEFAULT_BALLOT_POINTS },
  satisfactionPoints: { ...DEFAULT_SATISFACTION_POINTS },
  crossChecks: { ...defaultCrossChecks },
}

export function ballotPointsOf(s: Pick<RuleSettings, 'ballotPoints'>): BallotPoints {
  return s.ballotPoints ?? { ...DEFAULT_BALLOT_POINTS }
}

export function satisfactionPointsOf(s: Pick<RuleSettings, 'satisfactionPoints'>): SatisfactionPoints {
  return s.satisfactionPoints ?? { ...DEFAULT_SATISFACTION_POINTS }
}

export function crossChecksOf(s: Pick<RuleSettings, 'crossChecks'>): CrossCheckSettings {
  return { ...defaultCrossChecks, ...s.crossChecks }
}

/** Words offices use for each rater role, normalised (no spaces, NFKC). */
export const raterRoleSynonyms: Record<RaterRole, string[]> = {
  领导: ['领导', '领导评价', '领导评分', '领导核验'],
  互评: ['互评', '同事互评', '同事', '同事评价', '同级互评'],
  自评: ['自评', '个人自评', '本人', '自我评价'],
  群众: ['群众', '群众评价', '服务对象', '群众满意度'],
}
