import type { Generated } from 'kysely'

export interface NoticeTable {
  period_id: string
  start_date: string
  end_date: string
  working_days: number
  /** JSON string[] */
  grades: string
  published_by: string
  published_at: string
}

export interface AppealTable {
  id: Generated<number>
  period_id: string
  person_id: number
  /** 复核 · 申诉 */
  kind: string
  filed_on: string
  review_decided_on: string | null
  reason: string
  /** 'pending' | 'upheld' | 'rejected' */
  status: string
  decided_on: string | null
  decision: string | null
  /** JSON AppealCorrection */
  correction: string | null
  /** JSON ResultSnapshot[] */
  before: string | null
  after: string | null
  created_by: string
  created_at: string
  decided_by: string | null
}

/** The public notice of a period's results and the appeals against them. */
export interface NoticeAppealTables {
  notices: NoticeTable
  appeals: AppealTable
}
