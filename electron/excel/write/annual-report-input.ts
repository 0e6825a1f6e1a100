import type { Notice } from '../../../shared/contract/notice'
import type { ResultUses } from '../../../shared/contract/uses'
import type { PeriodReportInput } from './report-input'

/** What the registration form needs beyond the result row. */
export interface FormPerson {
  position: string | null
  rankTitle: string | null
  /** the 'self' stage's text */
  selfReport: string | null
  /** the 'leader' stage's comment */
  leaderComment: string | null
}

export interface AnnualReportInput extends PeriodReportInput {
  computedBy: string
  /** the period's status in words */
  status: string
  notice: Notice | null
  uses: ResultUses
  /** by staff number */
  forms: Map<string, FormPerson>
  /** how dates read on the notice (2026年1月5日) */
  formatDate: (iso: string) => string
}
