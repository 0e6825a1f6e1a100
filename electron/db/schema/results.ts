import type { Generated } from 'kysely'

export interface ResultTable {
  period_id: string
  person_id: number
  total: number | null
  total_rounded: number | null
  rank: number | null
  grade: string
  dimensions: string
  notes: string
  /** the grade the rules proposed, before a committee override (migration 005) */
  proposed_grade: string | null
  /** JSON StoredFlag[] (migration 005) */
  flags: Generated<string>
  /** JSON AnnualDetail for an annual period (migration 005) */
  annual: string | null
}

export interface ComputationTable {
  period_id: string
  computed_at: string
  computed_by: string
  settings: string
  graded: number
  good_quota: number
  /** JSON, when the 优秀 quota was shared out to departments (migration 005) */
  department_quotas: string | null
}

export interface GradeOverrideTable {
  period_id: string
  person_id: number
  grade: string
  reason: string
  decided_by: string
  decided_at: string
}

export interface ExemptionTable {
  id: Generated<number>
  period_id: string
  person_id: number
  indicator_code: string
  evaluation: string
  reason: string
  decided_by: string
  decided_at: string
  /** the appeal whose correction made it, if any */
  appeal_id: number | null
}

export interface DepartmentGradeTable {
  year: number
  department_id: number
  /** 优秀 · 良好 · 达标 · 诫勉 */
  grade: string
}

/** Computed results, the committee's decisions over them, and the departments' own grades that share out the annual 优秀 places. */
export interface ResultTables {
  results: ResultTable
  computations: ComputationTable
  grade_overrides: GradeOverrideTable
  exemptions: ExemptionTable
  department_grades: DepartmentGradeTable
}
