import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase, type OpenedDatabase } from '../../electron/db/open-database'
import { findPeriod } from '../../electron/core/results/period-people'
import { loadPeriodRatings } from '../../electron/core/results/compute-input'
import { loadRatingsByPerson } from '../../electron/core/results/ratings-loader'
import { groupRatings } from '../../shared/domain/compute-period'
import { seedFixture2025Q1 } from '../support/seed-fixture-2025-q1'
import { tempDir } from '../support/temp-dir'

describe('ratings loaded per person as computePeriod reads them', () => {
  const tmp = tempDir()
  let database: OpenedDatabase
  beforeAll(async () => {
    database = await openDatabase(path.join(tmp.dir, 'loader.db'), { create: true })
    await seedFixture2025Q1(database)
  })
  afterAll(async () => {
    await database.close()
    tmp.cleanup()
  })

  it('gives the same ratings, in the same order, with the same scores, as the flat list through the join', async () => {
    const db = database.db
    const period = await findPeriod(db, '2025-Q1')
    const first = await db.selectFrom('ratings').selectAll().orderBy('id').executeTakeFirstOrThrow()
    // scores a workbook formula could give: every digit must come back, or a total may move by 1e-14
    const awkward = [85.33333333333333, 0.1 + 0.2, 1e-7 + 60, 99.99999999999999, -12.5]
    const other = await db.insertInto('schemes').values({ name: '另一体系', version: 1, status: 'draft', created_at: '2025-01-01' }).returning('id').executeTakeFirstOrThrow()
    const foreign = await db
      .insertInto('indicators')
      .values({ ...(await db.selectFrom('indicators').selectAll().where('id', '=', first.indicator_id).executeTakeFirstOrThrow()), id: undefined, scheme_id: other.id })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db
      .insertInto('ratings')
      .values([
        ...awkward.map((score, i) => ({ ...first, id: undefined, rater: `X${i}`, score })),
        // a rating on another scheme's indicator is not this period's
        { ...first, id: undefined, indicator_id: foreign.id, rater: 'Y', score: 1 },
        { ...first, id: undefined, role: '领导', rater: null, score: 70 },
      ])
      .execute()

    const loaded = await loadRatingsByPerson(db, period.id, period.scheme_id)
    const reference = groupRatings(await loadPeriodRatings(db, period.id, period.scheme_id))
    expect(loaded).toEqual(reference)
    const code = [...reference.get(first.person_id)!.entries()].find(([, list]) => list.some((r) => r.rater === 'X0'))![0]
    expect(loaded.get(first.person_id)!.get(code)!.slice(-6).map((r) => r.score)).toEqual([...awkward, 70])
  })
})
