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
  self_score: number | null
  comment: string | null
  proposed_grade: string | null
  decided_by: string
  decided_at: string
}

/** Assessment periods, who takes part in each, and each person's stages. */
export interface PeriodTables {
  periods: PeriodTable
  period_people: PeriodPersonTable
  stages: StageTable
}
