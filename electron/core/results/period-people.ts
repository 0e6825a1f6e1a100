import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { selectWithPerson } from '../../db/rows-with-person'
import type { PeriodPerson } from '../../../shared/domain/compute-period'
import { t } from '../../../shared/i18n'
import { AppError } from '../../../shared/contract/app-error'
import { peopleInReach, type DepartmentReach } from '../scope/department-reach'

export async function findPeriod(db: Kysely<Database>, id: string) {
  const period = await db.selectFrom('periods').selectAll().where('id', '=', id).executeTakeFirst()
  if (!period) throw new AppError('not-found', t('results.error.periodNotFound', { period: id }))
  return period
}

/**
 * The people listed in a period with their department and period status, those within `reach`:
 * the one query behind computing and the stage lists.
 */
export function periodPeopleQuery(db: Kysely<Database>, periodId: string, reach: DepartmentReach) {
  return peopleInReach(
    selectWithPerson(db, 'period_people')
      .select(['people.id', 'people.position_class', 'departments.path as department_path', 'period_people.status', 'period_people.status_reason'])
      .where('period_people.period_id', '=', periodId),
    reach,
  )
}

type PeriodPersonQueryRow = Awaited<ReturnType<ReturnType<typeof periodPeopleQuery>['executeTakeFirstOrThrow']>>

/** A row of periodPeopleQuery as computePeriod and the stage lists read a person. */
export function toPeriodPerson(r: PeriodPersonQueryRow): PeriodPerson & { departmentPath: string; statusReason: string | null } {
  return {
    personId: r.id,
    staffNo: r.staff_no,
    name: r.name,
    department: r.department,
    departmentPath: r.department_path,
    positionClass: r.position_class,
    status: r.status,
    statusReason: r.status_reason,
  }
}

export async function loadPeriodPeople(db: Kysely<Database>, periodId: string, reach: DepartmentReach): Promise<PeriodPerson[]> {
  const rows = await periodPeopleQuery(db, periodId, reach).orderBy('people.staff_no').execute()
  return rows.map(toPeriodPerson)
}
