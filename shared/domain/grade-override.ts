import type { StoredFlag } from '../contract/results'

export interface GradeOverrideDecision {
  grade: string
  reason: string
}

export interface DecidedGrade {
  grade: string
  proposedGrade: string
  flags: StoredFlag[]
}

/**
 * rule: a committee override replaces the proposed grade and never hides it. The proposal stays
 * beside the decided grade and an override flag carries both and the reason, so every output can
 * say "改定" and why. Without an override the proposal is the grade. Recomputing keeps an override
 * (the committee's decision stands) while the proposal under it may move; when the proposal comes
 * to equal it, the grade is simply the proposal and carries no override flag.
 */
export function decideGrade(proposedGrade: string, flags: readonly StoredFlag[], override: GradeOverrideDecision | null): DecidedGrade {
  const kept = flags.filter((f) => f.kind !== 'override')
  // a recompute can move the proposal onto the committee's grade: nothing is overridden then
  if (!override || override.grade === proposedGrade) return { grade: proposedGrade, proposedGrade, flags: kept }
  return {
    grade: override.grade,
    proposedGrade,
    flags: [...kept, { kind: 'override', key: 'decisions.flag.override', params: { proposed: proposedGrade, grade: override.grade, reason: override.reason } }],
  }
}
