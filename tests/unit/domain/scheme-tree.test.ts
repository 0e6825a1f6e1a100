import { describe, expect, it } from 'vitest'
import { applicableCodes, indicatorApplies, rollUp, weightedMean } from '../../../shared/domain/scheme-tree'
import { ind } from './make-indicator'

const q1 = { start: '2025-01-01', end: '2025-03-31' }
const clerk = { positionClass: '综合管理', department: '党政办公室', departmentPath: '某镇/党政办公室' }
const window = { positionClass: '窗口服务', department: '便民服务中心', departmentPath: '某镇/便民服务中心' }

describe('rule: an individual (个性) indicator applies only to the position classes or departments in its scope', () => {
  const j3 = ind('J3', 'J', 0.2, { layer: '个性', scope: ['窗口服务'] })

  it('applies to its position class and not to another', () => {
    expect(indicatorApplies(j3, window, q1)).toBe(true)
    expect(indicatorApplies(j3, clerk, q1)).toBe(false)
  })

  it('applies to a listed department by name, by path, or by an ancestor path', () => {
    expect(indicatorApplies({ ...j3, scope: ['党政办公室'] }, clerk, q1)).toBe(true)
    expect(indicatorApplies({ ...j3, scope: ['某镇/党政办公室'] }, clerk, q1)).toBe(true)
    expect(indicatorApplies({ ...j3, scope: ['某镇'] }, clerk, q1)).toBe(true)
    expect(indicatorApplies({ ...j3, scope: ['某'] }, clerk, q1)).toBe(false)
  })

  it('applies to nobody with an empty scope', () => {
    expect(indicatorApplies({ ...j3, scope: [] }, window, q1)).toBe(false)
  })
})

describe('rule: a dynamic (动态) indicator applies only when its validity overlaps the period window', () => {
  const ai = (validFrom: string | null, validTo: string | null) => ind('J4', 'J', 0.1, { layer: '动态', validFrom, validTo })

  it('is excluded outside its window', () => {
    expect(indicatorApplies(ai('2025-04-01', '2025-12-31'), clerk, q1)).toBe(false)
    expect(indicatorApplies(ai('2024-01-01', '2024-12-31'), clerk, q1)).toBe(false)
  })

  it('is included when the windows overlap, even by one day, and an open end is unbounded', () => {
    expect(indicatorApplies(ai('2025-03-31', '2025-12-31'), clerk, q1)).toBe(true)
    expect(indicatorApplies(ai(null, '2025-01-01'), clerk, q1)).toBe(true)
    expect(indicatorApplies(ai('2025-02-01', null), clerk, q1)).toBe(true)
  })

  it('does not time-limit common indicators', () => {
    expect(indicatorApplies(ind('D1', 'D', 1, { validFrom: '2030-01-01' }), clerk, q1)).toBe(true)
  })
})

describe('rule: an indicator applies only when all its ancestors apply', () => {
  it('drops the children of an individual indicator that does not apply', () => {
    const scheme = [ind('J', null, 1), ind('J3', 'J', 0.2, { layer: '个性', scope: ['窗口服务'] }), ind('J31', 'J3', 1)]
    expect([...applicableCodes(scheme, clerk, q1)]).toEqual(['J'])
    expect([...applicableCodes(scheme, window, q1)]).toEqual(['J', 'J3', 'J31'])
  })
})

describe('rule: a parent is the weighted mean of its applicable scored children, weights rescaled', () => {
  it('rescales over the children with a score', () => {
    // (0.5 × 80 + 0.3 × 90) / 0.8 = 67 / 0.8
    expect(weightedMean([{ weight: 0.5, score: 80 }, { weight: 0.3, score: 90 }, { weight: 0.2, score: null }])).toBeCloseTo(83.75, 12)
    expect(weightedMean([{ weight: 0.5, score: null }])).toBeNull()
  })

  const scheme = [
    ind('J', null, 0.4),
    ind('J1', 'J', 0.5),
    ind('J2', 'J', 0.3),
    ind('J3', 'J', 0.2, { layer: '个性', scope: ['窗口服务'] }),
    ind('JB', 'J', 0, { mode: '加减分' }),
  ]
  const leaves: Record<string, number> = { J1: 90, J2: 80, J3: 100, JB: 5 }

  it('leaves an individual indicator that does not apply out of the parent: (0.5 × 90 + 0.3 × 80) / 0.8', () => {
    const scores = rollUp(scheme, applicableCodes(scheme, clerk, q1), (l) => leaves[l.code])
    expect(scores.get('J')).toBeCloseTo(86.25, 12)
    expect(scores.has('J3')).toBe(false)
  })

  it('counts it where it applies: 0.5 × 90 + 0.3 × 80 + 0.2 × 100', () => {
    const scores = rollUp(scheme, applicableCodes(scheme, window, q1), (l) => leaves[l.code])
    expect(scores.get('J')).toBeCloseTo(89, 12)
  })

  it('never weights an adjustment (加减分) item', () => {
    const scores = rollUp(scheme, applicableCodes(scheme, clerk, q1), (l) => leaves[l.code])
    expect(scores.has('JB')).toBe(false)
  })

  it('rescales over the children that have a rating', () => {
    const scores = rollUp(scheme, applicableCodes(scheme, window, q1), (l) => (l.code === 'J2' ? null : leaves[l.code]))
    // (0.5 × 90 + 0.2 × 100) / 0.7
    expect(scores.get('J')).toBeCloseTo(65 / 0.7, 12)
  })
})
