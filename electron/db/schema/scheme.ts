import type { Generated } from 'kysely'

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

export interface RaterSettingTable {
  scheme_id: number
  /** '' for the whole scheme */
  dimension_code: string
  settings: string
}

/** Indicator schemes, one row per version, with their indicators, weighting decisions and rater settings. */
export interface SchemeTables {
  schemes: SchemeTable
  indicators: IndicatorTable
  weight_decisions: WeightDecisionTable
  rater_settings: RaterSettingTable
}
