import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import type { ExportedFile } from './report'
import type { AnnualDetail, ResultFlag } from './results'

/** One rating as entered or imported, and whether it counted. */
export interface ExplainedRating {
  role: string
  rater: string | null
  score: number
  /** dropped as the highest or lowest of its role (trimmed mean) */
  trimmed: boolean
  /** excluded after a cross-check flag */
  excluded: boolean
}

export interface ExplainedRole {
  role: string
  /** the role's mean after trimming */
  mean: number
  /** the role weight as set, and as rescaled over the roles present */
  weight: number
  effectiveWeight: number
  count: number
  /** the role is 群众 given by the satisfaction survey: `count` is its responses, not ratings */
  fromSatisfaction?: boolean
}

/** How much of each non-rating input a person's result was scored from. */
export interface ExplainedInputCounts {
  /** satisfaction responses (份) behind the 群众 scores */
  satisfaction: number
  /** valid 民主测评 votes (票) on the 票决 items */
  ballots: number
  /** 目标 items with a measured value (项) */
  measures: number
}

export interface ExplainedIndicator {
  code: string
  name: string
  parentCode: string | null
  /** 0 for a dimension, 1 for its children … */
  depth: number
  mode: string
  /** the weight under its parent as set, and rescaled over what applies */
  weight: number
  effectiveWeight: number
  /** the share of the total this indicator's score carries (product of effective weights up the tree) */
  globalWeight: number
  /** full precision; null when not applicable, exempted or unrated */
  score: number | null
  /** score × globalWeight, the points it adds to the weighted total */
  contribution: number | null
  applicable: boolean
  exempted: boolean
  /** how its score was reached: 'ratings' (roles below), 'ballots', 'satisfaction', 'target', 'rollUp' (from children) */
  source: 'ratings' | 'ballots' | 'target' | 'rollUp' | 'none'
  ratings: ExplainedRating[]
  roles: ExplainedRole[]
  /** ballots: the votes; target: actual and target values; in words for the sheet */
  inputs: string[]
}

export interface ExplainedAdjustment {
  kind: 'bonus' | 'deduction' | 'veto' | 'exemption' | 'override' | 'cap' | 'penalty' | 'clamp'
  item: string
  points: number | null
  /** the rule applied, in words */
  rule: string
  /** the recorded reason, when a person decided it */
  reason: string | null
}

export interface PersonExplanation {
  period: string
  periodName: string
  kind: 'quarter' | 'annual' | 'special'
  staffNo: string
  name: string
  department: string
  status: string
  /** the rules used, in words (role weights, trimming, rounding, thresholds, quota) */
  rules: string[]
  indicators: ExplainedIndicator[]
  /** per dimension: the person's score against the department's mean */
  dimensions: { code: string; name: string; weight: number; score: number | null; departmentMean: number | null }[]
  weightedTotal: number | null
  adjustments: ExplainedAdjustment[]
  inputCounts: ExplainedInputCounts
  total: number | null
  totalRounded: number | null
  rank: number | null
  graded: number
  proposedGrade: string
  grade: string
  flags: ResultFlag[]
  annual: AnnualDetail | null
}

const periodRef = z.string().min(1).max(50)
const staffNo = z.string().min(1).max(50)

export const explainMethods = {
  'results-explain': method<PersonExplanation>()(z.object({ period: periodRef, staffNo }), { mutates: false, access: access.readScoped }),
  /** the same as a printable 个人考核结果单 workbook (A4) */
  'results-explain-export': method<ExportedFile>()(z.object({ period: periodRef, staffNo }), { mutates: false, access: access.readScoped }),
  /**
   * Everyone's 个人考核结果单 in one workbook: one sheet per department (or only the one named), each
   * person's block as results-explain-export writes it, a page break after each
   */
  'results-explain-export-all': method<ExportedFile>()(z.object({ period: periodRef, department: z.string().trim().min(1).max(200).optional() }), { mutates: false, long: true, access: access.readScoped }),
}
