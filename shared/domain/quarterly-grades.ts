import type { RuleSettings } from './settings'
import type { ResultNote } from './result-note'
import { roundHalfUp } from './rounding'
import { gradeQuota } from './quota'

export const quarterlyGrades = ['好', '较好', '一般', '较差'] as const
export type QuarterlyGrade = (typeof quarterlyGrades)[number]

/** rule: quarterly grade thresholds on the rounded total: 好 ≥ 90, 较好 ≥ 80, 一般 ≥ 60, else 较差. */
export function thresholdGrade(total: number, thresholds: RuleSettings['quarterly']['thresholds']): QuarterlyGrade {
  const t = roundHalfUp(total)
  if (t >= thresholds.good) return '好'
  if (t >= thresholds.fair) return '较好'
  if (t >= thresholds.poor) return '一般'
  return '较差'
}

export interface GradeCandidate {
  /** full precision; thresholds and order use it rounded */
  total: number
  /** the 绩 dimension score, the first tie-break; null when the scheme has none */
  achievement: number | null
  /** a triggered 一票否决 item */
  veto: boolean
}

export interface GradeProposal {
  grade: QuarterlyGrade
  /** tied at the 好 quota boundary: the committee decides */
  boundaryTie: boolean
  notes: ResultNote[]
}

/**
 * rule: quarterly grades under the 好 quota. Everyone passed in is graded (n = their number;
 * 不定等次 and 不参加 people are not passed in). Each gets the threshold grade of the rounded total;
 * a triggered veto makes it 较差 (the quarterly counterpart of the annual rule that a veto makes
 * the year 不称职). At most quota(n) people get 好, taken in order of rounded total, then rounded 绩
 * score; the others over the 好 threshold get 较好 with a note.
 *
 * A group still tied on both at the boundary (it holds people inside and outside the quota) is
 * not split by any silent rule: the whole group is proposed 较好 and flagged, with the number of 好
 * places left, for the committee to award. This never proposes more 好 than the quota allows and
 * never favours one tied person over another; a group that fits entirely inside the quota is not
 * at the boundary and gets 好.
 */
export function proposeQuarterlyGrades(candidates: readonly GradeCandidate[], settings: Pick<RuleSettings, 'quarterly'>) {
  const quota = gradeQuota(candidates.length, settings.quarterly.goodQuota)
  const proposals: GradeProposal[] = candidates.map((c) => {
    if (c.veto) return { grade: '较差', boundaryTie: false, notes: [] }
    return { grade: thresholdGrade(c.total, settings.quarterly.thresholds), boundaryTie: false, notes: [] }
  })
  const key = (i: number) => ({ total: roundHalfUp(candidates[i].total), achievement: roundOrMinus(candidates[i].achievement) })
  const sameKey = (a: number, b: number) => key(a).total === key(b).total && key(a).achievement === key(b).achievement
  const eligible = proposals
    .map((p, i) => (p.grade === '好' ? i : -1))
    .filter((i) => i >= 0)
    .sort((a, b) => byKeyDescending(key(a), key(b)))
  if (eligible.length <= quota) return { proposals, quota }

  // eligible[quota - 1] is the last inside the quota, eligible[quota] the first outside
  const boundaryTied = quota > 0 && sameKey(eligible[quota - 1], eligible[quota])
  const tied = boundaryTied ? eligible.filter((i) => sameKey(i, eligible[quota])) : []
  const tiedSet = new Set(tied)
  const inside = eligible.slice(0, quota).filter((i) => !tiedSet.has(i)).length
  for (const [pos, i] of eligible.entries()) {
    if (tiedSet.has(i)) {
      proposals[i] = {
        grade: '较好',
        boundaryTie: true,
        notes: [{ key: 'results.note.boundaryTie', params: { tied: tied.length, slots: quota - inside } }],
      }
    } else if (pos >= quota) {
      proposals[i] = { grade: '较好', boundaryTie: false, notes: [{ key: 'results.note.overQuota' }] }
    }
  }
  return { proposals, quota }
}

// a missing 绩 score sorts below any score, and two missing ones are equal
function roundOrMinus(x: number | null): number {
  return x === null ? Number.NEGATIVE_INFINITY : roundHalfUp(x)
}

function byKeyDescending(a: { total: number; achievement: number }, b: { total: number; achievement: number }): number {
  if (a.total !== b.total) return b.total - a.total
  if (a.achievement === b.achievement) return 0
  return a.achievement < b.achievement ? 1 : -1
}
