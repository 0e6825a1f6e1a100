import { beforeAll, describe, expect, it } from 'vitest'
import type { Indicator } from '../../../shared/contract/scheme'
import { schemeBalance, type BalanceInput } from '../../../shared/domain/scheme-balance'
import { readFixture2025Q1 } from '../../support/fixture-2025-q1'
import { ind } from './make-indicator'

const q1 = { start: '2025-01-01', end: '2025-03-31' }
const roster = [
  { positionClass: '窗口服务', department: '便民服务中心', departmentPath: '某镇/便民服务中心' },
  { positionClass: '综合管理', department: '党政办公室', departmentPath: '某镇/党政办公室' },
]
const defined = (code: string, parent: string | null, weight: number, extra: Partial<Indicator> = {}) => ind(code, parent, weight, { description: '说明', ...extra })
const check = (indicators: Indicator[], more: Partial<BalanceInput> = {}) =>
  schemeBalance({ indicators, roster, window: q1, periods: [{ id: '2025-Q1', ...q1 }], ...more })
const rules = (r: ReturnType<typeof check>) => r.findings.map((f) => `${f.severity}:${f.rule}:${f.indicator ?? ''}`)

describe('rule: a scheme is valid only with a sound tree (unique codes, known parents, no loops, nothing under an adjustment)', () => {
  it('names a duplicate code, an unknown parent, a loop and a sub-indicator under a 加减分 item', () => {
    const r = check([
      defined('A', null, 1),
      defined('A', null, 0),
      defined('B1', 'NOPE', 0.5),
      defined('P', 'Q', 0),
      defined('Q', 'P', 0),
      defined('X', null, 0, { mode: '加减分' }),
      defined('X1', 'X', 0),
    ])
    expect(rules(r)).toEqual(expect.arrayContaining(['error:duplicate-code:A', 'error:unknown-parent:B1', 'error:cycle:P', 'error:adjustment-parent:X']))
    expect(r.findings.find((f) => f.rule === 'cycle')?.params.chain).toBe('P → Q → P')
    expect(r.findings.find((f) => f.rule === 'unknown-parent')).toMatchObject({ key: 'scheme.check.unknownParent', params: { indicator: 'B1 B1', parent: 'NOPE' } })
  })
})

describe('rule: each parent’s weights sum to 100 % (the weight-sum rule), reported per parent', () => {
  it('reports the parent and the sum, and the top level on its own', () => {
    const r = check([defined('D', null, 0.5), defined('J', null, 0.4), defined('J1', 'J', 0.7), defined('J2', 'J', 0.2)])
    expect(r.findings.filter((f) => f.rule === 'weight-sum').map((f) => [f.indicator, f.params.sum])).toEqual([
      [null, 90],
      ['J', 90],
    ])
    expect(r.findings.every((f) => f.severity === 'error' || f.rule !== 'weight-sum')).toBe(true)
  })
})

describe('rule: a 目标 item needs a target and a 动态 item needs a date, its start not after its end', () => {
  it('names each as an error', () => {
    const r = check([defined('T', null, 0.5, { mode: '目标' }), defined('AI', null, 0.5, { layer: '动态' })])
    expect(rules(r)).toEqual(['error:target-missing:T', 'error:dynamic-no-date:AI'])
  })
  it('refuses a window that ends before it starts', () => {
    const r = check([defined('AI', null, 1, { layer: '动态', validFrom: '2025-12-31', validTo: '2025-01-01' })])
    expect(rules(r)).toContain('error:window-order:AI')
  })
})

describe('rule: quantity (数量) leaves should hold at most 70 % of the weight, overall and for each position class', () => {
  let fixture: Indicator[]
  beforeAll(async () => {
    fixture = (await readFixture2025Q1()).indicators
  })

  it('computes the fixture’s shares from the global weights of its quantity leaves', () => {
    const r = check(fixture)
    // Q1 15 % + J1 40 % × 50 % + J3 40 % × 20 %
    expect(r.quantityShare.overall).toBeCloseTo(0.43, 12)
    expect(r.quantityShare.byPositionClass['窗口服务']).toBeCloseTo(0.43, 12)
    // J3 does not apply: J1 gets 62.5 % of 绩
    expect(r.quantityShare.byPositionClass['综合管理']).toBeCloseTo(0.15 + 0.25, 12)
    expect(r.findings.filter((f) => f.rule === 'quantity-share')).toEqual([])
  })

  it('warns above 70 %, overall and for the class whose effective scheme is heavy', () => {
    const scheme = [
      defined('J', null, 1),
      defined('J1', 'J', 0.6, { nature: '数量' }),
      defined('J2', 'J', 0.2, { nature: '质量' }),
      defined('J3', 'J', 0.2, { nature: '数量', layer: '个性', scope: ['窗口服务'] }),
    ]
    const r = check(scheme)
    expect(r.quantityShare.overall).toBeCloseTo(0.8, 12)
    expect(r.quantityShare.byPositionClass['综合管理']).toBeCloseTo(0.75, 12)
    const warned = r.findings.filter((f) => f.rule === 'quantity-share')
    expect(warned.map((f) => f.params)).toEqual([
      { share: 80, limit: 70 },
      { positionClass: '窗口服务', share: 80, limit: 70 },
      { positionClass: '综合管理', share: 75, limit: 70 },
    ])
    expect(warned.every((f) => f.severity === 'warning')).toBe(true)
  })
})

describe('rule: every indicator has a definition (说明) and a nature', () => {
  it('warns for each indicator without', () => {
    const r = check([defined('A', null, 1), ind('A1', 'A', 1, { nature: null })])
    expect(rules(r)).toEqual(['warning:nature-missing:A1', 'warning:no-definition:A1'])
  })
})

describe('rule: a 个性 scope should meet someone on the roster', () => {
  const scheme = (scope: string[]) => [defined('J', null, 1), defined('J1', 'J', 0.8), defined('J3', 'J', 0.2, { layer: '个性', scope })]
  it('accepts a position class, a department name and an ancestor path', () => {
    for (const scope of [['窗口服务'], ['党政办公室'], ['某镇']]) expect(rules(check(scheme(scope)))).toEqual([])
  })
  it('warns for each entry that matches nobody, and for an empty scope', () => {
    const r = check(scheme(['窗口服务', '窗囗服务']))
    expect(rules(r)).toEqual(['warning:scope-unmatched:J3'])
    expect(r.findings[0].params.entry).toBe('窗囗服务')
    expect(rules(check(scheme([])))).toEqual(['warning:scope-empty:J3'])
  })
  it('says nothing about matching when there is no roster yet', () => {
    expect(rules(check(scheme(['窗囗服务']), { roster: [] }))).toEqual([])
  })
})

describe('rule: a 动态 window should meet the period checked (or one of the periods on record)', () => {
  const scheme = (validFrom: string, validTo: string) => [defined('J', null, 1), defined('J1', 'J', 0.8), defined('AI', 'J', 0.2, { layer: '动态', validFrom, validTo })]
  it('warns when the window misses the period, naming it', () => {
    const r = check(scheme('2025-07-01', '2025-12-31'))
    expect(rules(r)).toEqual(['warning:window-misses-period:AI'])
    expect(r.findings[0]).toMatchObject({ key: 'scheme.check.windowMissesPeriod', params: { period: '2025-Q1', from: '2025-07-01', to: '2025-12-31' } })
  })
  it('is quiet when the window meets any of several periods, and says "every period" when it meets none', () => {
    const periods = [{ id: '2025-Q1', ...q1 }, { id: '2025-Q3', start: '2025-07-01', end: '2025-09-30' }]
    expect(rules(check(scheme('2025-07-01', '2025-12-31'), { periods }))).toEqual([])
    expect(check(scheme('2026-01-01', '2026-12-31'), { periods }).findings[0].key).toBe('scheme.check.windowMissesAll')
  })
})
