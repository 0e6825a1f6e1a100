import type { Kysely, Selectable } from 'kysely'
import { isMessageKey, t } from '../../../shared/i18n'
import { AppError } from '../../../shared/contract/app-error'
import type { Database, PeriodTable } from '../../db/schema'
import { StaffNumberIndex } from '../../excel/normalize'
import type { RatedPerson, SchemeIndicator } from './ratings-rows'
import { problemText } from '../../excel/problems'

/** Ratings may come in until the committee has approved the period. */
const CLOSED_STATUSES = new Set(['approved', 'noticed', 'final'])

export async function findOpenPeriod(db: Kysely<Database>, id: string): Promise<Selectable<PeriodTable>> {
  const period = await db.selectFrom('periods').selectAll().where('id', '=', id).executeTakeFirst()
  if (!period) throw new AppError('not-found', t('period.notFound', { id }))
  if (CLOSED_STATUSES.has(period.status)) {
    const key = `period.status.${period.status}`
    throw new AppError('frozen', problemText('import.problem.periodClosed', { period: id, status: isMessageKey(key) ? t(key) : period.status }))
  }
  return period
}

export async function lookups(db: Kysely<Database>, schemeId: number) {
  const scheme = await db.selectFrom('schemes').select('name').where('id', '=', schemeId).executeTakeFirstOrThrow()
  const rows = await db.selectFrom('indicators').selectAll().where('scheme_id', '=', schemeId).orderBy('sort_order').execute()
  const parents = new Set(rows.map((r) => r.parent_code).filter((c): c is string => c !== null))
  const indicators: SchemeIndicator[] = rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    layer: r.layer,
    scope: JSON.parse(r.scope) as string[],
    isLeaf: !parents.has(r.code),
    mode: r.mode,
    target: r.target,
    direction: r.direction,
  }))
  const people = await db
    .selectFrom('people')
    .innerJoin('departments', 'departments.id', 'people.department_id')
    .select(['people.id', 'people.staff_no', 'people.name', 'people.position_class', 'departments.path'])
    .execute()
  const persons: [string, RatedPerson][] = people.map((p) => [
    p.staff_no,
    { id: p.id, staffNo: p.staff_no, name: p.name, department: p.path, positionClass: p.position_class },
  ])
  return { schemeName: scheme.name, indicators, people: new StaffNumberIndex(persons) }
}

/** What every rating input checks rows against: the period's scheme and the roster. */
export type Lookups = Awaited<ReturnType<typeof lookups>>
