import type { Generated } from 'kysely'

/** An objective of a person or a department (migration 006): exactly one owner is set. */
export interface ObjectiveTable {
  id: Generated<number>
  title: string
  owner_person_id: number | null
  owner_department_id: number | null
  start_date: string
  due_date: string
  weight: Generated<number>
  note: string | null
  batch_id: number | null
  source_row: number | null
  created_by: string
  created_at: string
  updated_by: string
  updated_at: string
}

export interface KeyResultTable {
  id: Generated<number>
  objective_id: number
  title: string
  unit: string | null
  baseline: number
  target: number
  /** the latest reported value (kr_progress); null until the first report */
  current: number | null
  /** null: the objective's dates */
  start_date: string | null
  due_date: string | null
  weight: Generated<number>
  sort_order: Generated<number>
  batch_id: number | null
  source_row: number | null
  updated_by: string
  updated_at: string
}

/** One report of a key result's value, as of a date (migration 006). */
export interface KrProgressTable {
  id: Generated<number>
  key_result_id: number
  value: number
  recorded_on: string
  note: string | null
  batch_id: number | null
  recorded_by: string
  recorded_at: string
}

/** Objectives, their key results and the reports of progress (migration 006). */
export interface OkrTables {
  objectives: ObjectiveTable
  key_results: KeyResultTable
  kr_progress: KrProgressTable
}
