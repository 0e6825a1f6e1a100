import type { Kysely } from 'kysely'
import type { InputKind, InputPersonCounts, InputsSummary } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import type { Database } from '../../db/schema'
import { AppError } from '../../../shared/contract/app-error'

const personTables = ['ratings', 'ballots', 'satisfaction', 'measures'] as const

/** How much of each input a period holds, in all and per person, for the progress view. */
export async function inputsSummary(db: Kysely<Database>, periodId: string): Promise<InputsSummary> {
  const period = await db.selectFrom('periods').select('id').where('id', '=', periodId).executeTakeFirst()
  if (!period) throw new AppError('not-found', t('period.notFound', { id: periodId }))
  const totals = { ratings: 0, ballots: 0, satisfaction: 0, measures: 0 } as Record<InputKind, number>
  const byPerson = new Map<number, Record<InputKind, number>>()
  for (const table of personTables) {
    const rows = await db
      .selectFrom(table)
      .select(({ fn }) => ['person_id', fn.countAll<number>().as('n')])
      .where('period_id', '=', periodId)
      .groupBy('person_id')
      .execute()
    for (const r of rows) {
      const n = Number(r.n)
      totals[table] += n
      if (r.person_id === null) continue
      const counts = byPerson.get(r.person_id) ?? { ratings: 0, ballots: 0, satisfaction: 0, measures: 0 }
      counts[table] += n
      byPerson.set(r.person_id, counts)
    }
  }
  const dept = await db
    .selectFrom('satisfaction')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .where('period_id', '=', periodId)
    .where('person_id', 'is', null)
    .executeTakeFirstOrThrow()
  const people = byPerson.size
    ? await db
        .selectFrom('people')
        .innerJoin('departments', 'departments.id', 'people.department_id')
        .select(['people.id', 'people.staff_no', 'people.name', 'departments.path'])
        .where('people.id', 'in', [...byPerson.keys()])
        .orderBy('people.staff_no')
        .execute()
    : []
  const list: InputPersonCounts[] = people.map((p) => ({ staffNo: p.staff_no, name: p.name, department: p.path, ...(byPerson.get(p.id) as Record<InputKind, number>) }))
  return { period: periodId, totals, departmentSatisfaction: Number(dept.n), people: list }
}
