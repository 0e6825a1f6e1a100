import { sql, type Kysely } from 'kysely'
import type { Database } from './schema'

/**
 * Per person, all of their ratings in a period as one JSON array of [indicator_id, role, rater, score]
 * in import order (ratings.id). Millions of ratings read as millions of row objects cost more than
 * everything computed from them; one text per person costs a fraction. SQLite-only (json_group_array
 * with ORDER BY, SQLite ≥ 3.44), hence here. SQLite writes a REAL in JSON with as many digits as it
 * takes to read back the same double, so the scores parse to exactly the stored numbers.
 */
export function ratingListsOf(db: Kysely<Database>, periodId: string, personIds: readonly number[]): Promise<{ person_id: number; ratings: string }[]> {
  return db
    .selectFrom('ratings')
    .select(['person_id', sql<string>`json_group_array(json_array(indicator_id, role, rater, score) ORDER BY id)`.as('ratings')])
    .where('period_id', '=', periodId)
    .where('person_id', 'in', personIds)
    .groupBy('person_id')
    .execute()
}
