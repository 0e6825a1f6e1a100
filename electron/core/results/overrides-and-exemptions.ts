import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { personRowsInReach, type DepartmentReach } from '../scope/department-reach'

/** The indicators exempted per person (容错免责), by code, for the people within `reach`. */
export async function loadExempted(db: Kysely<Database>, periodId: string, reach: DepartmentReach): Promise<{ personId: number; indicatorCode: string }[]> {
  const exempted = db.selectFrom('exemptions').select(['exemptions.person_id', 'exemptions.indicator_code']).where('exemptions.period_id', '=', periodId)
  const rows = await personRowsInReach(exempted, 'exemptions.person_id', reach).orderBy('exemptions.id').execute()
  return rows.map((r) => ({ personId: r.person_id, indicatorCode: r.indicator_code }))
}

/** The committee's grade overrides of a period, by person. */
export async function loadOverrides(db: Kysely<Database>, periodId: string): Promise<Map<number, { grade: string; reason: string }>> {
  const rows = await db.selectFrom('grade_overrides').select(['person_id', 'grade', 'reason']).where('period_id', '=', periodId).execute()
  return new Map(rows.map((r) => [r.person_id, { grade: r.grade, reason: r.reason }]))
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
