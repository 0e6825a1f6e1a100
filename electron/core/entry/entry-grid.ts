import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { EntryIndicator } from '../../../shared/contract'
import type { Indicator } from '../../../shared/contract/scheme'
import { applicableCodes, isAdjustment } from '../../../shared/domain/scheme-tree'
import { loadPeriodPeople } from '../results/period-people'
import { wholeUnit } from '../scope/department-reach'
import { loadIndicators } from '../scheme/scheme-queries'
import { findPeriodRow } from '../stages/stage-queries'

export interface GridPerson {
  personId: number
  staffNo: string
  name: string
  department: string
  applicable: Set<string>
}

export interface GridContext {
  period: Awaited<ReturnType<typeof findPeriodRow>>
  /** code → the scored leaf */
  leaves: Map<string, Indicator>
  indicators: EntryIndicator[]
  /** staff number → the person, for the people rated in this grid */
  people: Map<string, GridPerson>
}

/**
 * The grid's shape: the scheme's 评分 leaves that apply to someone, and the people who are graded
 * (参加: 不定等次 is comment only, 不参加 not assessed), each with what applies to them.
 */
export async function loadGridContext(db: Kysely<Database>, periodId: string): Promise<GridContext> {
  const period = await findPeriodRow(db, periodId)
  const all = await loadIndicators(db, period.scheme_id)
  const window = { start: period.start_date, end: period.end_date }
  const parents = new Set(all.map((i) => i.parentCode).filter((c): c is string => c !== null))
  const scored = all.filter((i) => i.mode === '评分' && !isAdjustment(i) && !parents.has(i.code))
  const scoredCodes = new Set(scored.map((i) => i.code))

  const people = new Map<string, GridPerson>()
  const used = new Set<string>()
  for (const p of await loadPeriodPeople(db, period.id, wholeUnit)) {
    if (p.status !== '参加') continue
    const applicable = new Set([...applicableCodes(all, p, window)].filter((c) => scoredCodes.has(c)))
    applicable.forEach((c) => used.add(c))
    people.set(p.staffNo, { personId: p.personId, staffNo: p.staffNo, name: p.name, department: p.department, applicable })
  }
  const byCode = new Map(all.map((i) => [i.code, i]))
  const leaves = new Map<string, Indicator>()
  const indicators: EntryIndicator[] = []
  for (const leaf of scored) {
    // a column nobody can fill (a dynamic indicator outside the window) is left out
    if (people.size > 0 && !used.has(leaf.code)) continue
    leaves.set(leaf.code, leaf)
    indicators.push({ code: leaf.code, name: leaf.name, path: ancestors(leaf, byCode) })
  }
  return { period, leaves, indicators, people }
}

function ancestors(ind: Indicator, byCode: Map<string, Indicator>): string[] {
  const path: string[] = []
  let cur = ind.parentCode === null ? undefined : byCode.get(ind.parentCode)
  while (cur && path.length < byCode.size) {
    path.unshift(cur.name)
    cur = cur.parentCode === null ? undefined : byCode.get(cur.parentCode)
  }
  return path
}

/** This role and rater's ratings in the period: personId → indicatorId → rows (normally one). */
export async function loadRaterRatings(db: Kysely<Database>, periodId: string, role: string, rater: string) {
  const rows = await db
    .selectFrom('ratings')
    .select(['id', 'person_id', 'indicator_id', 'score'])
    .where('period_id', '=', periodId)
    .where('role', '=', role)
    .where('rater', '=', rater)
    .orderBy('id')
    .execute()
  const out = new Map<number, Map<number, { id: number; score: number }[]>>()
  for (const r of rows) {
    const own = out.get(r.person_id) ?? new Map<number, { id: number; score: number }[]>()
    const list = own.get(r.indicator_id) ?? []
    list.push({ id: r.id, score: r.score })
    own.set(r.indicator_id, list)
    out.set(r.person_id, own)
  }
  return out
}
