import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Period, PeriodKind, PeriodStatus } from '../../../shared/contract'

export async function listPeriods(db: Kysely<Database>): Promise<Period[]> {
  const rows = await db
    .selectFrom('periods')
    .innerJoin('schemes', 'schemes.id', 'periods.scheme_id')
    .leftJoin('computations', 'computations.period_id', 'periods.id')
    .select([
      'periods.id',
      'periods.kind',
      'periods.year',
      'periods.name',
      'periods.status',
      'periods.start_date',
      'periods.end_date',
      'periods.created_at',
      'schemes.name as scheme_name',
      'schemes.version as scheme_version',
      'computations.computed_at',
    ])
    .select((eb) => [
      eb.selectFrom('period_people').whereRef('period_people.period_id', '=', 'periods.id').select(eb.fn.countAll<number>().as('n')).as('participants'),
      eb.selectFrom('ratings').whereRef('ratings.period_id', '=', 'periods.id').select(eb.fn.countAll<number>().as('n')).as('rating_count'),
    ])
    .orderBy('periods.id', 'desc')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as PeriodKind,
    year: r.year,
    name: r.name,
    schemeName: r.scheme_name,
    schemeVersion: r.scheme_version,
    status: r.status as PeriodStatus,
    startDate: r.start_date,
    endDate: r.end_date,
    participants: Number(r.participants ?? 0),
    ratingCount: Number(r.rating_count ?? 0),
    computedAt: r.computed_at ?? null,
    createdAt: r.created_at,
  }))
}
