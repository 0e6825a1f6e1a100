import { describe, expect, it } from 'vitest'
import { classifyUndetermined } from '../../../shared/domain/undetermined'

describe('rule: 不定等次 cases: probation, leave over half the period, formal investigation', () => {
  it('a new hire in probation: comment only', () => {
    expect(classifyUndetermined({ inProbation: true })).toEqual({ case: 'probation', comment: true, gradedLater: false })
    expect(classifyUndetermined({ statusReason: '新录用，试用期未满' })?.case).toBe('probation')
  })

  it('sick or personal leave over half the year: 183 of 365 days qualifies, 182 does not', () => {
    expect(classifyUndetermined({ leaveDays: 183, periodDays: 365 })).toEqual({ case: 'leave', comment: true, gradedLater: false })
    expect(classifyUndetermined({ leaveDays: 182, periodDays: 365 })).toBeNull()
  })

  it('exactly half is not over half: 183 of 366', () => {
    expect(classifyUndetermined({ leaveDays: 183, periodDays: 366 })).toBeNull()
  })

  it('reads leave from the recorded reason when no day counts are given', () => {
    expect(classifyUndetermined({ statusReason: '病假超过半年' })?.case).toBe('leave')
  })

  it('under formal investigation: no comment, graded later', () => {
    expect(classifyUndetermined({ underInvestigation: true })).toEqual({ case: 'investigation', comment: false, gradedLater: true })
    expect(classifyUndetermined({ statusReason: '立案审查中' })?.case).toBe('investigation')
  })

  it('investigation wins over probation and leave', () => {
    expect(classifyUndetermined({ underInvestigation: true, inProbation: true, leaveDays: 200, periodDays: 365 })?.case).toBe('investigation')
  })

  it('a fact overrides the text: investigation closed (false) despite an old reason', () => {
    expect(classifyUndetermined({ underInvestigation: false, statusReason: '接受调查' })).toBeNull()
  })

  it('no case: null', () => {
    expect(classifyUndetermined({})).toBeNull()
    expect(classifyUndetermined({ statusReason: '外出学习' })).toBeNull()
  })
})
