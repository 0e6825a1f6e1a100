export interface PeriodTable {
  id: string
  kind: string
  year: number
  name: string
  scheme_id: number
  status: string
  start_date: string
  end_date: string
  created_at: string
}

export interface PeriodPersonTable {
  period_id: string
  person_id: number
  status: string
  status_reason: string | null
}

export interface StageTable {
  period_id: string
  person_id: number
  /** 'self' | 'peer' | 'leader' | 'committee' */
  stage: string
  text: string | null
  /** 个人述职: the day the report was given, YYYY-MM-DD */
  report_date: string | null
  comment: string | null
  proposed_grade: string | null
  decided_by: string
  decided_at: string
}

/** 个人述职's attachment, one per person and period, kept apart so listing stages never reads files. */
export interface StageAttachmentTable {
  period_id: string
  person_id: number
  file_name: string
  size: number
  data: Buffer
  stored_by: string
  stored_at: string
}

/** Assessment periods, who takes part in each, and each person's stages. */
export interface PeriodTables {
  periods: PeriodTable
  period_people: PeriodPersonTable
  stages: StageTable
  stage_attachments: StageAttachmentTable
}
