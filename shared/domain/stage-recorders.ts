import type { Role } from './roles'
import { stageKeys, type StageKey } from './period-lifecycle'

/**
 * rule: a 部门领导 records only 领导核验 (the leader stage: a comment and a proposed grade) for the
 * people of their departments; the 考核工作人员 records every stage (within their departments, if
 * limited); no other role records a stage. The handler refuses the rest; a screen asks it to offer
 * only what will be accepted.
 */
export function recordableStages(role: Role | null): readonly StageKey[] {
  if (role === 'clerk') return stageKeys
  if (role === 'leader') return ['leader']
  return []
}

export function mayRecordStage(role: Role | null, stage: StageKey): boolean {
  return recordableStages(role).includes(stage)
}
