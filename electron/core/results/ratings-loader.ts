import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { PeriodRating } from '../../../shared/domain/compute-period'

/** people per query: ~40 indicators × ~10 raters each keeps a chunk near 100,000 rows */
const PEOPLE_PER_CHUNK = 250

/**
 * The period's ratings on its own scheme's indicators, as loadPeriodRatings answers them, for large
 * periods (10,000 people × 40 indicators × 10 raters = 4,000,000 rows):
 * - read a few hundred people at a time through the (period_id, person_id) index, so only one
 *   chunk of SQLite row objects is alive at once instead of all 4,000,000;
 * - no join: the indicator's code comes from a map of the scheme's indicators (a rating on another
 *   scheme's indicator is skipped, as the join skipped it), and role and rater strings are shared,
 *   so 4,000,000 ratings hold a handful of strings instead of 12,000,000.
 * Rows come person by person, each person's in import order (ratings.id); computePeriod groups by
 * person and indicator, and within one person and indicator the order is the same as before.
 */
export async function loadPeriodRatingsChunked(db: Kysely<Database>, periodId: string, schemeId: number): Promise<PeriodRating[]> {
  const codes = new Map((await db.selectFrom('indicators').select(['id', 'code']).where('scheme_id', '=', schemeId).execute()).map((r) => [r.id, r.code]))
  const people = (await db.selectFrom('ratings').select('person_id').distinct().where('period_id', '=', periodId).orderBy('person_id').execute()).map((r) => r.person_id)
  const shared = new Map<string, string>()
  const intern = (s: string) => {
    const known = shared.get(s)
    if (known !== undefined) return known
    shared.set(s, s)
    return s
  }
  const out: PeriodRating[] = []
  for (let i = 0; i < people.length; i += PEOPLE_PER_CHUNK) {
    const rows = await db
      .selectFrom('ratings')
      .select(['person_id', 'indicator_id', 'role', 'rater', 'score'])
      .where('period_id', '=', periodId)
      .where('person_id', 'in', people.slice(i, i + PEOPLE_PER_CHUNK))
      .orderBy('person_id')
      .orderBy('id')
      .execute()
    for (const r of rows) {
      const code = codes.get(r.indicator_id)
      if (code === undefined) continue
      out.push({ personId: r.person_id, indicatorCode: code, role: intern(r.role), rater: r.rater === null ? null : intern(r.rater), score: r.score })
    }
  }
  return out
}
