import type { AnnualDetail, ResultFlag, StoredFlag, StoredSettings } from '../../../shared/contract/results'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { PeriodResults, ResultRow } from '../../../shared/contract'
import type { RuleSettings } from '../../../shared/domain/settings'
import type { ResultNote } from '../../../shared/domain/result-note'
import type { DecidedRow } from './compute-and-store'
import type {
  ComputePeriodInput,
  ExcludedRatings,
  PeriodBallot,
  PeriodMeasure,
  PeriodPerson,
  PeriodRating,
  PeriodSatisfaction,
} from '../../../shared/domain/compute-period'
import type { RaterSettingsPatch, SchemeRaterSettings } from '../../../shared/domain/rater-settings'
import { dimensionsOf } from '../../../shared/domain/scheme-tree'
import { roundHalfUp } from '../../../shared/domain/rounding'
import { isMessageKey, t } from '../../../shared/i18n'
import { AppError } from '../../../shared/contract/app-error'
import { loadIndicators } from '../scheme/scheme-queries'
import { loadSettings } from '../system/settings-store'
import { loadRatingsByPerson } from './ratings-loader'

export async function findPeriod(db: Kysely<Database>, id: string) {
  const period = await db.selectFrom('periods').selectAll().where('id', '=', id).executeTakeFirst()
  if (!period) throw new AppError('not-found', t('results.error.periodNotFound', { period: id }))
  return period
}

/** The people listed in a period with their department and period status: the one query behind computing and the stage lists. */
export function periodPeopleQuery(db: Kysely<Database>, periodId: string) {
  return db
    .selectFrom('period_people')
    .innerJoin('people', 'people.id', 'period_people.person_id')
    .innerJoin('departments', 'departments.id', 'people.department_id')
    .select([
      'people.id',
      'people.staff_no',
      'people.name',
      'people.position_class',
      'departments.name as department',
      'departments.path as department_path',
      'period_people.status',
      'period_people.status_reason',
    ])
    .where('period_people.period_id', '=', periodId)
}

export async function loadPeriodPeople(db: Kysely<Database>, periodId: string): Promise<PeriodPerson[]> {
  const rows = await periodPeopleQuery(db, periodId).orderBy('people.staff_no').execute()
  return rows.map((r) => ({
    personId: r.id,
    staffNo: r.staff_no,
    name: r.name,
    department: r.department,
    departmentPath: r.department_path,
    positionClass: r.position_class,
    status: r.status,
    statusReason: r.status_reason,
  }))
}

/** The period's ratings on its own scheme's indicators, by indicator code, as a flat list in import order (the cross-checks read them so). */
export async function loadPeriodRatings(db: Kysely<Database>, periodId: string, schemeId: number): Promise<PeriodRating[]> {
  const rows = await db
    .selectFrom('ratings')
    .innerJoin('indicators', 'indicators.id', 'ratings.indicator_id')
    .select(['ratings.person_id', 'indicators.code', 'ratings.role', 'ratings.rater', 'ratings.score'])
    .where('ratings.period_id', '=', periodId)
    .where('indicators.scheme_id', '=', schemeId)
    .orderBy('ratings.id')
    .execute()
  return rows.map((r) => ({ personId: r.person_id, indicatorCode: r.code, role: r.role, rater: r.rater, score: r.score }))
}

/**
 * Everything computePeriod needs for one period, read as results-compute reads it: the period's own
 * scheme version, its participants, its ratings, ballots, satisfaction and measured values, the
 * ratings excluded after a cross-check, the scheme's rater settings and the rules in force now.
 * Anything else that recomputes a period's scores (entropy weights) loads them here, so it sees the
 * same numbers.
 */
export async function loadComputeInput(db: Kysely<Database>, periodId: string): Promise<ComputePeriodInput> {
  const period = await findPeriod(db, periodId)
  return {
    indicators: await loadIndicators(db, period.scheme_id),
    people: await loadPeriodPeople(db, period.id),
    ratings: await loadRatingsByPerson(db, period.id, period.scheme_id),
    settings: await loadSettings(db),
    periodWindow: { start: period.start_date, end: period.end_date },
    ballots: await loadPeriodBallots(db, period.id, period.scheme_id),
    satisfaction: await loadPeriodSatisfaction(db, period.id, period.scheme_id),
    measures: await loadPeriodMeasures(db, period.id, period.scheme_id),
    excluded: await loadExcludedRatings(db, period.id),
    raterSettings: await loadSchemeRaterSettings(db, period.scheme_id),
    exempted: await loadExempted(db, period.id),
  }
}

/** The indicators exempted per person (容错免责), by code. */
export async function loadExempted(db: Kysely<Database>, periodId: string): Promise<{ personId: number; indicatorCode: string }[]> {
  const rows = await db.selectFrom('exemptions').select(['person_id', 'indicator_code']).where('period_id', '=', periodId).orderBy('id').execute()
  return rows.map((r) => ({ personId: r.person_id, indicatorCode: r.indicator_code }))
}

/** The committee's grade overrides of a period, by person. */
export async function loadOverrides(db: Kysely<Database>, periodId: string): Promise<Map<number, { grade: string; reason: string }>> {
  const rows = await db.selectFrom('grade_overrides').select(['person_id', 'grade', 'reason']).where('period_id', '=', periodId).execute()
  return new Map(rows.map((r) => [r.person_id, { grade: r.grade, reason: r.reason }]))
}

async function loadPeriodBallots(db: Kysely<Database>, periodId: string, schemeId: number): Promise<PeriodBallot[]> {
  const rows = await db
    .selectFrom('ballots')
    .innerJoin('indicators', 'indicators.id', 'ballots.indicator_id')
    .select(['ballots.person_id', 'indicators.code', 'excellent', 'competent', 'basic', 'incompetent', 'unknown'])
    .where('ballots.period_id', '=', periodId)
    .where('indicators.scheme_id', '=', schemeId)
    .orderBy('ballots.id')
    .execute()
  return rows.map((r) => ({
    personId: r.person_id,
    indicatorCode: r.code,
    counts: { 优秀: r.excellent, 称职: r.competent, 基本称职: r.basic, 不称职: r.incompetent, 不了解: r.unknown },
  }))
}

async function loadPeriodSatisfaction(db: Kysely<Database>, periodId: string, schemeId: number): Promise<PeriodSatisfaction[]> {
  const rows = await db
    .selectFrom('satisfaction')
    .innerJoin('indicators', 'indicators.id', 'satisfaction.indicator_id')
    .leftJoin('departments', 'departments.id', 'satisfaction.department_id')
    .select(['satisfaction.person_id', 'departments.path', 'indicators.code', 'satisfied', 'basic', 'dissatisfied', 'rate'])
    .where('satisfaction.period_id', '=', periodId)
    .where('indicators.scheme_id', '=', schemeId)
    .orderBy('satisfaction.id')
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
async function loadPeriodMeasures(db: Kysely<Database>, periodId: string, schemeId: number): Promise<PeriodMeasure[]> {
  const rows = await db
    .selectFrom('measures')
    .innerJoin('indicators', 'indicators.id', 'measures.indicator_id')
    .select(['measures.person_id', 'indicators.code', 'measures.actual'])
    .where('measures.period_id', '=', periodId)
    .where('indicators.scheme_id', '=', schemeId)
    .orderBy('measures.id')
    .execute()
  return rows.map((r) => ({ personId: r.person_id, indicatorCode: r.code, actual: r.actual }))
}

/** The ratings staff excluded on a flag; a confirmed or open flag leaves its ratings counted. */
export async function loadExcludedRatings(db: Kysely<Database>, periodId: string): Promise<ExcludedRatings[]> {
  const rows = await db
    .selectFrom('flags')
    .select(['role', 'rater', 'person_id'])
    .where('period_id', '=', periodId)
    .where('status', '=', 'excluded')
    .execute()
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

/** Replaces the period's stored results; progress and cancel get a chance between chunks. */
export async function storeResults(
  db: Kysely<Database>,
  periodId: string,
  computed: { rows: readonly DecidedRow[] },
  onChunk: (done: number, total: number) => Promise<void>,
): Promise<void> {
  await db.deleteFrom('results').where('period_id', '=', periodId).execute()
  const CHUNK = 200
  for (let i = 0; i < computed.rows.length; i += CHUNK) {
    const values = computed.rows.slice(i, i + CHUNK).map((r) => ({
      period_id: periodId,
      person_id: r.personId,
      total: r.total,
      total_rounded: r.totalRounded,
      rank: r.rank,
      grade: r.grade,
      // full precision, so a later step (the annual score, an appeal) can recompute from it
      dimensions: JSON.stringify(r.dimensions),
      notes: JSON.stringify(r.notes),
      proposed_grade: r.proposedGrade,
      flags: JSON.stringify(r.flags),
      annual: r.annual ? JSON.stringify(r.annual) : null,
    }))
    await db.insertInto('results').values(values).execute()
    await onChunk(Math.min(i + CHUNK, computed.rows.length), computed.rows.length)
  }
}

export async function storeComputation(
  db: Kysely<Database>,
  row: { periodId: string; computedAt: string; computedBy: string; settings: StoredSettings; graded: number; goodQuota: number; departmentQuotas?: PeriodResults['departmentQuotas'] },
): Promise<void> {
  const values = {
    computed_at: row.computedAt,
    computed_by: row.computedBy,
    settings: JSON.stringify(row.settings),
    graded: row.graded,
    good_quota: row.goodQuota,
    department_quotas: row.departmentQuotas ? JSON.stringify(row.departmentQuotas) : null,
  }
  await db
    .insertInto('computations')
    .values({ period_id: row.periodId, ...values })
    .onConflict((oc) => oc.column('period_id').doUpdateSet(values))
    .execute()
}

export async function loadComputation(db: Kysely<Database>, periodId: string) {
  return db.selectFrom('computations').selectAll().where('period_id', '=', periodId).executeTakeFirst()
}

/** The stored results of a period, ranked first (by rank), the ungraded after, each by staff number. */
export async function readResults(db: Kysely<Database>, periodId: string): Promise<PeriodResults> {
  const period = await findPeriod(db, periodId)
  const dims = dimensionsOf(await loadIndicators(db, period.scheme_id))
  const computation = await loadComputation(db, periodId)
  const rows = await db
    .selectFrom('results')
    .innerJoin('people', 'people.id', 'results.person_id')
    .innerJoin('departments', 'departments.id', 'people.department_id')
    .select([
      'people.staff_no',
      'people.name',
      // the name, as on the roster and in computePeriod's rows; the path only matters for scoping
      'departments.name as department',
      'results.total_rounded',
      'results.rank',
      'results.grade',
      'results.dimensions',
      'results.notes',
      'results.person_id',
      'results.proposed_grade',
      'results.flags',
      'results.annual',
    ])
    .where('results.period_id', '=', periodId)
    .orderBy('results.rank', (ob) => ob.asc().nullsLast())
    .orderBy('people.staff_no')
    .execute()
  const exempted = await exemptedNames(db, periodId, period.scheme_id)
  const annual = period.kind === 'annual'
  return {
    period: periodId,
    kind: period.kind as PeriodResults['kind'],
    quotaGrade: annual ? '优秀' : '好',
    departmentQuotas: computation?.department_quotas ? (JSON.parse(computation.department_quotas) as PeriodResults['departmentQuotas']) : null,
    computedAt: computation?.computed_at ?? null,
    dimensions: dims.map((d) => ({ code: d.code, name: d.name })),
    settings: computation ? (JSON.parse(computation.settings) as RuleSettings) : null,
    graded: computation?.graded ?? 0,
    goodQuota: computation?.good_quota ?? 0,
    rows: rows.map(
      (r): ResultRow => ({
        staffNo: r.staff_no,
        name: r.name,
        department: r.department,
        total: r.total_rounded,
        rank: r.rank,
        grade: r.grade,
        dimensions: roundedDimensions(JSON.parse(r.dimensions) as Record<string, number | null>),
        notes: (JSON.parse(r.notes) as ResultNote[]).map(renderNote),
        proposedGrade: r.proposed_grade ?? r.grade,
        flags: (JSON.parse(r.flags) as StoredFlag[]).map(renderFlag),
        exempted: exempted.get(r.person_id) ?? [],
        annual: r.annual ? (JSON.parse(r.annual) as AnnualDetail) : null,
      }),
    ),
  }
}

function roundedDimensions(dims: Record<string, number | null>): Record<string, number | null> {
  return Object.fromEntries(Object.entries(dims).map(([code, v]) => [code, v === null ? null : roundHalfUp(v)]))
}

/** Flags, like notes, are stored as keys with values and rendered when read. */
export function renderFlag(flag: StoredFlag): ResultFlag {
  return { kind: flag.kind, text: isMessageKey(flag.key) ? t(flag.key, flag.params) : flag.key }
}

/** Per person, the names of the indicators exempted (容错免责) in a period. */
export async function exemptedNames(db: Kysely<Database>, periodId: string, schemeId: number): Promise<Map<number, string[]>> {
  const rows = await db
    .selectFrom('exemptions')
    .leftJoin('indicators', (j) => j.onRef('indicators.code', '=', 'exemptions.indicator_code').on('indicators.scheme_id', '=', schemeId))
    .select(['exemptions.person_id', 'exemptions.indicator_code', 'indicators.name'])
    .where('exemptions.period_id', '=', periodId)
    .orderBy('exemptions.id')
    .execute()
  const out = new Map<number, string[]>()
  for (const r of rows) out.set(r.person_id, [...(out.get(r.person_id) ?? []), r.name ?? r.indicator_code])
  return out
}

/** Notes are stored as keys with values and rendered in the reader's language when listed. */
function renderNote(note: ResultNote): string {
  return isMessageKey(note.key) ? t(note.key, note.params) : note.key
}
