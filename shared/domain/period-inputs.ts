import type { Indicator } from '../contract/scheme'
import type { RuleSettings } from './settings'
import { satisfactionScore, type BallotCounts, type SatisfactionCounts } from './input-scores'
import { effectiveRaterSettings, type EffectiveRaterSettings, type SchemeRaterSettings } from './rater-settings'

// The non-rating inputs of a period and the excluded ratings, joined once so computePeriod scores
// each person's leaves by lookup.

/** 民主测评 votes for one person on one 票决 indicator (one row per import batch; they add up). */
export interface PeriodBallot {
  personId: number
  indicatorCode: string
  counts: BallotCounts
}

/** 群众满意度 on one indicator, for a person or for a whole department (its path). */
export interface PeriodSatisfaction {
  personId: number | null
  department: string | null
  indicatorCode: string
  counts: SatisfactionCounts | null
  rate: number | null
}

/** A measured value of a 目标 indicator for one person. */
export interface PeriodMeasure {
  personId: number
  indicatorCode: string
  actual: number
}

/** Ratings a person excluded after a cross-check: of that role, by that rater (null = any), on that ratee (null = any). */
export interface ExcludedRatings {
  role: string
  rater: string | null
  personId: number | null
}

interface PeriodInputs {
  indicators: readonly Indicator[]
  settings: RuleSettings
  ballots?: readonly PeriodBallot[]
  satisfaction?: readonly PeriodSatisfaction[]
  measures?: readonly PeriodMeasure[]
  raterSettings?: SchemeRaterSettings
}

export interface PreparedInputs {
  /** person|code → votes summed over batches */
  ballots: Map<string, BallotCounts>
  /** person|code → the last measured value */
  measures: Map<string, number>
  satisfactionByPerson: Map<string, PeriodSatisfaction[]>
  satisfactionByDepartment: Map<string, PeriodSatisfaction[]>
  settingsOf(code: string): EffectiveRaterSettings
}

export function prepareInputs(input: PeriodInputs): PreparedInputs {
  const ballots = new Map<string, BallotCounts>()
  for (const b of input.ballots ?? []) {
    const key = `${b.personId}|${b.indicatorCode}`
    const sum: BallotCounts = { ...ballots.get(key) }
    for (const [choice, n] of Object.entries(b.counts) as [keyof BallotCounts, number][]) sum[choice] = (sum[choice] ?? 0) + n
    ballots.set(key, sum)
  }
  const measures = new Map((input.measures ?? []).map((m) => [`${m.personId}|${m.indicatorCode}`, m.actual]))
  const satisfactionByPerson = new Map<string, PeriodSatisfaction[]>()
  const satisfactionByDepartment = new Map<string, PeriodSatisfaction[]>()
  for (const row of input.satisfaction ?? []) {
    const [map, key] = row.personId !== null ? [satisfactionByPerson, `${row.personId}|${row.indicatorCode}`] : [satisfactionByDepartment, `${row.department}|${row.indicatorCode}`]
    map.set(key, [...(map.get(key) ?? []), row])
  }

  const parentOf = new Map(input.indicators.map((i) => [i.code, i.parentCode]))
  const levels = input.raterSettings ?? { scheme: null, dimensions: {} }
  const byDimension = new Map<string, EffectiveRaterSettings>()
  const settingsOf = (code: string): EffectiveRaterSettings => {
    let dim = code
    for (let hops = 0; parentOf.get(dim) && hops < 50; hops++) dim = parentOf.get(dim) as string
    let eff = byDimension.get(dim)
    if (!eff) byDimension.set(dim, (eff = effectiveRaterSettings(input.settings, levels.scheme, levels.dimensions[dim] ?? null)))
    return eff
  }
  return { ballots, measures, satisfactionByPerson, satisfactionByDepartment, settingsOf }
}

type CitizenScope = { personId: number; department: string; departmentPath?: string | null }

/** The satisfaction rows that stand for a person on an item: their own, else their department's. */
export function citizenRows(inputs: PreparedInputs, person: CitizenScope, code: string): PeriodSatisfaction[] {
  return (
    inputs.satisfactionByPerson.get(`${person.personId}|${code}`) ??
    inputs.satisfactionByDepartment.get(`${person.departmentPath ?? person.department}|${code}`) ??
    []
  )
}

/**
 * How many citizens the 群众 score of a satisfaction survey stands for: the responses a row counts
 * (满意, 基本满意, 不满意), or one for a row that gives only a rate, since then nobody was counted.
 */
export function satisfactionResponseCount(rows: readonly Pick<PeriodSatisfaction, 'counts'>[]): number {
  return rows.reduce((n, r) => n + (r.counts === null ? 1 : Object.values(r.counts).reduce<number>((m, v) => m + (v ?? 0), 0)), 0)
}

/**
 * The 群众 role's score on a rated item from citizen satisfaction: the person's own figure, else
 * their department's. Responses counted in several rows add up; where only rates are known, their mean.
 */
export function citizenScore(inputs: PreparedInputs, person: CitizenScope, code: string, rules: EffectiveRaterSettings): number | null {
  const rows = citizenRows(inputs, person, code)
  if (rows.length > 0 && rows.every((r) => r.counts !== null)) {
    const sum: SatisfactionCounts = {}
    for (const r of rows) for (const [k, n] of Object.entries(r.counts ?? {}) as [keyof SatisfactionCounts, number][]) sum[k] = (sum[k] ?? 0) + n
    return satisfactionScore({ counts: sum }, rules.satisfactionPoints)
  }
  const scores = rows
    .map((r) => (r.counts !== null ? satisfactionScore({ counts: r.counts }, rules.satisfactionPoints) : r.rate !== null ? satisfactionScore({ rate: r.rate }) : null))
    .filter((x): x is number => x !== null)
  return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null
}

export function isExcluded(r: { role: string; rater: string | null; personId: number }, excluded: readonly ExcludedRatings[]): boolean {
  return excluded.some((x) => x.role === r.role && (x.rater === null || x.rater === r.rater) && (x.personId === null || x.personId === r.personId))
}
