import { useMemo } from 'react'
import { ahp, checkMatrix, groupAhp, type AhpResult, type MatrixCheck } from '../../../../../shared/domain/ahp'
import { inconsistentJudgments, type JudgmentSuggestion } from '../../../../../shared/domain/ahp-consistency'
import type { AhpSettings, Expert } from './weights-model'

export interface ExpertOutcome {
  check: MatrixCheck
  result: AhpResult | null
  suggestions: JudgmentSuggestion[]
}

export interface AhpOutcome {
  experts: ExpertOutcome[]
  /** the group matrix (element-wise geometric mean) when there are several experts, all valid */
  groupMatrix: number[][] | null
  /** what 应用 writes: the group result, or the one expert's */
  final: AhpResult | null
}

/** Live AHP over the dialog's matrices, from the shared pure functions (nothing is sent until 应用). */
export function useAhp(experts: readonly Expert[], settings: AhpSettings): AhpOutcome {
  return useMemo(() => {
    const outcomes = experts.map((e): ExpertOutcome => {
      const check = checkMatrix(e.matrix)
      if (!check.matrix) return { check, result: null, suggestions: [] }
      return { check, result: ahp(check.matrix, settings), suggestions: inconsistentJudgments(check.matrix, { ...settings, limit: 3 }) }
    })
    const valid = outcomes.every((o) => o.check.matrix)
    if (!valid || outcomes.length === 0) return { experts: outcomes, groupMatrix: null, final: null }
    if (outcomes.length === 1) return { experts: outcomes, groupMatrix: null, final: outcomes[0].result }
    const group = groupAhp(
      outcomes.map((o) => o.check.matrix as number[][]),
      settings,
    )
    return { experts: outcomes, groupMatrix: group.matrix, final: group.group }
  }, [experts, settings])
}
