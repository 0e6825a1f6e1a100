import { describe, expect, it } from 'vitest'
import { mixWeights, normaliseWeights } from '../../../shared/domain/weight-mix'

describe('rule: weights are scaled to sum 1; all zeros become equal weights', () => {
  it('scales', () => {
    expect(normaliseWeights([1, 3])).toEqual([0.25, 0.75])
    expect(normaliseWeights([0, 0, 0, 0])).toEqual([0.25, 0.25, 0.25, 0.25])
  })
  it('throws on negative or non-finite weights', () => {
    expect(() => normaliseWeights([1, -1])).toThrow(RangeError)
    expect(() => normaliseWeights([1, Number.NaN])).toThrow(RangeError)
  })
})

describe('rule: a mix "AHP 70 % + entropy 30 %" is 0.7 · AHP + 0.3 · entropy, renormalised', () => {
  it('mixes two weight vectors', () => {
    // 0.7 · (0.5, 0.3, 0.2) + 0.3 · (0.2, 0.2, 0.6) = (0.41, 0.27, 0.32)
    const w = mixWeights([0.5, 0.3, 0.2], [0.2, 0.2, 0.6], 0.7)
    expect(w[0]).toBeCloseTo(0.41, 12)
    expect(w[1]).toBeCloseTo(0.27, 12)
    expect(w[2]).toBeCloseTo(0.32, 12)
  })
  it('normalises each vector first, so percentages and fractions mix alike', () => {
    const w = mixWeights([50, 30, 20], [2, 2, 6], 0.7)
    expect(w.map((x) => Number(x.toFixed(12)))).toEqual([0.41, 0.27, 0.32])
  })
  it('gives one vector alone at 100 % and refuses mismatched lengths or a share outside 0..1', () => {
    expect(mixWeights([1, 3], [3, 1], 1)).toEqual([0.25, 0.75])
    expect(mixWeights([1, 3], [3, 1], 0)).toEqual([0.75, 0.25])
    expect(() => mixWeights([1], [1, 2], 0.5)).toThrow(RangeError)
    expect(() => mixWeights([1], [1], 1.2)).toThrow(RangeError)
  })
})
