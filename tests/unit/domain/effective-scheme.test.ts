import { beforeAll, describe, expect, it } from 'vitest'
import type { Indicator } from '../../../shared/contract/scheme'
import { effectiveScheme } from '../../../shared/domain/effective-scheme'
import { readFixture2025Q1 } from '../../support/fixture-2025-q1'
import { ind } from './make-indicator'

const q1 = { start: '2025-01-01', end: '2025-03-31' }
const windowClerk = { positionClass: '窗口服务', department: '便民服务中心', departmentPath: '便民服务中心' }
const officeClerk = { positionClass: '综合管理', department: '党政办公室', departmentPath: '党政办公室' }

describe('rule: the effective scheme rescales weights over the applicable siblings and multiplies them down the path', () => {
  let fixture: Indicator[]
  beforeAll(async () => {
    fixture = (await readFixture2025Q1()).indicators
  })
  const byCode = (list: ReturnType<typeof effectiveScheme>) => new Map(list.map((e) => [e.code, e]))

  it('gives a 窗口服务 person J1/J2/J3 at 50/30/20 % (J3 一次办结率 is theirs)', () => {
    const eff = byCode(effectiveScheme(fixture, windowClerk, q1))
    expect(eff.get('J1')?.weight).toBeCloseTo(0.5, 12)
    expect(eff.get('J2')?.weight).toBeCloseTo(0.3, 12)
    expect(eff.get('J3')?.weight).toBeCloseTo(0.2, 12)
    expect(eff.get('J3')?.globalWeight).toBeCloseTo(0.4 * 0.2, 12)
  })

  it('gives anyone else J1/J2 only, rescaled to 62.5/37.5 %, and the global weight is the product (0.40 × 0.625 = 0.25)', () => {
    const eff = byCode(effectiveScheme(fixture, officeClerk, q1))
    expect(eff.has('J3')).toBe(false)
    expect(eff.get('J1')).toMatchObject({ setWeight: 0.5, level: 2, parentCode: 'J' })
    expect(eff.get('J1')?.weight).toBeCloseTo(0.625, 12)
    expect(eff.get('J2')?.weight).toBeCloseTo(0.375, 12)
    expect(eff.get('J1')?.globalWeight).toBeCloseTo(0.25, 12)
    expect(eff.get('J')?.globalWeight).toBeCloseTo(0.4, 12)
  })

  it('lists in tree order, and the global weights of the leaves add up to 100 %', () => {
    const list = effectiveScheme(fixture, officeClerk, q1)
    expect(list.map((e) => e.code)).toEqual(['D', 'D1', 'D2', 'N', 'N1', 'N2', 'Q', 'Q1', 'J', 'J1', 'J2', 'L', 'L1'])
    const leaves = list.filter((e) => e.level === 2)
    expect(leaves.reduce((s, e) => s + e.globalWeight, 0)).toBeCloseTo(1, 12)
  })

  it('lists 加减分 and 否决 items with weight 0 and their mode, and they take no share from their siblings', () => {
    const scheme = [
      ind('A', null, 0.6),
      ind('B', null, 0.4),
      ind('X', null, 0, { mode: '加减分', cap: 5 }),
      ind('V', null, 0, { mode: '否决' }),
    ]
    const eff = byCode(effectiveScheme(scheme, officeClerk, q1))
    expect(eff.get('X')).toMatchObject({ mode: '加减分', weight: 0, globalWeight: 0 })
    expect(eff.get('V')).toMatchObject({ mode: '否决', weight: 0, globalWeight: 0 })
    expect(eff.get('A')?.weight).toBeCloseTo(0.6, 12)
  })

  it('leaves out a 动态 indicator outside the date and gives its share to its siblings', () => {
    const scheme = [ind('J', null, 1), ind('J1', 'J', 0.8), ind('AI', 'J', 0.2, { layer: '动态', validFrom: '2025-07-01', validTo: '2025-12-31' })]
    expect(byCode(effectiveScheme(scheme, officeClerk, q1)).get('J1')?.weight).toBe(1)
    const later = byCode(effectiveScheme(scheme, officeClerk, { start: '2025-08-01', end: '2025-08-01' }))
    expect(later.get('AI')?.globalWeight).toBeCloseTo(0.2, 12)
  })

  it('gives no weight to a parent none of whose sub-indicators apply, as the roll-up scores it nothing', () => {
    const scheme = [ind('A', null, 0.5), ind('B', null, 0.5), ind('B1', 'B', 1, { layer: '个性', scope: ['窗口服务'] })]
    const eff = byCode(effectiveScheme(scheme, officeClerk, q1))
    expect(eff.get('A')?.weight).toBe(1)
    expect(eff.get('B')).toMatchObject({ weight: 0, globalWeight: 0 })
  })

  it('with no target is the scheme as written: everything applies at its set weights', () => {
    const eff = byCode(effectiveScheme(fixture, null, q1))
    expect(eff.get('J3')?.weight).toBeCloseTo(0.2, 12)
    expect(eff.get('J1')?.globalWeight).toBeCloseTo(0.2, 12)
  })

  it('survives a loop and duplicate codes in bad data', () => {
    const scheme = [ind('A', null, 1), ind('A', 'A', 1), ind('P', 'Q', 1), ind('Q', 'P', 1)]
    const codes = effectiveScheme(scheme, officeClerk, q1).map((e) => e.code)
    expect(codes).not.toContain('P')
    expect(codes).not.toContain('Q')
    expect(codes[0]).toBe('A')
  })
})
