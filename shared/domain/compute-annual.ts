import type { AnnualDetail, PeriodResults, StoredFlag } from '../contract/results'
import type { ResultNote } from './result-note'
import type { BallotCounts } from './input-scores'
import { annualOf, type DepartmentGrade } from './settings'
import { computePeriod, noScoreGrade, undeterminedGrade, type ComputedRow, type ComputePeriodInput, type PeriodBallot } from './compute-period'
import { achievementDimension } from './scheme-tree'
import { annualScore } from './annual-score'
import { proposeAnnualGrades, type AnnualCandidate, type AnnualProposal, type GradedPenalty } from './annual-grades'
import { penaltyEffect, type Penalty } from './penalties'
import { classifyUndetermined } from './undetermined'
import { allocateQuota } from './quota-allocation'
import { competitionRanks } from './ranks'
import { quarterlyGrades, type QuarterlyGrade } from './quarterly-grades'
import { resultFlags, type AnnualUndetermined } from './result-flags'
import { roundHalfUp } from './rounding'

/** One person's stored result in one quarter of the year, as published. */
export interface QuarterResult {
  period: string
  personId: number
  /** the published total (rounded to 2 decimals); null when the quarter was not graded */
  total: number | null
  grade: string
}

export interface AnnualPenalty extends Penalty {
  personId: number
}

export interface ComputeAnnualInput {
  year: number
  /** the annual period's own scheme and inputs (ballots, leaders, citizens), as computePeriod takes them */
  assessment: ComputePeriodInput
  /** the stored results of the year's quarterly periods, in period order */
  quarters: readonly QuarterResult[]
  /** every recorded penalty of the people, of any year (one decided years ago may still leave this year ungraded) */
  penalties: readonly AnnualPenalty[]
  /** negative-list entries (不担当不作为) with their decision dates, of any year */
  negativeList: readonly { personId: number; decidedOn: string }[]
  /**
   * the unit's departments in the organisation chart's order, with their own grade of the year;
   * read only when the 优秀 quota is shared out to departments (the order breaks remainder ties)
   */
  departments?: readonly { path: string; grade: DepartmentGrade | null }[]
}

export type AnnualRow = ComputedRow & { flags: StoredFlag[]; annual: AnnualDetail }

export interface ComputedAnnual {
  rows: AnnualRow[]
  graded: number
  /** the 优秀 quota: unit-wide, or the sum of the departments' places */
  excellentQuota: number
  dimensions: { code: string; name: string }[]
  departmentQuotas: PeriodResults['departmentQuotas']
}

// remarks computePeriod makes about a quarterly-style grade: an annual grade has its own flags
const quarterlyGradeNotes = new Set<string>(['results.note.overQuota', 'results.note.boundaryTie', 'results.note.veto'])

const isQuarterlyGrade = (g: string): g is QuarterlyGrade => (quarterlyGrades as readonly string[]).includes(g)

interface Person {
  row: ComputedRow
  detail: AnnualDetail
  undetermined: AnnualUndetermined | null
  negativeList: string[]
  candidate: AnnualCandidate | null
  proposal: AnnualProposal | null
  department: string
}

/**
 * An annual period's results. The annual assessment is scored on its own scheme by computePeriod
 * (its totals, dimensions and vetoes; its quarterly-style grades are not used). Each person's
 * annual score is annualScore over that total and the year's graded quarters as published; the
 * year is ungraded (不定等次) for the period's 不定等次 people (classified by their reason) and for
 * those a penalty leaves ungraded; the others are proposed grades by proposeAnnualGrades, over the
 * whole unit or per department with the places allocateQuota shares out. Ranks are competition
 * ranks over the rounded annual score across the unit. Rows come in rank order (ungraded last),
 * then by staff number, like computePeriod's.
 */
export function computeAnnual(input: ComputeAnnualInput): ComputedAnnual {
  const settings = input.assessment.settings
  const a = annualOf(settings)
  const computed = computePeriod(input.assessment)
  const achievement = achievementDimension(input.assessment.indicators)
  const peopleById = new Map(input.assessment.people.map((p) => [p.personId, p]))
  // by person once, so a unit of thousands is not scanned per person
  const quartersOf = groupBy(input.quarters)
  const penaltiesOf = groupBy(input.penalties)
  const negativeOf = groupBy(input.negativeList)
  const ballotsOf = groupBy(input.assessment.ballots ?? [])
  const exemptedOf = groupBy(input.assessment.exempted ?? [])

  const people: Person[] = computed.rows.map((row) => {
    const person = peopleById.get(row.personId)
    const quarters = (quartersOf.get(row.personId) ?? [])
      .filter((q) => q.total !== null && isQuarterlyGrade(q.grade))
      .map((q) => ({ period: q.period, total: q.total as number, grade: q.grade }))
    const published = quarters.map((q) => roundHalfUp(q.total))
    const detail: AnnualDetail = {
      assessment: row.total,
      quarters,
      quarterMean: published.length ? published.reduce((x, y) => x + y, 0) / published.length : null,
      score: null,
      undetermined: null,
    }
    const effect = penaltyEffect(penaltiesOf.get(row.personId) ?? [], input.year)
    const negativeList = (negativeOf.get(row.personId) ?? []).filter((n) => Number(n.decidedOn.slice(0, 4)) === input.year).map((n) => n.decidedOn)
    let undetermined: AnnualUndetermined | null = null
    if (row.status === '不定等次') {
      const ruling = classifyUndetermined({ statusReason: person?.statusReason ?? null })
      undetermined = ruling ? { case: ruling.case } : { case: 'other', reason: person?.statusReason?.trim() || null }
    } else if (effect.effect === 'ungraded' && effect.penalty) {
      undetermined = { case: 'penalty', penalty: effect.penalty.type, decidedOn: effect.penalty.decidedOn }
    }
    const department = person?.departmentPath ?? row.department
    if (undetermined) {
      detail.undetermined = undetermined.case
      return { row: ungraded(row), detail, undetermined, negativeList, candidate: null, proposal: null, department }
    }
    if (row.total === null) return { row, detail, undetermined, negativeList, candidate: null, proposal: null, department }

    detail.score = annualScore(row.total, published, a.weights)
    const penalty: GradedPenalty | null =
      effect.penalty && (effect.effect === 'notExcellent' || effect.effect === 'incompetent') ? { effect: effect.effect, type: effect.penalty.type } : null
    const candidate: AnnualCandidate = {
      score: detail.score,
      achievement: achievement ? (row.dimensions[achievement.code] ?? null) : null,
      quarterlyGrades: quarters.map((q) => q.grade as QuarterlyGrade),
      veto: row.vetoes.length > 0,
      ballots: ballotSum(ballotsOf.get(row.personId) ?? [], exemptedOf.get(row.personId) ?? []),
      penalty,
      negativeList: negativeList.length > 0,
    }
    return { row, detail, undetermined, negativeList, candidate, proposal: null, department }
  })

  const graded = people.filter((p) => p.candidate !== null)
  const { excellentQuota, departmentQuotas } = propose(graded, input, settings)

  const ranks = competitionRanks(graded.map((p) => p.detail.score))
  graded.forEach((p, i) => {
    p.row = { ...p.row, rank: ranks[i] }
  })

  const rows = people.map((p) => annualRow(p, a.weights))
  rows.sort((x, y) => (x.rank ?? Infinity) - (y.rank ?? Infinity) || compareText(x.staffNo, y.staffNo))
  return { rows, graded: graded.length, excellentQuota, dimensions: computed.dimensions, departmentQuotas }
}

/** Proposals over the unit, or per department with its share of the places; sets each person's proposal. */
function propose(graded: Person[], input: ComputeAnnualInput, settings: ComputePeriodInput['settings']) {
  const a = annualOf(settings)
  if (a.quotaScope === 'unit') {
    const { proposals, quota } = proposeAnnualGrades(
      graded.map((p) => p.candidate as AnnualCandidate),
      settings,
    )
    graded.forEach((p, i) => (p.proposal = proposals[i]))
    return { excellentQuota: quota, departmentQuotas: null }
  }
  // departments in the tree's order, then any not listed in the order their people come
  const members = new Map<string, Person[]>()
  for (const path of (input.departments ?? []).map((d) => d.path)) members.set(path, [])
  for (const p of graded) {
    const list = members.get(p.department)
    if (list) list.push(p)
    else members.set(p.department, [p])
  }
  const groups = [...members].filter(([, list]) => list.length > 0)
  const gradeOf = new Map((input.departments ?? []).map((d) => [d.path, d.grade]))
  const allocation = allocateQuota(
    groups.map(([path, list]) => ({ headcount: list.length, grade: gradeOf.get(path) ?? null })),
    a.excellentQuota,
    a.departmentGradeShares,
    a.departmentQuotaCap,
  )
  groups.forEach(([, list], d) => {
    const { proposals } = proposeAnnualGrades(
      list.map((p) => p.candidate as AnnualCandidate),
      settings,
      allocation.quotas[d],
    )
    list.forEach((p, i) => (p.proposal = proposals[i]))
  })
  return {
    excellentQuota: allocation.total,
    departmentQuotas: groups.map(([path, list], d) => ({ department: path, graded: list.length, quota: allocation.quotas[d] })),
  }
}

function annualRow(p: Person, weights: { annual: number; quarterly: number }): AnnualRow {
  const notes: ResultNote[] = p.row.notes.filter((n) => !quarterlyGradeNotes.has(n.key))
  const proposal = p.proposal
  const grade = p.undetermined ? undeterminedGrade : (proposal?.grade ?? noScoreGrade)
  const score = p.detail.score
  if (proposal && score !== null) {
    const q = p.detail.quarterMean
    const sum = weights.annual + weights.quarterly
    if (q === null || sum <= 0) notes.push({ key: 'annual.note.noQuarters', params: { score: roundHalfUp(score) } })
    else
      notes.push({
        key: 'annual.note.score',
        params: {
          score: roundHalfUp(score),
          assessment: roundHalfUp(p.detail.assessment ?? 0),
          annualShare: roundHalfUp((weights.annual / sum) * 100),
          quarterMean: roundHalfUp(q),
          quarterShare: roundHalfUp((weights.quarterly / sum) * 100),
          quarters: p.detail.quarters.length,
        },
      })
  }
  const flags = resultFlags({
    period: 'annual',
    vetoes: p.row.vetoes,
    notes,
    proposal: proposal?.flags ?? [],
    undetermined: p.undetermined,
    negativeList: p.negativeList,
  })
  return {
    ...p.row,
    total: proposal ? score : null,
    totalRounded: proposal && score !== null ? roundHalfUp(score) : null,
    grade,
    boundaryTie: proposal?.boundaryTie ?? false,
    notes,
    flags,
    annual: p.detail,
  }
}

// an ungraded year shows no score, like computePeriod's 不定等次 rows; the detail keeps the assessment total
function ungraded(row: ComputedRow): ComputedRow {
  return {
    ...row,
    total: null,
    totalRounded: null,
    rank: null,
    dimensions: Object.fromEntries(Object.keys(row.dimensions).map((code) => [code, null])),
    indicators: {},
    bonus: 0,
    deduction: 0,
  }
}

/** A person's 民主测评 votes summed over the annual period's ballot items (an exempted item left out); null without any. */
function ballotSum(ballots: readonly PeriodBallot[], exempted: readonly { indicatorCode: string }[]): BallotCounts | null {
  const exempt = new Set(exempted.map((e) => e.indicatorCode))
  const own = ballots.filter((b) => !exempt.has(b.indicatorCode))
  if (!own.length) return null
  const sum: Required<BallotCounts> = { 优秀: 0, 称职: 0, 基本称职: 0, 不称职: 0, 不了解: 0 }
  for (const b of own) for (const k of Object.keys(sum) as (keyof BallotCounts)[]) sum[k] += b.counts[k] ?? 0
  return sum
}

function groupBy<T extends { personId: number }>(items: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>()
  for (const x of items) {
    const list = out.get(x.personId)
    if (list) list.push(x)
    else out.set(x.personId, [x])
  }
  return out
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
