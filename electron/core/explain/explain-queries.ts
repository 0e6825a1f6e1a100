import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { AppError } from '../../../shared/contract/app-error'
import { dimensionMeans, type DimensionScores } from '../../../shared/domain/result-uses'
import { t } from '../../../shared/i18n'
import { peopleInReach, type DepartmentReach } from '../scope/department-reach'

/**
 * The person by staff number within `reach`; an unknown number is refused with the number named,
 * and so is a person outside the reach, in the same words: a limited account does not learn that
 * someone exists beyond its departments.
 */
export async function findStaff(db: Kysely<Database>, staffNo: string, reach: DepartmentReach) {
  const row = await peopleInReach(
    db
      .selectFrom('people')
      .innerJoin('departments', 'departments.id', 'people.department_id')
      .select(['people.id', 'people.staff_no', 'people.name', 'people.department_id', 'departments.name as department'])
      .where('people.staff_no', '=', staffNo.trim()),
    reach,
  ).executeTakeFirst()
  if (!row) throw new AppError('not-found', t('explain.error.unknownStaff', { staffNo }))
  return row
}

/** The stored full-precision totals of a period's results, by person. */
export async function loadStoredTotals(db: Kysely<Database>, periodId: string): Promise<Map<number, number | null>> {
  const rows = await db.selectFrom('results').select(['person_id', 'total']).where('period_id', '=', periodId).execute()
  return new Map(rows.map((r) => [r.person_id, r.total]))
}

/**
 * The department's mean per dimension over its people's stored results (full precision), each
 * dimension over those who have a score on it.
 */
export async function departmentMeans(db: Kysely<Database>, periodId: string, departmentId: number): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('results')
    .innerJoin('people', 'people.id', 'results.person_id')
    .select('results.dimensions')
    .where('results.period_id', '=', periodId)
    .where('people.department_id', '=', departmentId)
    .execute()
  const scores = rows.map((r) => JSON.parse(r.dimensions) as DimensionScores)
  const codes = [...new Set(scores.flatMap((d) => Object.keys(d)))]
  const means = dimensionMeans(scores, codes)
  return new Map(codes.flatMap((code): [string, number][] => (means[code] === null ? [] : [[code, means[code] as number]])))
}

/** The reasons recorded with each person's exemptions (容错免责), by person, then indicator code. */
export async function exemptionReasons(db: Kysely<Database>, periodId: string): Promise<Map<number, Map<string, string>>> {
  const rows = await db
    .selectFrom('exemptions')
    .select(['person_id', 'indicator_code', 'evaluation', 'reason'])
    .where('period_id', '=', periodId)
    .orderBy('id')
    .execute()
  const out = new Map<number, Map<string, string>>()
  for (const r of rows) {
    const own = out.get(r.person_id) ?? new Map<string, string>()
    // in entry order, so a later exemption of the same indicator gives its reason, as before
    own.set(r.indicator_code, [r.evaluation, r.reason].map((s) => s.trim()).filter(Boolean).join('；'))
    out.set(r.person_id, own)
  }
  return out
}

/** The committee's grade overrides of a period with who decided them, by person. */
export async function loadOverrideDecisions(db: Kysely<Database>, periodId: string) {
  const rows = await db.selectFrom('grade_overrides').select(['person_id', 'grade', 'reason', 'decided_by', 'decided_at']).where('period_id', '=', periodId).execute()
  return new Map(rows.map((r) => [r.person_id, r]))
}
