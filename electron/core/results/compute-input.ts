import type { Kysely, SelectQueryBuilder } from 'kysely'
import type { Database } from '../../db/schema'
import type {
  ComputePeriodInput,
  ExcludedRatings,
  PeriodBallot,
  PeriodMeasure,
  PeriodRating,
  PeriodSatisfaction,
} from '../../../shared/domain/compute-period'
import type { RaterSettingsPatch, SchemeRaterSettings } from '../../../shared/domain/rater-settings'
import { loadIndicators } from '../scheme/scheme-queries'
import { loadSettings } from '../system/settings-store'
import { loadRatingsByPerson } from './ratings-loader'
import { findPeriod, loadPeriodPeople } from './period-people'
import { loadExempted } from './overrides-and-exemptions'
import { personRowsInReach, wholeUnit, type DepartmentReach, type Unowned } from '../scope/department-reach'

/** The tables of what a period is scored from, each row on one indicator of one period. */
type InputTable = 'ratings' | 'ballots' | 'satisfaction' | 'measures'

/**
 * A period's rows of one input table on its own scheme version's indicators (a row on another
 * version's indicator is left out), each with its indicator's code, in import order; only the rows
 * of people within `reach` (and those of no one, as `unowned` says).
 */
function onSchemeIndicators<T extends InputTable>(
  db: Kysely<Database>,
  table: T,
  periodId: string,
  schemeId: number,
  reach: DepartmentReach,
  unowned: Unowned = 'drop',
): SelectQueryBuilder<Database, T | 'indicators', { code: string }> {
  // Kysely cannot check a join on a table named by a type parameter; on the union it can, and the SQL is the same
  const from: InputTable = table
  const q = db
    .selectFrom(from)
    .innerJoin('indicators', 'indicators.id', `${from}.indicator_id`)
    .select('indicators.code')
    .where(`${from}.period_id`, '=', periodId)
    .where('indicators.scheme_id', '=', schemeId)
    .orderBy(`${from}.id`)
  return personRowsInReach(q, `${from}.person_id`, reach, unowned) as SelectQueryBuilder<Database, T | 'indicators', { code: string }>
}

/** The period's ratings on its own scheme's indicators, by indicator code, as a flat list in import order (the cross-checks read them so). */
export async function loadPeriodRatings(db: Kysely<Database>, periodId: string, schemeId: number): Promise<PeriodRating[]> {
  const rows = await onSchemeIndicators(db, 'ratings', periodId, schemeId, wholeUnit).select(['ratings.person_id', 'ratings.role', 'ratings.rater', 'ratings.score']).execute()
  return rows.map((r) => ({ personId: r.person_id, indicatorCode: r.code, role: r.role, rater: r.rater, score: r.score }))
}

/**
 * Everything computePeriod needs for one period, read as results-compute reads it: the period's own
 * scheme version, its participants, its ratings, ballots, satisfaction and measured values, the
 * ratings excluded after a cross-check, the scheme's rater settings and the rules in force now.
 * Anything else that recomputes a period's scores (entropy weights) loads them here, so it sees the
 * same numbers. Computing reads the whole unit; a result sheet, which scores each person from their
 * own inputs and their department's, reads only the people within its `reach`.
 */
export async function loadComputeInput(db: Kysely<Database>, periodId: string, reach: DepartmentReach): Promise<ComputePeriodInput> {
  const period = await findPeriod(db, periodId)
  return {
    indicators: await loadIndicators(db, period.scheme_id),
    people: await loadPeriodPeople(db, period.id, reach),
    ratings: await loadRatingsByPerson(db, period.id, period.scheme_id, reach),
    settings: await loadSettings(db),
    periodWindow: { start: period.start_date, end: period.end_date },
    ballots: await loadPeriodBallots(db, period.id, period.scheme_id, reach),
    satisfaction: await loadPeriodSatisfaction(db, period.id, period.scheme_id, reach),
    measures: await loadPeriodMeasures(db, period.id, period.scheme_id, reach),
    excluded: await loadExcludedRatings(db, period.id, reach),
    raterSettings: await loadSchemeRaterSettings(db, period.scheme_id),
    exempted: await loadExempted(db, period.id, reach),
  }
}

async function loadPeriodBallots(db: Kysely<Database>, periodId: string, schemeId: number, reach: DepartmentReach): Promise<PeriodBallot[]> {
  const rows = await onSchemeIndicators(db, 'ballots', periodId, schemeId, reach).select(['ballots.person_id', 'excellent', 'competent', 'basic', 'incompetent', 'unknown']).execute()
  return rows.map((r) => ({
    personId: r.person_id,
    indicatorCode: r.code,
    counts: { 优秀: r.excellent, 称职: r.competent, 基本称职: r.basic, 不称职: r.incompetent, 不了解: r.unknown },
  }))
}

/** A department's own counts (no person) stand for its people: they come with the department's reach. */
async function loadPeriodSatisfaction(db: Kysely<Database>, periodId: string, schemeId: number, reach: DepartmentReach): Promise<PeriodSatisfaction[]> {
  const rows = await onSchemeIndicators(db, 'satisfaction', periodId, schemeId, reach, { departmentColumn: 'satisfaction.department_id' })
    .leftJoin('departments', 'departments.id', 'satisfaction.department_id')
    .select(['satisfaction.person_id', 'departments.path', 'satisfied', 'basic', 'dissatisfied', 'rate'])
    .execute()
  return rows.map((r) => {
    const counted = r.satisfied !== null || r.basic !== null || r.dissatisfied !== null
    return {
      personId: r.person_id,
      department: r.person_id === null ? r.path : null,
      indicatorCode: r.code,
      counts: counted ? { 满意: r.satisfied ?? 0, 基本满意: r.basic ?? 0, 不满意: r.dissatisfied ?? 0 } : null,
      rate: r.rate,
    }
  })
}

/** In import order, so a value measured again later replaces the earlier one. */
async function loadPeriodMeasures(db: Kysely<Database>, periodId: string, schemeId: number, reach: DepartmentReach): Promise<PeriodMeasure[]> {
  const rows = await onSchemeIndicators(db, 'measures', periodId, schemeId, reach).select(['measures.person_id', 'measures.actual']).execute()
  return rows.map((r) => ({ personId: r.person_id, indicatorCode: r.code, actual: r.actual }))
}

/**
 * The ratings staff excluded on a flag; a confirmed or open flag leaves its ratings counted. A
 * rater's exclusion for everyone (no person) holds within any reach.
 */
export async function loadExcludedRatings(db: Kysely<Database>, periodId: string, reach: DepartmentReach): Promise<ExcludedRatings[]> {
  const flags = db.selectFrom('flags').select(['flags.role', 'flags.rater', 'flags.person_id']).where('flags.period_id', '=', periodId).where('flags.status', '=', 'excluded')
  const rows = await personRowsInReach(flags, 'flags.person_id', reach, 'keep').execute()
  return rows.filter((r) => r.role !== null).map((r) => ({ role: r.role as string, rater: r.rater, personId: r.person_id }))
}

export async function loadSchemeRaterSettings(db: Kysely<Database>, schemeId: number): Promise<SchemeRaterSettings> {
  const rows = await db.selectFrom('rater_settings').select(['dimension_code', 'settings']).where('scheme_id', '=', schemeId).execute()
  const out: SchemeRaterSettings & { dimensions: Record<string, RaterSettingsPatch> } = { scheme: null, dimensions: {} }
  for (const r of rows) {
    const patch = JSON.parse(r.settings) as RaterSettingsPatch
    if (r.dimension_code === '') out.scheme = patch
    else out.dimensions[r.dimension_code] = patch
  }
  return out
}
