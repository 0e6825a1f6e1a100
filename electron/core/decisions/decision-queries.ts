import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { selectWithPerson } from '../../db/rows-with-person'
import type { Exemption, GradeOverride, ResultRow } from '../../../shared/contract'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'
import { readResults } from '../results/read-results'
import { wholeUnit } from '../scope/department-reach'

/** A person's result as results-list renders it, so every screen shows the same row after a decision. */
export async function renderedRow(db: Kysely<Database>, periodId: string, staffNo: string): Promise<ResultRow> {
  const row = (await readResults(db, periodId, wholeUnit)).rows.find((r) => r.staffNo === staffNo)
  if (!row) throw new AppError('internal', t('error.internal', { ref: 'decisions-row' }))
  return row
}

export async function storedResult(db: Kysely<Database>, periodId: string, personId: number) {
  return db.selectFrom('results').select(['grade', 'proposed_grade', 'flags']).where('period_id', '=', periodId).where('person_id', '=', personId).executeTakeFirst()
}

export async function storedOverride(db: Kysely<Database>, periodId: string, personId: number) {
  return db.selectFrom('grade_overrides').selectAll().where('period_id', '=', periodId).where('person_id', '=', personId).executeTakeFirst()
}

/** The committee's grade for a person, in place of any earlier one; the result row is the caller's to update. */
export async function storeOverride(db: Kysely<Database>, periodId: string, personId: number, decision: { grade: string; reason: string; decidedBy: string }): Promise<void> {
  const values = { grade: decision.grade, reason: decision.reason, decided_by: decision.decidedBy, decided_at: new Date().toISOString() }
  await db
    .insertInto('grade_overrides')
    .values({ period_id: periodId, person_id: personId, ...values })
    .onConflict((oc) => oc.columns(['period_id', 'person_id']).doUpdateSet(values))
    .execute()
}

export async function storedExemption(db: Kysely<Database>, periodId: string, personId: number, indicatorCode: string) {
  return db
    .selectFrom('exemptions')
    .selectAll()
    .where('period_id', '=', periodId)
    .where('person_id', '=', personId)
    .where('indicator_code', '=', indicatorCode)
    .executeTakeFirst()
}

export async function listOverrides(db: Kysely<Database>, periodId: string): Promise<GradeOverride[]> {
  const rows = await selectWithPerson(db, 'grade_overrides')
    .leftJoin('results', (j) => j.onRef('results.period_id', '=', 'grade_overrides.period_id').onRef('results.person_id', '=', 'grade_overrides.person_id'))
    .select([
      'grade_overrides.period_id',
      'results.proposed_grade',
      'grade_overrides.grade',
      'grade_overrides.reason',
      'grade_overrides.decided_by',
      'grade_overrides.decided_at',
    ])
    .where('grade_overrides.period_id', '=', periodId)
    .orderBy('people.staff_no')
    .execute()
  return rows.map((r) => ({
    period: r.period_id,
    staffNo: r.staff_no,
    name: r.name,
    department: r.department,
    // a result row always exists beside an override; the fallback only guards hand-edited data
    proposedGrade: r.proposed_grade ?? '',
    grade: r.grade,
    reason: r.reason,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
  }))
}

/** A period's exemptions, or one by id; the indicator named as in the period's own scheme version. */
export async function listExemptions(db: Kysely<Database>, where: { periodId: string } | { id: number }): Promise<Exemption[]> {
  let q = selectWithPerson(db, 'exemptions')
    .innerJoin('periods', 'periods.id', 'exemptions.period_id')
    .leftJoin('indicators', (j) => j.onRef('indicators.code', '=', 'exemptions.indicator_code').onRef('indicators.scheme_id', '=', 'periods.scheme_id'))
    .select([
      'exemptions.id',
      'exemptions.period_id',
      'exemptions.indicator_code',
      'indicators.name as indicator_name',
      'exemptions.evaluation',
      'exemptions.reason',
      'exemptions.decided_by',
      'exemptions.decided_at',
      'exemptions.appeal_id',
    ])
  q = 'id' in where ? q.where('exemptions.id', '=', where.id) : q.where('exemptions.period_id', '=', where.periodId)
  const rows = await q.orderBy('people.staff_no').orderBy('exemptions.id').execute()
  // alike roster's listPeople only in shape: this maps an exemption's fields, that one a person's
  return rows.map((r) => ({
    id: r.id,
    period: r.period_id,
    staffNo: r.staff_no,
    name: r.name,
    department: r.department,
    indicatorCode: r.indicator_code,
    indicatorName: r.indicator_name ?? r.indicator_code,
    evaluation: r.evaluation,
    reason: r.reason,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    appealId: r.appeal_id,
  }))
}
