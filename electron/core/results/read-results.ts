import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { selectWithPerson } from '../../db/rows-with-person'
import type { AnnualDetail, PeriodResults, ResultFlag, ResultRow, StoredFlag } from '../../../shared/contract/results'
import type { RuleSettings } from '../../../shared/domain/settings'
import type { ResultNote } from '../../../shared/domain/result-note'
import { dimensionsOf } from '../../../shared/domain/scheme-tree'
import { roundHalfUp } from '../../../shared/domain/rounding'
import { isMessageKey, t } from '../../../shared/i18n'
import { loadIndicators } from '../scheme/scheme-queries'
import { findPeriod } from './period-people'
import { exemptedNames } from './overrides-and-exemptions'
import { loadComputation } from './store-results'
import { peopleInReach, reachesDepartment, type DepartmentReach } from '../scope/department-reach'

/**
 * The stored results of a period, ranked first (by rank), the ungraded after, each by staff number;
 * only the people within `reach`. Ranks, grades, the number graded and the quota are the unit's as
 * computed — a department's view is a part of the unit's list, never ranked again within itself —
 * and a department quota is listed for the reached departments only.
 */
export async function readResults(db: Kysely<Database>, periodId: string, reach: DepartmentReach): Promise<PeriodResults> {
  const period = await findPeriod(db, periodId)
  const dims = dimensionsOf(await loadIndicators(db, period.scheme_id))
  const computation = await loadComputation(db, periodId)
  const rows = await peopleInReach(selectWithPerson(db, 'results'), reach)
    .select([
      'results.total_rounded',
      'results.rank',
      'results.grade',
      'results.dimensions',
      'results.notes',
      'results.person_id',
      'results.proposed_grade',
      'results.flags',
      'results.annual',
    ])
    .where('results.period_id', '=', periodId)
    .orderBy('results.rank', (ob) => ob.asc().nullsLast())
    .orderBy('people.staff_no')
    .execute()
  const exempted = await exemptedNames(db, periodId, period.scheme_id)
  const annual = period.kind === 'annual'
  return {
    period: periodId,
    kind: period.kind as PeriodResults['kind'],
    quotaGrade: annual ? '优秀' : '好',
    departmentQuotas: computation?.department_quotas
      ? (JSON.parse(computation.department_quotas) as NonNullable<PeriodResults['departmentQuotas']>).filter((q) => reachesDepartment(reach, q.department))
      : null,
    computedAt: computation?.computed_at ?? null,
    dimensions: dims.map((d) => ({ code: d.code, name: d.name })),
    settings: computation ? (JSON.parse(computation.settings) as RuleSettings) : null,
    graded: computation?.graded ?? 0,
    goodQuota: computation?.good_quota ?? 0,
    rows: rows.map(
      (r): ResultRow => ({
        staffNo: r.staff_no,
        name: r.name,
        department: r.department,
        total: r.total_rounded,
        rank: r.rank,
        grade: r.grade,
        dimensions: roundedDimensions(JSON.parse(r.dimensions) as Record<string, number | null>),
        notes: (JSON.parse(r.notes) as ResultNote[]).map(renderNote),
        proposedGrade: r.proposed_grade ?? r.grade,
        flags: (JSON.parse(r.flags) as StoredFlag[]).map(renderFlag),
        exempted: exempted.get(r.person_id) ?? [],
        annual: r.annual ? (JSON.parse(r.annual) as AnnualDetail) : null,
      }),
    ),
  }
}

function roundedDimensions(dims: Record<string, number | null>): Record<string, number | null> {
  return Object.fromEntries(Object.entries(dims).map(([code, v]) => [code, v === null ? null : roundHalfUp(v)]))
}

/** Flags, like notes, are stored as keys with values and rendered when read. */
export function renderFlag(flag: StoredFlag): ResultFlag {
  return { kind: flag.kind, text: isMessageKey(flag.key) ? t(flag.key, flag.params) : flag.key }
}

/** Notes are stored as keys with values and rendered in the reader's language when listed. */
function renderNote(note: ResultNote): string {
  return isMessageKey(note.key) ? t(note.key, note.params) : note.key
}
