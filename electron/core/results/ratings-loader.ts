import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { PeriodRatings, RatingEntry } from '../../../shared/domain/compute-period'

/** people per query: ~40 indicators × ~10 raters each keeps a chunk near 100,000 rows */
const PEOPLE_PER_CHUNK = 250

/**
 * The period's ratings on its own scheme's indicators, grouped as computePeriod reads them, for
 * periods of any size (10,000 people × 40 indicators × 10 raters = 4,000,000 rows):
 * - read a few hundred people at a time through the (period_id, person_id) index, so only one
 *   chunk of SQLite row objects is alive at once, and put each row straight into its person's and
 *   indicator's list instead of a flat list grouped afterwards;
 * - no join: the indicator's code comes from a map of the scheme's indicators (a rating on another
 *   scheme's indicator is skipped, as a join would skip it), and role and rater strings are shared,
 *   so 4,000,000 ratings hold a handful of strings instead of 8,000,000.
 * Each person's rows come in import order (ratings.id), the order their scores are summed in.
 */
export async function loadRatingsByPerson(db: Kysely<Database>, periodId: string, schemeId: number): Promise<PeriodRatings> {
  const codes = new Map((await db.selectFrom('indicators').select(['id', 'code']).where('scheme_id', '=', schemeId).execute()).map((r) => [r.id, r.code]))
  const people = (await db.selectFrom('ratings').select('person_id').distinct().where('period_id', '=', periodId).orderBy('person_id').execute()).map((r) => r.person_id)
  const shared = new Map<string, string>()
  const intern = (s: string) => {
    const known = shared.get(s)
    if (known !== undefined) return known
    shared.set(s, s)
    return s
  }
  const out = new Map<number, Map<string, RatingEntry[]>>()
  for (let i = 0; i < people.length; i += PEOPLE_PER_CHUNK) {
    const rows = await db
      .selectFrom('ratings')
      .select(['person_id', 'indicator_id', 'role', 'rater', 'score'])
      .where('period_id', '=', periodId)
      .where('person_id', 'in', people.slice(i, i + PEOPLE_PER_CHUNK))
      .orderBy('person_id')
      .orderBy('id')
      .execute()
    let personId = -1
    let byCode = new Map<string, RatingEntry[]>()
    for (const r of rows) {
      const code = codes.get(r.indicator_id)
      if (code === undefined) continue
      if (r.person_id !== personId) {
        personId = r.person_id
        byCode = new Map()
        out.set(personId, byCode)
      }
      const entry: RatingEntry = { role: intern(r.role), rater: r.rater === null ? null : intern(r.rater), score: r.score }
      const list = byCode.get(code)
      if (list) list.push(entry)
      else byCode.set(code, [entry])
    }
  }
  return out
}
