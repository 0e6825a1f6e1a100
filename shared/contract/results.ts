import { z } from 'zod'
import { method } from './define'
import type { RuleSettings } from '../domain/settings'
import type { SchemeRaterSettings } from '../domain/rater-settings'

export type StoredSettings = RuleSettings & { raterSettings?: SchemeRaterSettings }

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
}

export interface PeriodResults {
  period: string
  computedAt: string | null
  dimensions: { code: string; name: string }[]
  /** the rules these results were computed with, with the scheme's own rater settings when it had any */
  settings: StoredSettings | null
  graded: number
  goodQuota: number
  rows: ResultRow[]
}

const periodRef = z.string().min(1).max(50)

export const resultsMethods = {
  'results-compute': method<PeriodResults>()(z.object({ period: periodRef }), { mutates: true, long: true }),
  'results-list': method<PeriodResults>()(z.object({ period: periodRef }), { mutates: false }),
}
