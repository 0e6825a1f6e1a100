import type { Kysely, SelectQueryBuilder } from 'kysely'
import type { Database } from './schema'

/** The tables whose rows belong to one person (person_id) and are listed with that person's name. */
type PersonRowTable = 'period_people' | 'results' | 'grade_overrides' | 'exemptions' | 'appeals'

type WithPerson<T extends PersonRowTable> = SelectQueryBuilder<Database, T | 'people' | 'departments', { staff_no: string; name: string; department: string }>

/**
 * Rows of a table, each with its person as every list names one: staff number, name and the
 * department's name — as on the roster and in computePeriod's rows; the path only matters for scoping.
 */
export function selectWithPerson<T extends PersonRowTable>(db: Kysely<Database>, table: T): WithPerson<T> {
  // Kysely cannot check a join on a table named by a type parameter; on the union it can, and the SQL is the same
  const from: PersonRowTable = table
  return db
    .selectFrom(from)
    .innerJoin('people', 'people.id', `${from}.person_id`)
    .innerJoin('departments', 'departments.id', 'people.department_id')
    .select(['people.staff_no', 'people.name', 'departments.name as department']) as WithPerson<T>
}
