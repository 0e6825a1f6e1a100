import { describe, expect, it } from 'vitest'
import { withoutExempted } from '../../../shared/domain/exemption'
import { rollUp, weightedMean } from '../../../shared/domain/scheme-tree'
import { ind } from './make-indicator'

describe('rule: risk exemption removes the indicator and rescales', () => {
  // D (德 20 %) with D1 60 / D2 40; J (绩 80 %) with J1 50 / J2 30 / J3 20
  const tree = [
    ind('D', null, 0.2),
    ind('D1', 'D', 0.6),
    ind('D2', 'D', 0.4),
    ind('J', null, 0.8),
    ind('J1', 'J', 0.5),
    ind('J2', 'J', 0.3),
    ind('J3', 'J', 0.2),
  ]
  const all = new Set(tree.map((i) => i.code))
  const leaf: Record<string, number> = { D1: 90, D2: 80, J1: 70, J2: 100, J3: 40 }
  const total = (applicable: Set<string>) => {
    const scores = rollUp(tree, applicable, (i) => leaf[i.code] ?? null)
    return weightedMean(['D', 'J'].filter((c) => applicable.has(c)).map((c) => ({ weight: c === 'D' ? 0.2 : 0.8, score: scores.get(c) ?? null })))
  }

  it('drops the exempted leaf and rescales its siblings', () => {
    const applicable = withoutExempted(all, tree, new Set(['J3']))
    expect([...applicable].sort()).toEqual(['D', 'D1', 'D2', 'J', 'J1', 'J2'])
    // J = (0.5·70 + 0.3·100) / 0.8 = 81.25 instead of 73; D = 86; total = 0.2·86 + 0.8·81.25 = 82.2
    expect(total(applicable)).toBeCloseTo(82.2, 10)
    expect(total(all)).toBeCloseTo(0.2 * 86 + 0.8 * 73, 10)
  })

  it('drops a whole branch when a parent is exempted, rescaling the dimensions', () => {
    const applicable = withoutExempted(all, tree, new Set(['D']))
    expect([...applicable].sort()).toEqual(['J', 'J1', 'J2', 'J3'])
    expect(total(applicable)).toBeCloseTo(73, 10)
  })

  it('changes nothing for an unknown code and leaves the input set alone', () => {
    const applicable = withoutExempted(all, tree, new Set(['X9']))
    expect(applicable).toEqual(all)
    expect(applicable).not.toBe(all)
  })
})
