import type { Kysely } from 'kysely'
import type { RatingSummary } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import type { Database } from '../../db/schema'
import { AppError } from '../../../shared/contract/app-error'

/** Count and mean of a period's ratings per person, indicator and rater role. */
export async function ratingsSummary(db: Kysely<Database>, periodId: string): Promise<RatingSummary[]> {
  const period = await db.selectFrom('periods').select('id').where('id', '=', periodId).executeTakeFirst()
  if (!period) throw new AppError('not-found', t('period.notFound', { id: periodId }))
  const rows = await db
    .selectFrom('ratings')
    .innerJoin('people', 'people.id', 'ratings.person_id')
    .innerJoin('departments', 'departments.id', 'people.department_id')
    .innerJoin('indicators', 'indicators.id', 'ratings.indicator_id')
    .select(({ fn }) => [
      'people.staff_no',
      'people.name',
      'departments.path',
      'indicators.code',
      'indicators.name as indicator_name',
      'indicators.sort_order',
      'ratings.role',
      fn.countAll<number>().as('n'),
      fn.avg<number>('ratings.score').as('mean'),
    ])
    .where('ratings.period_id', '=', periodId)
    .groupBy(['ratings.person_id', 'ratings.indicator_id', 'ratings.role'])
    .orderBy('people.staff_no')
    .orderBy('indicators.sort_order')
    .orderBy('ratings.role')
    .execute()
  return rows.map((r) => ({
    staffNo: r.staff_no,
    name: r.name,
    department: r.path,
    indicatorCode: r.code,
    indicatorName: r.indicator_name,
    role: r.role,
    count: Number(r.n),
    mean: Number(r.mean),
  }))
}
