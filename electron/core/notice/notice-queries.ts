import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Notice } from '../../../shared/contract/notice'
import { readResults } from '../results/read-results'
import { findPeriodRow } from '../stages/stage-queries'
import { localToday } from './dates'
import { noticeState } from '../../../shared/domain/notice-state'
import { noticeEndOnCalendar } from '../../../shared/domain/year-calendar'
import { loadCalendar } from './calendar-store'
import type { DepartmentReach } from '../scope/department-reach'

/** The notice row alone: what the lifecycle and the appeal deadlines need. */
export async function noticeRow(db: Kysely<Database>, periodId: string) {
  return db.selectFrom('notices').selectAll().where('period_id', '=', periodId).executeTakeFirst()
}

/**
 * A period's published notice with the people it lists: those whose grade (as stored now, so an
 * upheld appeal shows) is one of the notice's grades, by rank; only those within `reach`.
 */
export async function loadNotice(db: Kysely<Database>, periodId: string, reach: DepartmentReach, today = localToday()): Promise<Notice | null> {
  const period = await findPeriodRow(db, periodId)
  const row = await noticeRow(db, period.id)
  if (!row) return null
  const grades = JSON.parse(row.grades) as string[]
  const results = await readResults(db, period.id, reach)
  // the years the stored count crossed without a calendar, as the calendar stands now
  const { uncoveredYears } = noticeEndOnCalendar(row.start_date, row.working_days, await loadCalendar(db))
  const state = noticeState({ startDate: row.start_date, endDate: row.end_date }, period.status === 'final', today)
  return {
    period: period.id,
    periodName: period.name,
    startDate: row.start_date,
    endDate: row.end_date,
    workingDays: row.working_days,
    grades,
    people: results.rows
      .filter((r) => grades.includes(r.grade))
      .map((r) => ({ staffNo: r.staffNo, name: r.name, department: r.department, grade: r.grade, total: r.total })),
    publishedBy: row.published_by,
    publishedAt: row.published_at,
    ended: state === 'ended' || state === 'final',
    state,
    uncoveredYears,
  }
}
