import type { RuleSettings } from './settings'
import type { QuarterlyGrade } from './quarterly-grades'
import type { BallotCounts } from './input-scores'
import type { PenaltyType } from './penalties'
import { annualOf } from './settings'
import { roundHalfUp } from './rounding'
import { gradeQuota } from './quota'

export const annualGrades = ['优秀', '称职', '基本称职', '不称职'] as const
export type AnnualGrade = (typeof annualGrades)[number]

/**
 * A penalty's effect on a graded person (penaltyEffect). A penalty that makes the year ungraded
 * takes the person out of grading altogether, so it has no place here.
 */
export interface GradedPenalty {
  effect: 'notExcellent' | 'incompetent'
  type: PenaltyType
}

export interface AnnualCandidate {
  /** the annual score (annualScore), full precision; thresholds and order use it rounded */
  score: number
  /** the 绩 dimension score, the second tie-break; null when the scheme has none */
  achievement: number | null
  /** the year's quarterly grades as published (graded quarters only) */
  quarterlyGrades: readonly QuarterlyGrade[]
  /** a triggered 一票否决 item */
  veto: boolean
  /** the person's 民主测评 votes; null when there was no ballot */
  ballots: BallotCounts | null
  penalty: GradedPenalty | null
  /** on the negative list (不担当不作为) in the year: barred from 优秀 like a light penalty */
  negativeList?: boolean
}

/**
 * Why a proposal is what it is, as a message key with values, never prose, so the renderer words
 * it in the reader's language and the CLI lists it as is.
 */
export type AnnualFlag =
  | { key: 'annual.flag.veto' }
  | { key: 'annual.flag.penalty'; params: { penalty: PenaltyType; effect: GradedPenalty['effect'] } }
  | { key: 'annual.flag.capBallots'; params: { low: number; valid: number; share: number } }
  | { key: 'annual.flag.capFairQuarters'; params: { fair: number; limit: number } }
  | { key: 'annual.flag.excellentBarred'; params: { reason: 'goodQuarters' | 'fairOrPoorQuarter' | 'penalty' | 'negativeList'; good?: number; required?: number } }
  | { key: 'annual.flag.overQuota'; params: { quota: number } }
  | { key: 'annual.flag.boundaryTie'; params: { tied: number; slots: number } }

export interface AnnualProposal {
  grade: AnnualGrade
  /** tied at the 优秀 quota boundary past every tie-break: the committee decides */
  boundaryTie: boolean
  flags: AnnualFlag[]
}

// ballots of 基本称职 or 不称职 against every vote that counts (不了解 does not)
function ballotShare(b: BallotCounts | null): { low: number; valid: number } {
  if (!b) return { low: 0, valid: 0 }
  const low = (b.基本称职 ?? 0) + (b.不称职 ?? 0)
  return { low, valid: low + (b.优秀 ?? 0) + (b.称职 ?? 0) }
}

// a share compared at 1e-9 so that 3 of 10 is 30 % whatever the float of 0.3
const atLeast = (part: number, whole: number, share: number) => whole > 0 && part / whole >= share - 1e-9

function baseProposal(c: AnnualCandidate, a: ReturnType<typeof annualOf>): { proposal: AnnualProposal; eligible: boolean } {
  const flags: AnnualFlag[] = []
  if (c.penalty) flags.push({ key: 'annual.flag.penalty', params: { penalty: c.penalty.type, effect: c.penalty.effect } })
  if (c.veto) return { proposal: { grade: '不称职', boundaryTie: false, flags: [{ key: 'annual.flag.veto' }, ...flags] }, eligible: false }
  if (c.penalty?.effect === 'incompetent') return { proposal: { grade: '不称职', boundaryTie: false, flags }, eligible: false }

  const score = roundHalfUp(c.score)
  let grade: AnnualGrade = score < a.thresholds.incompetent ? '不称职' : score < a.thresholds.competent ? '基本称职' : '称职'
  const { low, valid } = ballotShare(c.ballots)
  const fair = c.quarterlyGrades.filter((g) => g === '一般').length
  let capped = false
  if (grade === '称职' && atLeast(low, valid, a.ballotCapShare)) {
    flags.push({ key: 'annual.flag.capBallots', params: { low, valid, share: a.ballotCapShare } })
    capped = true
  }
  if (grade === '称职' && fair >= a.fairQuartersCap) {
    flags.push({ key: 'annual.flag.capFairQuarters', params: { fair, limit: a.fairQuartersCap } })
    capped = true
  }
  if (capped) grade = '基本称职'

  if (grade === '基本称职' || grade === '不称职' || score < a.excellentMin) return { proposal: { grade, boundaryTie: false, flags }, eligible: false }
  // a cap has made it 基本称职 above, so it needs no 优秀 bar of its own.
  // Over the 优秀 score but barred: say by what, so the committee sees why the person is not proposed
  const good = c.quarterlyGrades.filter((g) => g === '好').length
  const barred: AnnualFlag[] = []
  if (good < a.excellentMinGoodQuarters) {
    barred.push({ key: 'annual.flag.excellentBarred', params: { reason: 'goodQuarters', good, required: a.excellentMinGoodQuarters } })
  }
  if (c.quarterlyGrades.some((g) => g === '一般' || g === '较差')) barred.push({ key: 'annual.flag.excellentBarred', params: { reason: 'fairOrPoorQuarter' } })
  if (c.penalty) barred.push({ key: 'annual.flag.excellentBarred', params: { reason: 'penalty' } })
  if (c.negativeList) barred.push({ key: 'annual.flag.excellentBarred', params: { reason: 'negativeList' } })
  return { proposal: { grade, boundaryTie: false, flags: [...flags, ...barred] }, eligible: barred.length === 0 }
}

/**
 * rule: annual grade proposals. Everyone passed in is graded (n = their number; 不定等次 people,
 * including those a penalty leaves ungraded, are not passed in). 不称职 below 60, 基本称职 below 70,
 * else 称职, on the rounded annual score; a triggered veto, or a penalty that says so, makes it
 * 不称职. A 称职 is capped at 基本称职 when 基本称职 + 不称职 ballots are 30 % or more of the valid
 * ballots (不了解 excluded), or when 3 or more quarters were 一般. 优秀 goes to those with a rounded
 * score ≥ 85, at least 2 quarterly 好, no quarterly 一般 or 较差, no penalty and no negative-list
 * entry that year, up to the quota
 * (gradeQuota(n, 20 %), or a department's allocated quota when passed), in order of rounded score,
 * rounded 绩 score, then the number of quarterly 好.
 *
 * As for the quarterly 好 quota, a group still tied on all three at the boundary (holding people
 * inside and outside the quota) is proposed 称职 as a whole and flagged with the places left, for
 * the committee to award: never more 优秀 than the quota, and no tied person silently favoured.
 */
export function proposeAnnualGrades(
  candidates: readonly AnnualCandidate[],
  settings: Pick<RuleSettings, 'annual'>,
  allocatedQuota?: number,
): { proposals: AnnualProposal[]; quota: number } {
  const a = annualOf(settings)
  const quota = allocatedQuota ?? gradeQuota(candidates.length, a.excellentQuota)
  const base = candidates.map((c) => baseProposal(c, a))
  const proposals = base.map((b) => b.proposal)
  const key = (i: number) => [
    roundHalfUp(candidates[i].score),
    candidates[i].achievement === null ? Number.NEGATIVE_INFINITY : roundHalfUp(candidates[i].achievement),
    candidates[i].quarterlyGrades.filter((g) => g === '好').length,
  ]
  const compare = (i: number, j: number) => {
    const [ki, kj] = [key(i), key(j)]
    for (let k = 0; k < ki.length; k++) if (ki[k] !== kj[k]) return ki[k] < kj[k] ? 1 : -1
    return 0
  }
  const eligible = base
    .map((b, i) => (b.eligible ? i : -1))
    .filter((i) => i >= 0)
    .sort(compare)

  // eligible[quota - 1] is the last inside the quota, eligible[quota] the first outside
  const boundaryTied = quota > 0 && eligible.length > quota && compare(eligible[quota - 1], eligible[quota]) === 0
  const tied = new Set(boundaryTied ? eligible.filter((i) => compare(i, eligible[quota]) === 0) : [])
  const inside = eligible.slice(0, quota).filter((i) => !tied.has(i)).length
  for (const [pos, i] of eligible.entries()) {
    if (tied.has(i)) {
      proposals[i] = { grade: '称职', boundaryTie: true, flags: [...proposals[i].flags, { key: 'annual.flag.boundaryTie', params: { tied: tied.size, slots: quota - inside } }] }
    } else if (pos >= quota) {
      proposals[i] = { grade: '称职', boundaryTie: false, flags: [...proposals[i].flags, { key: 'annual.flag.overQuota', params: { quota } }] }
    } else {
      proposals[i] = { ...proposals[i], grade: '优秀' }
    }
  }
  return { proposals, quota }
}
