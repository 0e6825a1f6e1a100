import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { ratingListsOf } from '../../db/rating-lists'
import type { PeriodRatings, RatingEntry } from '../../../shared/domain/compute-period'
import { personRowsInReach, wholeUnit, type DepartmentReach } from '../scope/department-reach'

/** people per query: ~40 indicators × ~10 raters each keeps a chunk near 100,000 ratings */
const PEOPLE_PER_CHUNK = 250

/**
 * The period's ratings on its own scheme's indicators, grouped as computePeriod reads them, for
 * periods of any size (10,000 people × 40 indicators × 10 raters = 4,000,000 ratings):
 * - a few hundred people at a time through the (period_id, person_id) index, each person's ratings
 *   as one JSON text (ratingListsOf), parsed straight into their indicators' lists;
 * - no join: the indicator's code comes from a map of the scheme's indicators (a rating on another
 *   scheme's indicator is skipped, as a join would skip it), and role and rater strings are shared,
 *   so 4,000,000 ratings hold a handful of strings instead of 8,000,000.
 * Each person's ratings come in import order (ratings.id), the order their scores are summed in.
 * Only the people within `reach` (the whole unit unless a limited view asks for less).
 */
export async function loadRatingsByPerson(db: Kysely<Database>, periodId: string, schemeId: number, reach: DepartmentReach = wholeUnit): Promise<PeriodRatings> {
  const codes = new Map((await db.selectFrom('indicators').select(['id', 'code']).where('scheme_id', '=', schemeId).execute()).map((r) => [r.id, r.code]))
  const rated = db.selectFrom('ratings').select('ratings.person_id').distinct().where('ratings.period_id', '=', periodId)
  const people = (await personRowsInReach(rated, 'ratings.person_id', reach).orderBy('ratings.person_id').execute()).map((r) => r.person_id)
  const shared = new Map<string, string>()
  const intern = (s: string) => {
    const known = shared.get(s)
    if (known !== undefined) return known
    shared.set(s, s)
    return s
  }
  const out = new Map<number, Map<string, RatingEntry[]>>()
  for (let i = 0; i < people.length; i += PEOPLE_PER_CHUNK) {
    for (const row of await ratingListsOf(db, periodId, people.slice(i, i + PEOPLE_PER_CHUNK))) {
      const byCode = new Map<string, RatingEntry[]>()
      for (const [indicatorId, role, rater, score] of JSON.parse(row.ratings) as [number, string, string | null, number][]) {
        const code = codes.get(indicatorId)
        if (code === undefined) continue
        const entry: RatingEntry = { role: intern(role), rater: rater === null ? null : intern(rater), score }
        const list = byCode.get(code)
        if (list) list.push(entry)
        else byCode.set(code, [entry])
      }
      if (byCode.size) out.set(row.person_id, byCode)
    }
  }
  return out
}
