import { describe, expect, it } from 'vitest'
import { decideGrade } from '../../../shared/domain/grade-override'
import type { StoredFlag } from '../../../shared/contract/results'

describe('rule: a committee override replaces the proposed grade and keeps the proposal', () => {
  const tie: StoredFlag = { kind: 'boundaryTie', key: 'annual.flag.boundaryTie', params: { tied: 2, slots: 1 } }

  it('without an override the proposal is the grade', () => {
    expect(decideGrade('称职', [tie], null)).toEqual({ grade: '称职', proposedGrade: '称职', flags: [tie] })
  })

  it('an override sets the grade, keeps the proposal and flags both with the reason', () => {
    const d = decideGrade('称职', [tie], { grade: '优秀', reason: '并列者中承担急难险重任务更多' })
    expect(d.grade).toBe('优秀')
    expect(d.proposedGrade).toBe('称职')
    expect(d.flags).toEqual([tie, { kind: 'override', key: 'decisions.flag.override', params: { proposed: '称职', grade: '优秀', reason: '并列者中承担急难险重任务更多' } }])
  })

  it('deciding again replaces the earlier override flag rather than adding a second', () => {
    const first = decideGrade('称职', [tie], { grade: '优秀', reason: '理由一' })
    const second = decideGrade('称职', first.flags, { grade: '基本称职', reason: '理由二' })
    expect(second.flags.filter((f) => f.kind === 'override')).toHaveLength(1)
    expect(second.grade).toBe('基本称职')
    expect(decideGrade('称职', second.flags, null).flags).toEqual([tie])
  })

  it('an override equal to the proposal (after a recompute moved it) is no override', () => {
    expect(decideGrade('优秀', [tie], { grade: '优秀', reason: '理由' })).toEqual({ grade: '优秀', proposedGrade: '优秀', flags: [tie] })
  })
})
