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
  annual?: AnnualSettings
  okr?: OkrSettings
}

/** When a key result counts as lagging the calendar (domain brief: "OKR"). */
export interface OkrSettings {
  /** a key result lags when its completion is more than this many points behind the share of its window elapsed */
  lagPoints: number
  /** … and lags seriously when more than this many */
  seriousLagPoints: number
}

export const defaultOkr: OkrSettings = { lagPoints: 15, seriousLagPoints: 30 }

/** A department's own performance grade, which may weight its share of the 优秀 places. */
export const departmentGrades = ['优秀', '良好', '达标', '诫勉'] as const
export type DepartmentGrade = (typeof departmentGrades)[number]

/** The annual score, grades, caps and quota scope (domain brief: "Annual score", "Annual grades", "Quota scope"). */
export interface AnnualSettings {
  /** annual score = annual assessment × annual + mean of published quarterly totals × quarterly (rescaled when there are no quarters) */
  weights: { annual: number; quarterly: number }
  /** 不称职 below incompetent, 基本称职 below competent, else 称职 (rounded score) */
  thresholds: { competent: number; incompetent: number }
  /** 优秀 needs a rounded annual score at least this */
  excellentMin: number
  /** share of those graded who may be 优秀 */
  excellentQuota: number
  /** 优秀 needs at least this many quarterly 好 */
  excellentMinGoodQuarters: number
  /** 基本称职 + 不称职 ballots at or above this share of the valid ballots cap the grade at 基本称职 */
  ballotCapShare: number
  /** this many quarterly 一般 or more cap the grade at 基本称职 */
  fairQuartersCap: number
  /** 优秀 places counted over the whole unit or shared out to departments */
  quotaScope: 'unit' | 'departments'
  /** when shared out: weight each department by its own grade (share of its headcount), null = the flat quota */
  departmentGradeShares: Record<DepartmentGrade, number> | null
  /** the weighted shares never give more than this share of the unit overall */
  departmentQuotaCap: number
}

export const defaultDepartmentGradeShares: Record<DepartmentGrade, number> = { 优秀: 0.15, 良好: 0.12, 达标: 0.1, 诫勉: 0.08 }

export const defaultAnnual: AnnualSettings = {
  weights: { annual: 0.5, quarterly: 0.5 },
  thresholds: { competent: 70, incompetent: 60 },
  excellentMin: 85,
  excellentQuota: 0.2,
  excellentMinGoodQuarters: 2,
  ballotCapShare: 0.3,
  fairQuartersCap: 3,
  quotaScope: 'unit',
  departmentGradeShares: null,
  departmentQuotaCap: 0.2,
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
  annual: annualOf({}),
  okr: { ...defaultOkr },
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

export function annualOf(s: Pick<RuleSettings, 'annual'>): AnnualSettings {
  const a = s.annual
  return {
    ...defaultAnnual,
    ...a,
    weights: { ...defaultAnnual.weights, ...a?.weights },
    thresholds: { ...defaultAnnual.thresholds, ...a?.thresholds },
  }
}

export function okrOf(s: Pick<RuleSettings, 'okr'>): OkrSettings {
  return { ...defaultOkr, ...s.okr }
}

/** Words offices use for each rater role, normalised (no spaces, NFKC). */
export const raterRoleSynonyms: Record<RaterRole, string[]> = {
  领导: ['领导', '领导评价', '领导评分', '领导核验'],
  互评: ['互评', '同事互评', '同事', '同事评价', '同级互评'],
  自评: ['自评', '个人自评', '本人', '自我评价'],
  群众: ['群众', '群众评价', '服务对象', '群众满意度'],
}
