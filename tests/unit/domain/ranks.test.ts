import { describe, expect, it } from 'vitest'
import { competitionRanks } from '../../../shared/domain/ranks'

describe('rule: competition ranks on the rounded total (1, 2, 2, 4), none without a total', () => {
  it('shares a rank between equal totals and skips the next', () => {
    expect(competitionRanks([99, 95, 95, 80])).toEqual([1, 2, 2, 4])
    expect(competitionRanks([80, 95, 99, 95])).toEqual([4, 2, 1, 2])
  })

  it('compares rounded totals: 92.571 and 92.569 both show 92.57 and share a rank', () => {
    expect(competitionRanks([92.571, 92.569, 92.58])).toEqual([2, 2, 1])
  })

  it('gives no rank to a person without a total and does not count them', () => {
    expect(competitionRanks([null, 90, 85])).toEqual([null, 1, 2])
  })
})
