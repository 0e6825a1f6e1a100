import type { Generated } from 'kysely'

/** Typed view of the database for Kysely. Booleans are stored as 0/1, JSON as text. */
export interface SchemaMigrationTable {
  id: number
  name: string
  applied_at: string
}

export interface SettingTable {
  key: string
  value: string
}

export interface DepartmentTable {
  id: Generated<number>
  name: string
  path: string
  parent_id: number | null
}

export interface PersonTable {
  id: Generated<number>
  staff_no: string
  name: string
  department_id: number
  position_class: string | null
  rank_title: string | null
  is_leader: number
  gender: string | null
  birth: string | null
  political: string | null
  status: string
  status_reason: string | null
  created_at: string
  updated_at: string
}

export interface SchemeTable {
  id: Generated<number>
  name: string
  version: number
  status: string
  created_at: string
  /** the version this one was copied from (migration 002) */
  based_on_version: number | null
}

export interface IndicatorTable {
  id: Generated<number>
  scheme_id: number
  code: string
  name: string
  parent_code: string | null
  weight: number
  layer: string
  scope: string
  nature: string | null
  mode: string
  target: number | null
  direction: string
  cap: number | null
  valid_from: string | null
  valid_to: string | null
  description: string | null
  sort_order: number
}

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

export interface ImportBatchTable {
  id: Generated<number>
  kind: string
  period_id: string | null
  file_name: string
  file_hash: string
  rows: number
  created_at: string
  created_by: string
}

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

/** One applied weighting of a parent's children: how the weights were reached (migration 002). */
export interface WeightDecisionTable {
  id: Generated<number>
  scheme_id: number
  parent_code: string | null
  method: string
  /** JSON: child code → weight */
  weights: string
  /** JSON: what the method was given (matrices, period, mix shares) */
  inputs: string
  /** JSON: what it produced (CR, λmax, entropies) */
  result: string
  decided_by: string
  decided_at: string
}

export interface AuditLogTable {
  id: Generated<number>
  at: string
  user_name: string
  user_role: string
  method: string
  entity: string
  entity_id: string | null
  before: string | null
  after: string | null
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

export interface RaterSettingTable {
  scheme_id: number
  /** '' for the whole scheme */
  dimension_code: string
  settings: string
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

export interface ResultUseTable {
  year: number
  list: string
  /** staff number, or department path for the per-department lists */
  subject: string
  /** 'pending' | 'done' */
  status: string
  note: string | null
  updated_by: string
  updated_at: string
}

export interface DepartmentGradeTable {
  year: number
  department_id: number
  /** 优秀 · 良好 · 达标 · 诫勉 */
  grade: string
}

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

export interface Database {
  schema_migrations: SchemaMigrationTable
  settings: SettingTable
  departments: DepartmentTable
  people: PersonTable
  schemes: SchemeTable
  indicators: IndicatorTable
  periods: PeriodTable
  period_people: PeriodPersonTable
  import_batches: ImportBatchTable
  ratings: RatingTable
  results: ResultTable
  computations: ComputationTable
  audit_log: AuditLogTable
  weight_decisions: WeightDecisionTable
  stages: StageTable
  ballots: BallotTable
  satisfaction: SatisfactionTable
  measures: MeasureTable
  rater_settings: RaterSettingTable
  flags: FlagTable
  grade_history: GradeHistoryTable
  penalties: PenaltyTable
  grade_overrides: GradeOverrideTable
  exemptions: ExemptionTable
  notices: NoticeTable
  appeals: AppealTable
  result_uses: ResultUseTable
  department_grades: DepartmentGradeTable
  objectives: ObjectiveTable
  key_results: KeyResultTable
  kr_progress: KrProgressTable
}
