import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { Penalty, PenaltyType } from '../../../shared/domain/penalties'
import type { DimensionScores, NegativeEntry } from '../../../shared/domain/result-uses'
import { periodWindow } from '../../../shared/domain/period-window'
import { dimensionsOf } from '../../../shared/domain/scheme-tree'
import { loadIndicators } from '../scheme/scheme-queries'

export interface UsePerson {
  id: number
  staffNo: string
  name: string
  /** the department's path, as the roster nests it */
  department: string
}

export interface PeriodRef {
  id: string
  name: string
  /** the lifecycle stage: lists drawn from results not yet approved say so in the workbook */
  status: string
}

/** Everything the result-use rules look at for one year, read from the database. */
export interface UsesFacts {
  year: number
  annualPeriod: PeriodRef | null
  /** the quarter periods of the year, by quarter */
  quarterPeriods: (PeriodRef & { quarter: number })[]
  people: Map<number, UsePerson>
  /** person → year → annual grade, for the year and the two before it */
  annual: Map<number, Map<number, string>>
  /** person → quarter → grade, for the year */
  quarters: Map<number, Map<number, string>>
  /** the annual period's dimensions, in scheme order */
  dimensions: { code: string; name: string }[]
  /** the annual period's dimension scores at full precision, per person */
  scores: Map<number, DimensionScores>
  penalties: Map<number, Penalty[]>
  negatives: Map<number, NegativeEntry[]>
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => m.set(k, [...(m.get(k) ?? []), v])
const put = (m: Map<number, Map<number, string>>, person: number, key: number, grade: string) => {
  const inner = m.get(person) ?? new Map<number, string>()
  inner.set(key, grade)
  m.set(person, inner)
}

async function annualPeriodOf(db: Kysely<Database>, year: number) {
  return db.selectFrom('periods').select(['id', 'name', 'scheme_id', 'status']).where('kind', '=', 'annual').where('year', '=', year).orderBy('id').executeTakeFirst()
}

async function gradesOf(db: Kysely<Database>, periodId: string) {
  return db.selectFrom('results').select(['person_id', 'grade', 'dimensions']).where('period_id', '=', periodId).execute()
}

/**
 * A year's grades come from its annual period's stored results (the grade as the committee left
 * it); a person without a result there (no period that year, or not yet computed) falls back to
 * the imported past grades. Quarters likewise: the quarter period's results first, then the
 * history's 一季度 … 四季度 of that year.
 */
export async function loadUsesFacts(db: Kysely<Database>, year: number): Promise<UsesFacts> {
  const people = new Map<number, UsePerson>()
  const roster = await db
    .selectFrom('people')
    .innerJoin('departments', 'departments.id', 'people.department_id')
    .select(['people.id', 'people.staff_no', 'people.name', 'departments.path'])
    .execute()
  for (const p of roster) people.set(p.id, { id: p.id, staffNo: p.staff_no, name: p.name, department: p.path })

  const history = await db.selectFrom('grade_history').selectAll().where('year', '>=', year - 2).where('year', '<=', year).execute()

  const annual = new Map<number, Map<number, string>>()
  let annualPeriod: PeriodRef | null = null
  const scores = new Map<number, DimensionScores>()
  let dimensions: { code: string; name: string }[] = []
  for (const y of [year - 2, year - 1, year]) {
    const period = await annualPeriodOf(db, y)
    const rows = period ? await gradesOf(db, period.id) : []
    for (const r of rows) put(annual, r.person_id, y, r.grade)
    if (y === year && period) {
      annualPeriod = { id: period.id, name: period.name, status: period.status }
      for (const r of rows) scores.set(r.person_id, JSON.parse(r.dimensions) as DimensionScores)
      dimensions = dimensionsOf(await loadIndicators(db, period.scheme_id)).map((d) => ({ code: d.code, name: d.name }))
    }
  }
  for (const h of history) if (!annual.get(h.person_id)?.has(h.year)) put(annual, h.person_id, h.year, h.annual_grade)

  // dimensions scored but no longer in the scheme keep their place after the scheme's own
  const known = new Set(dimensions.map((d) => d.code))
  for (const s of scores.values()) {
    for (const code of Object.keys(s)) {
      if (!known.has(code)) {
        known.add(code)
        dimensions.push({ code, name: code })
      }
    }
  }

  const quarters = new Map<number, Map<number, string>>()
  const quarterPeriods: UsesFacts['quarterPeriods'] = []
  const periods = await db.selectFrom('periods').select(['id', 'name', 'status']).where('kind', '=', 'quarter').where('year', '=', year).orderBy('id').execute()
  for (const p of periods) {
    const q = periodWindow(p.id, 'quarter')?.quarter
    if (!q) continue
    quarterPeriods.push({ id: p.id, name: p.name, status: p.status, quarter: q })
    for (const r of await gradesOf(db, p.id)) put(quarters, r.person_id, q, r.grade)
  }
  for (const h of history.filter((x) => x.year === year)) {
    ;[h.q1, h.q2, h.q3, h.q4].forEach((g, i) => {
      if (g !== null && !quarters.get(h.person_id)?.has(i + 1)) put(quarters, h.person_id, i + 1, g)
    })
  }

  const penalties = new Map<number, Penalty[]>()
  const negatives = new Map<number, NegativeEntry[]>()
  const entries = await db.selectFrom('penalties').select(['person_id', 'type', 'kind', 'decided_on', 'term_months', 'reason']).orderBy('decided_on').orderBy('id').execute()
  for (const e of entries) {
    if (e.kind === 'negative') push(negatives, e.person_id, { decidedOn: e.decided_on, reason: e.reason })
    else push(penalties, e.person_id, { type: e.type as PenaltyType, decidedOn: e.decided_on, termMonths: e.term_months })
  }

  return { year, annualPeriod, quarterPeriods, people, annual, quarters, dimensions, scores, penalties, negatives }
}
