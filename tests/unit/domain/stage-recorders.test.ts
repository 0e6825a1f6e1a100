import { describe, expect, it } from 'vitest'
import { mayRecordStage, recordableStages } from '../../../shared/domain/stage-recorders'
import { stageKeys } from '../../../shared/domain/period-lifecycle'

describe('rule: a 部门领导 records only 领导核验; the 考核工作人员 records every stage; no other role records one', () => {
  it('lets a 部门领导 record the leader stage and nothing else', () => {
    expect(recordableStages('leader')).toEqual(['leader'])
    expect(mayRecordStage('leader', 'leader')).toBe(true)
    for (const stage of ['self', 'peer', 'committee'] as const) expect(mayRecordStage('leader', stage)).toBe(false)
  })

  it('lets a 考核工作人员 record all four stages', () => {
    expect(recordableStages('clerk')).toEqual(stageKeys)
  })

  it('lets no reader or administrator record a stage', () => {
    for (const role of ['readonly', 'sysadmin', 'secadmin', 'auditor', null] as const) expect(recordableStages(role)).toEqual([])
  })
})
