import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Exemption, GradeOverride, ResultRow } from '../../../shared/contract'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'
import { readResults } from '../results/read-results'

/** A person's result as results-list renders it, so every screen shows the same row after a decision. */
export async function renderedRow(db: Kysely<Database>, periodId: string, staffNo: string): Promise<ResultRow> {
  const row = (await readResults(db, periodId)).rows.find((r) => r.staffNo === staffNo)
  if (!row) throw new AppError('internal', t('error.internal', { ref: 'decisions-row' }))
  return row
}

export async function storedResult(db: Kysely<Database>, periodId: string, personId: number) {
  return db.selectFrom('results').select(['grade', 'proposed_grade', 'flags']).where('period_id', '=', periodId).where('person_id', '=', personId).executeTakeFirst()
}

export async function storedOverride(db: Kysely<Database>, periodId: string, personId: number) {
  return db.selectFrom('grade_overrides').selectAll().where('period_id', '=', periodId).where('person_id', '=', personId).executeTakeFirst()
}

export async function listOverrides(db: Kysely<Database>, periodId: string): Promise<GradeOverride[]> {
  const rows = await db
    .selectFrom('grade_overrides')
    .innerJoin('people', 'people.id', 'grade_overrides.person_id')
    .innerJoin('departments', 'departments.id', 'people.department_id')
    .leftJoin('results', (j) => j.onRef('results.period_id', '=', 'grade_overrides.period_id').onRef('results.person_id', '=', 'grade_overrides.person_id'))
    .select([
      'grade_overrides.period_id',
      'people.staff_no',
      'people.name',
      'departments.name as department',
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
  let q = db
    .selectFrom('exemptions')
    .innerJoin('periods', 'periods.id', 'exemptions.period_id')
    .innerJoin('people', 'people.id', 'exemptions.person_id')
    .innerJoin('departments', 'departments.id', 'people.department_id')
    .leftJoin('indicators', (j) => j.onRef('indicators.code', '=', 'exemptions.indicator_code').onRef('indicators.scheme_id', '=', 'periods.scheme_id'))
    .select([
      'exemptions.id',
      'exemptions.period_id',
      'people.staff_no',
      'people.name',
      'departments.name as department',
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
