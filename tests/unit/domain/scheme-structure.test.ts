import { describe, expect, it } from 'vitest'
import { structureFindings } from '../../../shared/domain/scheme-structure'

const node = (code: string, parentCode: string | null, mode = '评分') => ({ code, parentCode, mode })

describe('rule: an indicator tree is well formed (unique codes, known parents, no loops, adjustments are leaves)', () => {
  it('finds nothing wrong in a sound tree', () => {
    expect(structureFindings([node('D', null), node('D1', 'D'), node('B', null, '加减分')])).toEqual([])
  })
  it('names a repeated code and where it first stood', () => {
    expect(structureFindings([node('D', null), node('D', null)])).toEqual([{ rule: 'duplicate-code', index: 1, code: 'D', firstIndex: 0 }])
  })
  it('names a parent that is the indicator itself, and one that does not exist', () => {
    const f = structureFindings([node('A', 'A'), node('B', 'X')])
    expect(f.map((x) => [x.rule, x.code])).toEqual([
      ['self-parent', 'A'],
      ['unknown-parent', 'B'],
    ])
  })
  it('reports a loop once, with the codes around it', () => {
    const f = structureFindings([node('A', 'C'), node('B', 'A'), node('C', 'B')])
    expect(f).toHaveLength(1)
    expect(f[0]).toMatchObject({ rule: 'cycle', chain: ['A', 'C', 'B', 'A'] })
  })
  it('refuses sub-indicators under a bonus/deduction or veto item', () => {
    const f = structureFindings([node('B', null, '加减分'), node('B1', 'B')])
    expect(f).toEqual([{ rule: 'adjustment-parent', index: 0, code: 'B' }])
  })
})
