/** The three 不定等次 cases of the domain brief. */
export const undeterminedCases = ['probation', 'leave', 'investigation'] as const
export type UndeterminedCase = (typeof undeterminedCases)[number]

export interface UndeterminedFacts {
  /** a new hire still in the probation period at the end of the assessment period */
  inProbation?: boolean
  /** days of sick or personal leave (病假 / 事假) in the period */
  leaveDays?: number
  /** days in the period (365 or 366 for a year) */
  periodDays?: number
  /** under formal investigation (立案审查 / 审查调查) not yet closed */
  underInvestigation?: boolean
  /** the free-text status reason as recorded on the roster, used when the facts above are absent */
  statusReason?: string | null
}

export interface UndeterminedRuling {
  case: UndeterminedCase
  /** a comment (评语) is written: true for probation and leave, false under investigation */
  comment: boolean
  /** graded later, when the case closes (only under investigation) */
  gradedLater: boolean
}

// the same words period-lifecycle reads for an investigation
const INVESTIGATION = /审查|调查|立案/
const PROBATION = /试用|新录用|新招录|见习/
const LEAVE = /病假|事假|休假/

const rulings: Record<UndeterminedCase, UndeterminedRuling> = {
  probation: { case: 'probation', comment: true, gradedLater: false },
  leave: { case: 'leave', comment: true, gradedLater: false },
  investigation: { case: 'investigation', comment: false, gradedLater: true },
}

/**
 * rule: 不定等次 (no grade, comment only) for a new hire in probation, or sick or personal leave over
 * half the period; under formal investigation no comment either, graded later when the case closes.
 *
 * Structured facts decide first; the free-text reason only when no fact says so, since a reason
 * like "病假" alone does not tell whether the leave passed half the year — the office marked the
 * person 不定等次 and the text says why. Investigation wins over the other two because it is the
 * stricter (no comment) and the grade is owed later. Leave of exactly half the period does not
 * qualify ("over half"). Returns null when no case applies.
 */
export function classifyUndetermined(facts: UndeterminedFacts): UndeterminedRuling | null {
  const reason = facts.statusReason ?? ''
  if (facts.underInvestigation ?? INVESTIGATION.test(reason)) return rulings.investigation
  if (facts.inProbation ?? PROBATION.test(reason)) return rulings.probation
  if (facts.leaveDays !== undefined && facts.periodDays !== undefined) {
    return facts.leaveDays * 2 > facts.periodDays ? rulings.leave : null
  }
  return LEAVE.test(reason) ? rulings.leave : null
}
