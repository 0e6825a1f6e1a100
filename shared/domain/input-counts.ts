import { DEFAULT_BALLOT_POINTS, type BallotChoice, type BallotCounts } from './input-scores'
import { satisfactionResponseCount } from './period-inputs'

const ballotChoices = Object.keys(DEFAULT_BALLOT_POINTS) as BallotChoice[]

/** rule: valid votes are the 优秀, 称职, 基本称职 and 不称职 votes; 不了解 is cast but not valid, as ballotScore counts them. */
export function validVotes(counts: BallotCounts): number {
  return ballotChoices.reduce((n, c) => n + (counts[c] ?? 0), 0)
}

/** A stored row of any input, as far as its counts go: whose it is. */
interface CountedRow {
  staffNo: string | null
  department: string
}

export interface InputListCounts {
  rows: number
  people: number
  /** departments a satisfaction row is given for as a whole (no person) */
  departments: number
}

/** rule: an input list counts its rows, the distinct people they name and the whole departments they name. */
export function inputListCounts(rows: readonly CountedRow[]): InputListCounts {
  const people = new Set<string>()
  const departments = new Set<string>()
  for (const r of rows) {
    if (r.staffNo !== null) people.add(r.staffNo)
    else departments.add(r.department)
  }
  return { rows: rows.length, people: people.size, departments: departments.size }
}

/** rule: the responses a satisfaction list stands for are counted as the explanation counts 群众 (a rate-only row is one). */
export function satisfactionResponses(rows: readonly { satisfied: number | null; basic: number | null; dissatisfied: number | null }[]): number {
  return satisfactionResponseCount(
    rows.map((r) => ({ counts: r.satisfied === null && r.basic === null && r.dissatisfied === null ? null : { 满意: r.satisfied ?? 0, 基本满意: r.basic ?? 0, 不满意: r.dissatisfied ?? 0 } })),
  )
}

/** rule: a ballot list's votes are its valid votes, summed over the rows. */
export function ballotVotes(rows: readonly { excellent: number; competent: number; basic: number; incompetent: number }[]): number {
  return rows.reduce((n, r) => n + validVotes({ 优秀: r.excellent, 称职: r.competent, 基本称职: r.basic, 不称职: r.incompetent }), 0)
}
