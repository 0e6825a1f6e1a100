import type { Generated } from 'kysely'

export interface GradeHistoryTable {
  person_id: number
  year: number
  /** 优秀 · 称职 · 基本称职 · 不称职 · 不定等次 */
  annual_grade: string
  /** 好 · 较好 · 一般 · 较差; null where unknown */
  q1: string | null
  q2: string | null
  q3: string | null
  q4: string | null
  batch_id: number | null
  source_row: number | null
  updated_at: string
}

export interface PenaltyTable {
  id: Generated<number>
  person_id: number
  type: string
  /** ISO date */
  decided_on: string
  term_months: number | null
  reason: string | null
  /** 'penalty' | 'negative' (不担当不作为) */
  kind: string
  batch_id: number | null
  source_row: number | null
  created_at: string
  created_by: string
}

/** Past years' grades and penalties, as imported. */
export interface HistoryTables {
  grade_history: GradeHistoryTable
  penalties: PenaltyTable
}
