import type { Kysely } from 'kysely'
import type { HistoryAnnualGrade, GradeHistoryEntry, PenaltyEntry, PenaltyKind, PenaltyRecordType } from '../../../shared/contract'
import type { Database } from '../../db/schema'
import { t } from '../../../shared/i18n'
import { penaltyRuleText } from '../../../shared/domain/penalty-rule-text'

/** Past grades, by staff number then year; one person's when staffNo is given. */
export async function listHistory(db: Kysely<Database>, staffNo?: string): Promise<GradeHistoryEntry[]> {
  let q = db
    .selectFrom('grade_history')
    .innerJoin('people', 'people.id', 'grade_history.person_id')
    .select(['people.staff_no', 'people.name', 'year', 'annual_grade', 'q1', 'q2', 'q3', 'q4', 'batch_id'])
  if (staffNo !== undefined) q = q.where('people.staff_no', '=', staffNo)
  const rows = await q.orderBy('people.staff_no').orderBy('year').execute()
  return rows.map((h) => ({
    staffNo: h.staff_no,
    name: h.name,
    year: h.year,
    annualGrade: h.annual_grade as HistoryAnnualGrade,
    quarters: [h.q1, h.q2, h.q3, h.q4] as GradeHistoryEntry['quarters'],
    batchId: h.batch_id,
  }))
}

/** Penalties and negative-list entries, oldest decision first; filtered by person and decision year. */
export async function listPenalties(db: Kysely<Database>, filter: { staffNo?: string; year?: number; id?: number }): Promise<PenaltyEntry[]> {
  let q = db
    .selectFrom('penalties')
    .innerJoin('people', 'people.id', 'penalties.person_id')
    .select(['penalties.id', 'people.staff_no', 'people.name', 'type', 'kind', 'decided_on', 'term_months', 'reason', 'batch_id', 'penalties.created_at', 'penalties.created_by'])
  if (filter.staffNo !== undefined) q = q.where('people.staff_no', '=', filter.staffNo)
  // ISO dates compare as text, so a year is a half-open text range and the index-free scan stays simple
  if (filter.year !== undefined) q = q.where('decided_on', '>=', `${filter.year}-01-01`).where('decided_on', '<', `${filter.year + 1}-01-01`)
  if (filter.id !== undefined) q = q.where('penalties.id', '=', filter.id)
  const rows = await q.orderBy('decided_on').orderBy('penalties.id').execute()
  // shaped like listHistory's mapping, but of another table: all the two share is the staff number and name
  return rows.map((p) => ({
    id: p.id,
    staffNo: p.staff_no,
    name: p.name,
    type: p.type as PenaltyRecordType,
    kind: p.kind as PenaltyKind,
    decidedOn: p.decided_on,
    termMonths: p.term_months,
    reason: p.reason,
    batchId: p.batch_id,
    createdAt: p.created_at,
    createdBy: p.created_by,
    rule: ruleWords(p.type, p.term_months),
  }))
}

/** The rule a penalty triggers, in the reader's language. */
function ruleWords(type: string, termMonths: number | null): string {
  const r = penaltyRuleText(type, termMonths)
  return t(r.key, r.params)
}
