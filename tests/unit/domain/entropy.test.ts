import { describe, expect, it } from 'vitest'
import { entropyWeights } from '../../../shared/domain/entropy'

describe('rule: entropy weights — min-max normalise, p = x/Σx, e = −(1/ln n) Σ p ln p, w = (1 − e)/Σ(1 − e)', () => {
  it('matches a hand-computed example of 4 people × 3 indicators', () => {
    // Scores (rows: people; columns: A higher-is-better, B higher-is-better, C lower-is-better):
    //        A    B    C
    //   P1  60   50    2
    //   P2  70   50    4
    //   P3  80   50    4
    //   P4  90  100    0
    //
    // Min-max normalised (C reversed: x = (max − v)/(max − min) = (4 − v)/4):
    //   A: 0, 1/3, 2/3, 1     Σ = 2    p = 0, 1/6, 1/3, 1/2
    //   B: 0, 0, 0, 1         Σ = 1    p = 0, 0, 0, 1
    //   C: 1/2, 0, 0, 1       Σ = 1.5  p = 1/3, 0, 0, 2/3
    //
    // ln 4 = 1.386294; ln(1/6) = −1.791759; ln(1/3) = −1.098612; ln(1/2) = −0.693147; ln(2/3) = −0.405465
    //   A: Σ p ln p = (1/6)(−1.791759) + (1/3)(−1.098612) + (1/2)(−0.693147)
    //             = −0.298627 − 0.366204 − 0.346574 ≈ −1.011404   (0 ln 0 = 0; unrounded sum)
    //      e_A = 1.011404 / 1.386294 = 0.729574
    //   B: Σ p ln p = 1 · ln 1 = 0                                     e_B = 0
    //   C: Σ p ln p = (1/3)(−1.098612) + (2/3)(−0.405465) = −0.366204 − 0.270310 = −0.636514
    //      e_C = 0.636514 / 1.386294 = 0.459148
    //
    // 1 − e = 0.270426, 1, 0.540852; Σ = 1.811278
    // w = 0.270426/1.811278, 1/1.811278, 0.540852/1.811278 = 0.149301, 0.552096, 0.298602
    const r = entropyWeights(
      [
        [60, 50, 2],
        [70, 50, 4],
        [80, 50, 4],
        [90, 100, 0],
      ],
      [false, false, true],
    )
    if (!r.ok) throw new Error(r.reason)
    expect(r.n).toBe(4)
    expect(r.entropy[0]).toBeCloseTo(0.729574, 6)
    expect(r.entropy[1]).toBeCloseTo(0, 12)
    expect(r.entropy[2]).toBeCloseTo(0.459148, 6)
    // to 5 decimals: the hand arithmetic above carries 6-decimal roundings through a division
    expect(r.weights[0]).toBeCloseTo(0.149301, 5)
    expect(r.weights[1]).toBeCloseTo(0.552096, 5)
    expect(r.weights[2]).toBeCloseTo(0.298602, 5)
    expect(r.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12)
  })

  it('gives weight 0 to an indicator on which everyone scored the same (uniform p, e = 1)', () => {
    const r = entropyWeights([
      [80, 90],
      [80, 70],
      [80, 85],
    ])
    if (!r.ok) throw new Error(r.reason)
    expect(r.entropy[0]).toBeCloseTo(1, 12)
    expect(r.weights[0]).toBe(0)
    expect(r.weights[1]).toBeCloseTo(1, 12)
  })

  it('gives equal weights when no indicator tells people apart (every e = 1)', () => {
    const r = entropyWeights([
      [80, 90, 70],
      [80, 90, 70],
    ])
    if (!r.ok) throw new Error(r.reason)
    expect(r.weights).toEqual([1 / 3, 1 / 3, 1 / 3])
  })

  it('reverses lower-is-better indicators', () => {
    const higher = entropyWeights([[1, 10], [2, 20], [3, 10], [9, 10]])
    const lower = entropyWeights([[1, 10], [2, 20], [3, 10], [9, 10]], [true, false])
    if (!higher.ok || !lower.ok) throw new Error('refused')
    // reversing [1, 2, 3, 9] gives [1, 7/8, 6/8, 0]: spread differently, so a different entropy
    expect(lower.entropy[0]).not.toBeCloseTo(higher.entropy[0], 3)
    expect(lower.entropy[1]).toBeCloseTo(higher.entropy[1], 12)
  })

  it('refuses fewer than 2 people, no indicators and non-numbers, with the reason', () => {
    expect(entropyWeights([[80, 90]])).toEqual({ ok: false, reason: 'too-few-people', n: 1 })
    expect(entropyWeights([])).toEqual({ ok: false, reason: 'too-few-people', n: 0 })
    expect(entropyWeights([[], []])).toEqual({ ok: false, reason: 'no-indicators' })
    expect(entropyWeights([[1, 2], [1]])).toEqual({ ok: false, reason: 'ragged', row: 1 })
    expect(entropyWeights([[1, 2], [1, Number.NaN]])).toEqual({ ok: false, reason: 'not-a-number', row: 1, col: 1 })
  })
})
