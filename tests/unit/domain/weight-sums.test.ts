import { describe, expect, it } from 'vitest'
import { ROOT, weightSums } from '../../../shared/domain/weight-sums'

describe("rule: the weights of one parent's children add up to 100 % (within 0.01 %)", () => {
  const tree = [
    { code: 'D', parentCode: null, weight: 0.15 },
    { code: 'J', parentCode: null, weight: 0.85 },
    { code: 'D1', parentCode: 'D', weight: 0.5 },
    { code: 'D2', parentCode: 'D', weight: 0.4 },
    { code: 'J1', parentCode: 'J', weight: 0.33335 },
    { code: 'J2', parentCode: 'J', weight: 0.33333 },
    { code: 'J3', parentCode: 'J', weight: 0.33333 },
  ]
  it('sums each parent and the top level', () => {
    const sums = weightSums(tree)
    expect(sums.get(ROOT)).toMatchObject({ sum: 1, children: 2, ok: true })
    expect(sums.get('D')?.sum).toBeCloseTo(0.9, 10)
    expect(sums.get('D')?.ok).toBe(false)
  })
  it('accepts 100.001 % as 100 % and refuses 100.02 %', () => {
    expect(weightSums(tree).get('J')?.ok).toBe(true)
    const off = tree.map((n) => (n.code === 'J1' ? { ...n, weight: 0.33354 } : n))
    expect(weightSums(off).get('J')?.ok).toBe(false)
  })
  it('counts a row whose parent is unknown at the top level, as the tree shows it', () => {
    const sums = weightSums([{ code: 'X', parentCode: 'NOPE', weight: 1 }])
    expect(sums.get(ROOT)).toMatchObject({ sum: 1, ok: true })
  })
})
