import type { Indicator } from '../contract/scheme'
import type { RuleSettings } from './settings'
import type { ResultNote } from './result-note'
import { roundHalfUp } from './rounding'
import type { ItemRating } from './rater-aggregation'
import { adjustmentItems, scoreLeaf } from './score-steps'
import type { SchemeRaterSettings } from './rater-settings'
import { isExcluded, prepareInputs, type ExcludedRatings, type PeriodBallot, type PeriodMeasure, type PeriodSatisfaction, type PreparedInputs } from './period-inputs'

export type { ExcludedRatings, PeriodBallot, PeriodMeasure, PeriodSatisfaction } from './period-inputs'
import { achievementDimension, applicableCodes, dimensionsOf, rollUp, weightedMean, type DateWindow } from './scheme-tree'
import { adjustedTotal } from './adjustments'
import { competitionRanks } from './ranks'
import { withoutExempted } from './exemption'
import { proposeQuarterlyGrades } from './quarterly-grades'

export interface PeriodPerson {
  personId: number
  staffNo: string
  name: string
  department: string
  departmentPath?: string | null
  positionClass: string | null
  /** the person's status in this period: 参加 / 不定等次 / 不参加 */
  status: string
  statusReason?: string | null
}

/** One rating as imported; groupRatings puts a list of them in the shape computePeriod reads. */
export interface PeriodRating {
  personId: number
  indicatorCode: string
  role: string
  rater: string | null
  score: number
}

/** One rating of a person on an indicator; the rater only matters for an exclusion and the explanation. */
export interface RatingEntry extends ItemRating {
  rater: string | null
}

/**
 * A period's ratings by person, then by indicator code, each list in import order (the order its
 * scores are summed in). Grouped rather than flat because a large period has millions of ratings and
 * is loaded straight into this shape (ratings-loader.ts).
 */
export type PeriodRatings = ReadonlyMap<number, ReadonlyMap<string, readonly RatingEntry[]>>

export interface ComputePeriodInput {
  indicators: readonly Indicator[]
  people: readonly PeriodPerson[]
  ratings: PeriodRatings
  settings: RuleSettings
  periodWindow: DateWindow
  // The inputs below are absent from a computation with ratings only.
  ballots?: readonly PeriodBallot[]
  satisfaction?: readonly PeriodSatisfaction[]
  measures?: readonly PeriodMeasure[]
  excluded?: readonly ExcludedRatings[]
  raterSettings?: SchemeRaterSettings
  /** indicators exempted for a person (容错免责): they leave the person's applicable set */
  exempted?: readonly { personId: number; indicatorCode: string }[]
}

/** Grades outside the four quarterly ones. */
export const undeterminedGrade = '不定等次'
/** a participant without a single usable rating cannot be graded; they are not counted in n */
export const noScoreGrade = '未评定'

export interface ComputedRow {
  personId: number
  staffNo: string
  name: string
  department: string
  status: string
  /** full precision; null when not graded */
  total: number | null
  /** rounded half-up to 2 decimals: what is shown, graded and ranked */
  totalRounded: number | null
  rank: number | null
  grade: string
  /** dimension code → full-precision score */
  dimensions: Record<string, number | null>
  /** every applicable weighted indicator's full-precision score, for the result sheet */
  indicators: Record<string, number | null>
  bonus: number
  deduction: number
  vetoes: string[]
  boundaryTie: boolean
  notes: ResultNote[]
}

export interface ComputedPeriod {
  rows: ComputedRow[]
  graded: number
  goodQuota: number
  dimensions: { code: string; name: string }[]
}

/**
 * A quarterly period's results: per person the applicable indicators, item scores from ratings,
 * the roll-up to dimensions and total, adjustments; then ranks and grades over those graded.
 * Rows come in rank order (ungraded last), then by staff number.
 */
export function computePeriod(input: ComputePeriodInput): ComputedPeriod {
  const { indicators, settings } = input
  const dims = dimensionsOf(indicators)
  const achievement = achievementDimension(indicators)
  const excluded = input.excluded ?? []
  const inputs = prepareInputs(input)

  const rows: ComputedRow[] = []
  for (const person of input.people) {
    if (person.status === '不参加') continue
    if (person.status === '不定等次') {
      rows.push(undeterminedRow(person, dims))
      continue
    }
    rows.push(scorePerson(person, input, inputs, countedRatings(input.ratings.get(person.personId), person.personId, excluded)))
  }

  const graded = rows.filter((r) => r.total !== null)
  const ranks = competitionRanks(graded.map((r) => r.total))
  const { proposals, quota } = proposeQuarterlyGrades(
    graded.map((r) => ({ total: r.total as number, achievement: achievement ? r.dimensions[achievement.code] : null, veto: r.vetoes.length > 0 })),
    settings,
  )
  graded.forEach((r, i) => {
    r.rank = ranks[i]
    r.grade = proposals[i].grade
    r.boundaryTie = proposals[i].boundaryTie
    r.notes.push(...proposals[i].notes)
  })

  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || compareText(a.staffNo, b.staffNo))
  return { rows, graded: graded.length, goodQuota: quota, dimensions: dims.map((d) => ({ code: d.code, name: d.name })) }
}

function scorePerson(person: PeriodPerson, input: ComputePeriodInput, inputs: PreparedInputs, own: ReadonlyMap<string, readonly ItemRating[]>): ComputedRow {
  const { indicators, settings } = input
  const exemptCodes = new Set((input.exempted ?? []).filter((e) => e.personId === person.personId).map((e) => e.indicatorCode))
  const applicable = withoutExempted(applicableCodes(indicators, person, input.periodWindow), indicators, exemptCodes)
  const notes: ResultNote[] = []
  const exemptNames = indicators.filter((i) => exemptCodes.has(i.code)).map((i) => i.name)
  if (exemptNames.length) notes.push({ key: 'results.note.exempted', params: { items: exemptNames.join('、') } })
  const missing: string[] = []
  const unweightedRoles = new Set<string>()

  const scores = rollUp(indicators, applicable, (leaf) => {
    const leafScore = scoreLeaf(leaf, person, inputs, own.get(leaf.code) ?? [])
    if (leafScore.source === 'ratings') leafScore.item.unweightedRoles.forEach((r) => unweightedRoles.add(r))
    if (leafScore.score === null) missing.push(leaf.name)
    return leafScore.score
  })

  const { items, bonus, deduction } = adjustmentItems(indicators, applicable, (code) => (own.get(code) ?? []).map((r) => r.score))
  const namesOf = (kind: string) => items.filter((i) => i.kind === kind).map((i) => i.indicator.name)
  const bonusItems = namesOf('bonus')
  const deductionItems = namesOf('deduction')
  const vetoes = namesOf('veto')

  const inapplicable = indicators.filter((i) => own.has(i.code) && !applicable.has(i.code) && !exemptCodes.has(i.code)).map((i) => i.name)
  if (missing.length) notes.push({ key: 'results.note.missingRatings', params: { items: missing.join('、') } })
  if (inapplicable.length) notes.push({ key: 'results.note.inapplicableRatings', params: { items: inapplicable.join('、') } })
  if (unweightedRoles.size) notes.push({ key: 'results.note.unweightedRoles', params: { roles: [...unweightedRoles].join('、') } })

  const dims = dimensionsOf(indicators)
  const dimensions = Object.fromEntries(dims.map((d) => [d.code, applicable.has(d.code) ? (scores.get(d.code) ?? null) : null]))
  const weighted = weightedMean(dims.map((d) => ({ weight: d.weight, score: dimensions[d.code] })))

  let total: number | null = null
  if (weighted === null) {
    notes.push({ key: 'results.note.noScore' })
  } else {
    const adjusted = adjustedTotal(weighted, bonus, deduction, settings.bonusCap)
    total = adjusted.total
    if (bonus > 0) notes.push({ key: 'results.note.bonus', params: { points: roundHalfUp(bonus), items: bonusItems.join('、') } })
    if (adjusted.bonusCapped) notes.push({ key: 'results.note.bonusCapped', params: { raw: roundHalfUp(bonus), cap: settings.bonusCap } })
    if (deduction > 0) notes.push({ key: 'results.note.deduction', params: { points: roundHalfUp(deduction), items: deductionItems.join('、') } })
    if (adjusted.clamped) notes.push({ key: 'results.note.clamped', params: { max: 100 + settings.bonusCap, total: roundHalfUp(total) } })
  }
  if (vetoes.length) notes.push({ key: 'results.note.veto', params: { items: vetoes.join('、') } })

  return {
    ...identity(person),
    total,
    totalRounded: total === null ? null : roundHalfUp(total),
    rank: null,
    grade: noScoreGrade,
    dimensions,
    indicators: Object.fromEntries(scores),
    bonus,
    deduction,
    vetoes,
    boundaryTie: false,
    notes,
  }
}

function undeterminedRow(person: PeriodPerson, dims: readonly Indicator[]): ComputedRow {
  const reason = person.statusReason?.trim()
  return {
    ...identity(person),
    total: null,
    totalRounded: null,
    rank: null,
    grade: undeterminedGrade,
    dimensions: Object.fromEntries(dims.map((d) => [d.code, null])),
    indicators: {},
    bonus: 0,
    deduction: 0,
    vetoes: [],
    boundaryTie: false,
    notes: [reason ? { key: 'results.note.undetermined', params: { reason } } : { key: 'results.note.undeterminedNoReason' }],
  }
}

function identity(p: PeriodPerson) {
  return { personId: p.personId, staffNo: p.staffNo, name: p.name, department: p.department, status: p.status }
}

/** A flat list of ratings (a test's, a workbook's) in computePeriod's shape, keeping their order. */
export function groupRatings(ratings: readonly PeriodRating[]): Map<number, Map<string, RatingEntry[]>> {
  const out = new Map<number, Map<string, RatingEntry[]>>()
  for (const r of ratings) {
    let byCode = out.get(r.personId)
    if (!byCode) out.set(r.personId, (byCode = new Map()))
    const entry = { role: r.role, rater: r.rater, score: r.score }
    const list = byCode.get(r.indicatorCode)
    if (list) list.push(entry)
    else byCode.set(r.indicatorCode, [entry])
  }
  return out
}

/** A person's ratings less the excluded ones; an indicator left without ratings is left out, as if never rated. */
function countedRatings(own: ReadonlyMap<string, readonly RatingEntry[]> | undefined, personId: number, excluded: readonly ExcludedRatings[]): ReadonlyMap<string, readonly RatingEntry[]> {
  if (!own) return new Map()
  if (!excluded.some((x) => x.personId === null || x.personId === personId)) return own
  const out = new Map<string, RatingEntry[]>()
  for (const [code, list] of own) {
    const counted = list.filter((r) => !isExcluded({ ...r, personId }, excluded))
    if (counted.length) out.set(code, counted)
  }
  return out
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
