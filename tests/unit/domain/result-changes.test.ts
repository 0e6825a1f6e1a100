import { describe, expect, it } from 'vitest'
import type { ResultSnapshot } from '../../../shared/contract/appeals'
import { resultChanges } from '../../../shared/domain/result-changes'

const snap = (staffNo: string, total: number | null, rank: number | null, grade: string, dims: Record<string, number | null>): ResultSnapshot => ({
  staffNo,
  name: `姓名${staffNo}`,
  total,
  rank,
  grade,
  dimensions: dims,
})

describe('rule: what a correction changed, anyone’s', () => {
  it('the same results: no change', () => {
    const a = [snap('S1', 90.5, 1, '好', { D: 90, J: 91 })]
    expect(resultChanges(a, structuredClone(a))).toEqual([])
  })

  it('one person up past another: their total, dimension, rank and grade, and the other’s rank', () => {
    // S2's 勤 goes 85.69 → 90.69 (+5), total 89.27 + 0.15 × 5 = 90.02, above S1's 89.58
    const before = [snap('S1', 89.58, 8, '较好', { Q: 84.68 }), snap('S2', 89.27, 9, '较好', { Q: 85.69 })]
    const after = [snap('S1', 89.58, 9, '较好', { Q: 84.68 }), snap('S2', 90.02, 8, '好', { Q: 90.69 })]
    expect(resultChanges(before, after)).toEqual([
      { staffNo: 'S1', name: '姓名S1', field: 'rank', before: 8, after: 9 },
      { staffNo: 'S2', name: '姓名S2', field: 'total', before: 89.27, after: 90.02 },
      { staffNo: 'S2', name: '姓名S2', field: 'rank', before: 9, after: 8 },
      { staffNo: 'S2', name: '姓名S2', field: 'grade', before: '较好', after: '好' },
      { staffNo: 'S2', name: '姓名S2', field: 'dimension:Q', before: 85.69, after: 90.69 },
    ])
  })

  it('follows the before order whatever order the after list comes in', () => {
    const before = [snap('S2', 80, 2, '较好', {}), snap('S1', 90, 1, '好', {})]
    const after = [snap('S1', 90, 2, '好', {}), snap('S2', 91, 1, '好', {})]
    expect(resultChanges(before, after).map((c) => `${c.staffNo}:${c.field}`)).toEqual(['S2:total', 'S2:rank', 'S2:grade', 'S1:rank'])
  })

  it('a score becoming null (a dimension exempted, a person made 不定等次) is a change', () => {
    const before = [snap('S1', 85, 3, '较好', { D: 80, L: 88 })]
    const after = [snap('S1', null, null, '不定等次', { D: null, L: 88 })]
    expect(resultChanges(before, after)).toEqual([
      { staffNo: 'S1', name: '姓名S1', field: 'total', before: 85, after: null },
      { staffNo: 'S1', name: '姓名S1', field: 'rank', before: 3, after: null },
      { staffNo: 'S1', name: '姓名S1', field: 'grade', before: '较好', after: '不定等次' },
      { staffNo: 'S1', name: '姓名S1', field: 'dimension:D', before: 80, after: null },
    ])
  })

  it('someone only on one side: every field against null, the newcomer after the others', () => {
    const before = [snap('S1', 85, 1, '较好', { D: 80 })]
    const after = [snap('S1', 85, 1, '较好', { D: 80 }), snap('S9', 70, 2, '一般', { D: 70 })]
    expect(resultChanges(before, after)).toEqual([
      { staffNo: 'S9', name: '姓名S9', field: 'total', before: null, after: 70 },
      { staffNo: 'S9', name: '姓名S9', field: 'rank', before: null, after: 2 },
      { staffNo: 'S9', name: '姓名S9', field: 'grade', before: null, after: '一般' },
      { staffNo: 'S9', name: '姓名S9', field: 'dimension:D', before: null, after: 70 },
    ])
  })
})
