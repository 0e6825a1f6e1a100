import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { PeriodResults, StoredSettings } from '../../../shared/contract/results'
import type { DecidedRow } from './decided-row'

/** Replaces the period's stored results; progress and cancel get a chance between chunks. */
export async function storeResults(
  db: Kysely<Database>,
  periodId: string,
  computed: { rows: readonly DecidedRow[] },
  onChunk: (done: number, total: number) => Promise<void>,
): Promise<void> {
  await db.deleteFrom('results').where('period_id', '=', periodId).execute()
  const CHUNK = 200
  for (let i = 0; i < computed.rows.length; i += CHUNK) {
    const values = computed.rows.slice(i, i + CHUNK).map((r) => ({
      period_id: periodId,
      person_id: r.personId,
      total: r.total,
      total_rounded: r.totalRounded,
      rank: r.rank,
      grade: r.grade,
      // full precision, so a later step (the annual score, an appeal) can recompute from it
      dimensions: JSON.stringify(r.dimensions),
      notes: JSON.stringify(r.notes),
      proposed_grade: r.proposedGrade,
      flags: JSON.stringify(r.flags),
      annual: r.annual ? JSON.stringify(r.annual) : null,
    }))
    await db.insertInto('results').values(values).execute()
    await onChunk(Math.min(i + CHUNK, computed.rows.length), computed.rows.length)
  }
}

export async function storeComputation(
  db: Kysely<Database>,
  row: { periodId: string; computedAt: string; computedBy: string; settings: StoredSettings; graded: number; goodQuota: number; departmentQuotas?: PeriodResults['departmentQuotas'] },
): Promise<void> {
  const values = {
    computed_at: row.computedAt,
    computed_by: row.computedBy,
    settings: JSON.stringify(row.settings),
    graded: row.graded,
    good_quota: row.goodQuota,
    department_quotas: row.departmentQuotas ? JSON.stringify(row.departmentQuotas) : null,
  }
  await db
    .insertInto('computations')
    .values({ period_id: row.periodId, ...values })
    .onConflict((oc) => oc.column('period_id').doUpdateSet(values))
    .execute()
}

export async function loadComputation(db: Kysely<Database>, periodId: string) {
  return db.selectFrom('computations').selectAll().where('period_id', '=', periodId).executeTakeFirst()
}
