import type { Notice } from '../../../shared/contract/notice'
import type { ResultUses } from '../../../shared/contract/uses'
import type { SensitiveView } from '../../../shared/domain/sensitive-fields'
import type { PeriodReportInput } from './report-input'

/** What the registration form needs beyond the result row. */
export interface FormPerson {
  position: string | null
  rankTitle: string | null
  gender: string | null
  /** already as `sensitive` shows it: masked, or null when omitted */
  birth: string | null
  political: string | null
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
  /** how the forms show 出生年月 (the sensitive fields): the exporting role's view, or omitted on request */
  sensitive: SensitiveView
  /** how dates read on the notice (2026年1月5日) */
  formatDate: (iso: string) => string
}
