import type { Generated } from 'kysely'

export interface RatingTable {
  id: Generated<number>
  period_id: string
  person_id: number
  indicator_id: number
  role: string
  rater: string | null
  score: number
  batch_id: number | null
  source_row: number | null
}

export interface BallotTable {
  id: Generated<number>
  period_id: string
  person_id: number
  indicator_id: number
  excellent: number
  competent: number
  basic: number
  incompetent: number
  unknown: number
  batch_id: number | null
  source_row: number | null
}

export interface SatisfactionTable {
  id: Generated<number>
  period_id: string
  person_id: number | null
  department_id: number | null
  indicator_id: number
  satisfied: number | null
  basic: number | null
  dissatisfied: number | null
  rate: number | null
  batch_id: number | null
  source_row: number | null
}

export interface MeasureTable {
  id: Generated<number>
  period_id: string
  person_id: number
  indicator_id: number
  actual: number
  batch_id: number | null
  source_row: number | null
}

export interface FlagTable {
  id: Generated<number>
  period_id: string
  kind: string
  role: string | null
  rater: string | null
  person_id: number | null
  details: string
  /** 'open' | 'confirmed' | 'excluded' */
  status: string
  reason: string | null
  decided_by: string | null
  decided_at: string | null
  created_at: string
}

/** What a period is scored from: ratings, ballots, satisfaction, measured values, and the cross-check flags over them. */
export interface InputTables {
  ratings: RatingTable
  ballots: BallotTable
  satisfaction: SatisfactionTable
  measures: MeasureTable
  flags: FlagTable
}
