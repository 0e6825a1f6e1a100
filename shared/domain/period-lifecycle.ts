import type { PeriodStatus } from '../contract/period'

/** 个人述职 → 同事互评 → 领导核验 → 党委审定, in order */
export const stageKeys = ['self', 'peer', 'leader', 'committee'] as const
export type StageKey = (typeof stageKeys)[number]

export const lifecycleOrder: readonly PeriodStatus[] = ['draft', 'open', 'review', 'approved', 'noticed', 'final']

export interface LifecyclePerson {
  staffNo: string
  name: string
  department: string
  status: string
  statusReason: string | null
  done: readonly StageKey[]
}

/** What the next transition depends on. */
export interface LifecycleFacts {
  people: readonly LifecyclePerson[]
  /** results exist for the period */
  resultsComputed: boolean
  /** some rating input changed after the stored results were computed */
  resultsStale: boolean
  openFlags: number
  /** the published notice (公示), null before one is published */
  notice: { endDate: string } | null
  /** the office's date today, ISO `YYYY-MM-DD`: an input, so the rule never reads a clock */
  today: string
  /** 复核 / 申诉 filed and not yet decided */
  pendingAppeals: number
}

export interface MissingPerson {
  staffNo: string
  name: string
  department: string
}

export type BlockReason =
  | { kind: 'stageMissing'; stage: StageKey; people: MissingPerson[] }
  | { kind: 'resultsNotComputed' }
  | { kind: 'resultsStale' }
  | { kind: 'openFlags'; count: number }
  | { kind: 'noticeMissing' }
  | { kind: 'noticeNotEnded'; endDate: string }
  | { kind: 'appealsPending'; count: number }
  | { kind: 'lastStep' }

export interface TransitionCheck {
  from: PeriodStatus
  to: PeriodStatus | null
  allowed: boolean
  reasons: BlockReason[]
}

// 立案审查 / 审查调查 / 接受调查: a formal investigation, the one 不定等次 case without a comment
const INVESTIGATION = /审查|调查|立案/

/**
 * rule: which stages a person must pass in a period. 不参加: none. 不定等次 is comment only: 领导核验
 * (the 评语) and 党委审定, no score stages; under formal investigation not even the comment, only the
 * committee's decision that they are ungraded for now. Everyone else: all four.
 */
export function requiredStages(person: Pick<LifecyclePerson, 'status' | 'statusReason'>): StageKey[] {
  if (person.status === '不参加') return []
  if (person.status === '不定等次') return INVESTIGATION.test(person.statusReason ?? '') ? ['committee'] : ['leader', 'committee']
  return [...stageKeys]
}

/**
 * rule: a stage is done by its data. 同事互评 is done once the person has 互评 ratings in the period;
 * a manual record (paper ratings not entered) also counts, but the ratings need no click. The other
 * stages are their records: 个人述职 the 述职, 领导核验 the leader's check, 党委审定 the committee's.
 */
export function stageDone(stage: StageKey, recorded: boolean, peerRatings: number): boolean {
  return recorded || (stage === 'peer' && peerRatings > 0)
}

/** The stages a person still lacks, in stage order. */
export function missingStages(person: LifecyclePerson): StageKey[] {
  return requiredStages(person).filter((s) => !person.done.includes(s))
}

/**
 * rule: the period lifecycle draft → open → review → approved → noticed → final, one step at a
 * time. open → review needs every participant's 个人述职, 同事互评 and 领导核验 (as required of
 * them); review → approved needs every participant's 党委审定, results computed after the last
 * rating change, and no open cross-check flag. approved → noticed needs a published notice;
 * noticed → final needs the notice over (today after its last day: the last day is still a notice
 * day) and no appeal waiting for a decision. draft → open carries no condition. Every reason is
 * listed, not just the first.
 */
export function nextTransition(status: PeriodStatus, facts: LifecycleFacts): TransitionCheck {
  const at = lifecycleOrder.indexOf(status)
  const to = at >= 0 && at < lifecycleOrder.length - 1 ? lifecycleOrder[at + 1] : null
  if (to === null) return { from: status, to, allowed: false, reasons: [{ kind: 'lastStep' }] }
  const reasons: BlockReason[] = []
  const stagesNeeded: StageKey[] = status === 'open' ? ['self', 'peer', 'leader'] : status === 'review' ? ['committee'] : []
  for (const stage of stagesNeeded) {
    const people = facts.people
      .filter((p) => requiredStages(p).includes(stage) && !p.done.includes(stage))
      .map(({ staffNo, name, department }) => ({ staffNo, name, department }))
    if (people.length > 0) reasons.push({ kind: 'stageMissing', stage, people })
  }
  if (status === 'review') {
    if (!facts.resultsComputed) reasons.push({ kind: 'resultsNotComputed' })
    else if (facts.resultsStale) reasons.push({ kind: 'resultsStale' })
    if (facts.openFlags > 0) reasons.push({ kind: 'openFlags', count: facts.openFlags })
  }
  if (status === 'approved' && facts.notice === null) reasons.push({ kind: 'noticeMissing' })
  if (status === 'noticed') {
    if (facts.notice === null) reasons.push({ kind: 'noticeMissing' })
    // ISO dates compare as strings
    else if (facts.today <= facts.notice.endDate) reasons.push({ kind: 'noticeNotEnded', endDate: facts.notice.endDate })
    if (facts.pendingAppeals > 0) reasons.push({ kind: 'appealsPending', count: facts.pendingAppeals })
  }
  return { from: status, to, allowed: reasons.length === 0, reasons }
}

/**
 * rule: when a stage may be recorded. 个人述职, 同事互评 and 领导核验 while the period is draft, open or
 * in review; 党委审定 only in review (it approves computed results). After approval nothing
 * changes except through an appeal.
 */
export function stageRecordable(status: string, stage: StageKey): boolean {
  if (stage === 'committee') return status === 'review'
  return status === 'draft' || status === 'open' || status === 'review'
}

/** rule: ratings and participation change only up to review; from approval on they are frozen. */
export function inputsEditable(status: string): boolean {
  return status === 'draft' || status === 'open' || status === 'review'
}

/**
 * rule: the committee decides a grade (overrides the proposal) at 党委审定, while the period is in
 * review; before that nothing has been proposed to it, after approval only an appeal corrects.
 */
export function gradesDecidable(status: string): boolean {
  return status === 'review'
}
