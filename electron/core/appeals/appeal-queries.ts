import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { selectWithPerson } from '../../db/rows-with-person'
import type { Appeal, AppealCorrection, AppealStatus, ResultSnapshot } from '../../../shared/contract/appeals'
import { appealDeadlines, type AppealKind } from '../../../shared/domain/appeal-deadlines'
import { resultChanges } from '../../../shared/domain/result-changes'
import { readResults } from '../results/read-results'
import { wholeUnit } from '../scope/department-reach'

function appealsQuery(db: Kysely<Database>) {
  return selectWithPerson(db, 'appeals').leftJoin('notices', 'notices.period_id', 'appeals.period_id').selectAll('appeals').select('notices.start_date as notice_start')
}

type AppealRow = Awaited<ReturnType<ReturnType<typeof appealsQuery>['executeTakeFirstOrThrow']>>

/**
 * Deadlines are worked out when read, from the notice's first day: an appeal filed before the
 * notice was published has none until it is, then has them.
 */
function toAppeal(r: AppealRow): Appeal {
  const deadlines =
    r.notice_start === null ? null : appealDeadlines({ kind: r.kind as AppealKind, noticeOn: r.notice_start, reviewDecidedOn: r.review_decided_on, filedOn: r.filed_on })
  const before = r.before === null ? null : (JSON.parse(r.before) as ResultSnapshot[])
  const after = r.after === null ? null : (JSON.parse(r.after) as ResultSnapshot[])
  return {
    id: r.id,
    period: r.period_id,
    staffNo: r.staff_no,
    name: r.name,
    department: r.department,
    kind: r.kind as AppealKind,
    filedOn: r.filed_on,
    reviewDecidedOn: r.review_decided_on,
    reason: r.reason,
    deadlines,
    status: r.status as AppealStatus,
    decidedOn: r.decided_on,
    decision: r.decision,
    decidedLate: deadlines !== null && r.decided_on !== null && r.decided_on > deadlines.decideBy,
    correction: r.correction === null ? null : (JSON.parse(r.correction) as AppealCorrection),
    before,
    after,
    changes: before && after ? resultChanges(before, after) : [],
    createdBy: r.created_by,
    createdAt: r.created_at,
    decidedBy: r.decided_by,
  }
}

export async function listAppeals(db: Kysely<Database>, periodId?: string): Promise<Appeal[]> {
  let q = appealsQuery(db)
  if (periodId !== undefined) q = q.where('appeals.period_id', '=', periodId)
  const rows = await q.orderBy('appeals.period_id').orderBy('appeals.filed_on').orderBy('appeals.id').execute()
  return rows.map(toAppeal)
}

export async function findAppeal(db: Kysely<Database>, id: number): Promise<Appeal | null> {
  const row = await appealsQuery(db).where('appeals.id', '=', id).executeTakeFirst()
  return row ? toAppeal(row) : null
}

/** Everyone's result as shown (rounded), the record an appeal keeps before and after its correction. */
export async function snapshotResults(db: Kysely<Database>, periodId: string): Promise<ResultSnapshot[]> {
  const results = await readResults(db, periodId, wholeUnit)
  return results.rows.map((r) => ({ staffNo: r.staffNo, name: r.name, total: r.total, rank: r.rank, grade: r.grade, dimensions: r.dimensions }))
}
