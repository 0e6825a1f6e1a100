import { describe, expect, it } from 'vitest'
import { stageDone } from '../../../shared/domain/period-lifecycle'

describe('rule: a stage is done by its data', () => {
  it('同事互评 is done once the person has 互评 ratings, with no click', () => {
    expect(stageDone('peer', false, 12)).toBe(true)
    expect(stageDone('peer', false, 0)).toBe(false)
  })
  it('a manual 同事互评 record (paper ratings) still counts without ratings', () => {
    expect(stageDone('peer', true, 0)).toBe(true)
  })
  it('个人述职, 领导核验 and 党委审定 are their records; ratings never fill them in', () => {
    for (const stage of ['self', 'leader', 'committee'] as const) {
      expect(stageDone(stage, false, 40)).toBe(false)
      expect(stageDone(stage, true, 0)).toBe(true)
    }
  })
})
