import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import type { RuleSettings } from '../domain/settings'
import type { SchemeRaterSettings } from '../domain/rater-settings'

export type StoredSettings = RuleSettings & { raterSettings?: SchemeRaterSettings }

/**
 * Why a person's grade needs a second look, as the CLI's `results --json` lists it per person and
 * the result grids badge it: a tie at a quota boundary, a cap applied (ballots, quarterly 一般), a
 * penalty, a risk exemption, a committee override, a veto, the person not being graded
 * (不定等次), over the quota, or barred from 优秀.
 */
export const resultFlagKinds = ['boundaryTie', 'cap', 'penalty', 'exemption', 'override', 'veto', 'undetermined', 'overQuota', 'excellentBarred'] as const
export type ResultFlagKind = (typeof resultFlagKinds)[number]

/** A flag as stored: a message key with its values, rendered in the reader's language when read. */
export interface StoredFlag {
  kind: ResultFlagKind
  key: string
  params?: Record<string, string | number>
}

export interface ResultFlag {
  kind: ResultFlagKind
  text: string
}

/** What an annual result drew on (stored with it, shown by explain). */
export interface AnnualDetail {
  /** the annual assessment's own total (its scheme), full precision; null when not scored */
  assessment: number | null
  /** the year's graded quarters as published */
  quarters: { period: string; total: number; grade: string }[]
  /** the mean of the published quarterly totals; null when there was none */
  quarterMean: number | null
  /** the annual score before rounding; null when not graded */
  score: number | null
  /** 不定等次 case when ungraded: probation · leave · investigation · penalty · other (a reason none of the cases matches) */
  undetermined: string | null
}

export interface ResultRow {
  staffNo: string
  name: string
  department: string
  /** rounded half-up to 2 decimals; null for 不定等次 */
  total: number | null
  rank: number | null
  grade: string
  /** dimension code → score rounded to 2 decimals */
  dimensions: Record<string, number | null>
  /** i18n-rendered remarks: missing ratings, quota applied, tie at the boundary … */
  notes: string[]
  /** the grade the rules proposed; differs from `grade` only after a committee override */
  proposedGrade: string
  flags: ResultFlag[]
  /** names of the indicators exempted for this person (容错免责) */
  exempted: string[]
  /** annual periods only */
  annual: AnnualDetail | null
}

export interface PeriodResults {
  period: string
  kind: 'quarter' | 'annual' | 'special'
  /** the grade the quota limits: 好 for a quarter, 优秀 for a year */
  quotaGrade: string
  /** when the 优秀 quota was shared out to departments: each department's places */
  departmentQuotas: { department: string; graded: number; quota: number }[] | null
  computedAt: string | null
  dimensions: { code: string; name: string }[]
  /** the rules these results were computed with, with the scheme's own rater settings when it had any */
  settings: StoredSettings | null
  graded: number
  /** the quota of quotaGrade (unit-wide, or the sum of the departments' places) */
  goodQuota: number
  rows: ResultRow[]
}

const periodRef = z.string().min(1).max(50)

export const resultsMethods = {
  'results-compute': method<PeriodResults>()(z.object({ period: periodRef }), { mutates: true, long: true, access: access.work }),
  'results-list': method<PeriodResults>()(z.object({ period: periodRef }), { mutates: false, access: access.readScoped }),
}
