import { describe, expect, it } from 'vitest'
import { aggregateItem, combineRoles, roleMean } from '../../../shared/domain/rater-aggregation'
import { defaultSettings } from '../../../shared/domain/settings'

const weights = defaultSettings.roleWeights

describe('rule: trimmed mean drops one highest and one lowest when a role has more than 5 ratings', () => {
  it('trims 7 scores to their middle 5', () => {
    // drop 70 and 100: (80 + 85 + 90 + 95 + 88) / 5 = 438 / 5
    expect(roleMean([80, 85, 90, 95, 70, 100, 88], 5)).toBeCloseTo(87.6, 12)
  })

  it('keeps all of exactly 5 ratings', () => {
    expect(roleMean([70, 80, 90, 100, 60], 5)).toBe(80)
  })

  it('trims 6 ratings, dropping only one of two equal extremes', () => {
    expect(roleMean([60, 70, 80, 90, 100, 100], 5)).toBe(85)
    expect(roleMean([100, 100, 100, 50, 50, 50], 5)).toBe(75)
  })

  it('follows the trimAbove setting', () => {
    expect(roleMean([60, 70, 80, 90], 3)).toBe(75)
  })

  it('gives no mean for no ratings', () => {
    expect(roleMean([], 5)).toBeNull()
  })
})

describe('rule: role weights are rescaled over the roles that rated the item', () => {
  it('weights all four roles 50/30/10/10', () => {
    const s = combineRoles(
      [
        { role: '领导', mean: 90 },
        { role: '互评', mean: 80 },
        { role: '自评', mean: 100 },
        { role: '群众', mean: 70 },
      ],
      weights,
    )
    expect(s).toBeCloseTo(45 + 24 + 10 + 7, 12)
  })

  it('rescales when 自评 and 群众 are missing: (0.5·a + 0.3·b) / 0.8', () => {
    const s = combineRoles([{ role: '领导', mean: 90 }, { role: '互评', mean: 80 }], weights)
    expect(s).toBeCloseTo((0.5 * 90 + 0.3 * 80) / 0.8, 12)
    expect(s).toBeCloseTo(86.25, 12)
  })

  it('rescales when only 群众 is missing: (0.5·a + 0.3·b + 0.1·c) / 0.9', () => {
    const s = combineRoles([{ role: '领导', mean: 90 }, { role: '互评', mean: 80 }, { role: '自评', mean: 70 }], weights)
    expect(s).toBeCloseTo(76 / 0.9, 12)
  })

  it('leaves out a role without weight rather than letting it move the score', () => {
    const s = combineRoles([{ role: '领导', mean: 90 }, { role: '访客', mean: 0 }], weights)
    expect(s).toBe(90)
    expect(combineRoles([{ role: '访客', mean: 50 }], weights)).toBeNull()
  })

  it('aggregates one item end to end: trimmed 互评, rescaled without 群众', () => {
    const ratings = [
      ...[92, 87].map((score) => ({ role: '领导', score })),
      ...[88, 88, 91, 89, 92, 84].map((score) => ({ role: '互评', score })),
      { role: '自评', score: 98 },
    ]
    // 领导 89.5; 互评 drops 84 and 92 → 89; 自评 98; (44.75 + 26.7 + 9.8) / 0.9
    const item = aggregateItem(ratings, defaultSettings)
    expect(item.score).toBeCloseTo(81.25 / 0.9, 12)
    expect(item.unweightedRoles).toEqual([])
    expect(aggregateItem([{ role: '访客', score: 80 }], defaultSettings)).toMatchObject({ score: null, unweightedRoles: ['访客'] })
  })
})
