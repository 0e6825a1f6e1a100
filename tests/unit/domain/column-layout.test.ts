import { describe, expect, it } from 'vitest'
import { MAX_REMEMBERED_LAYOUTS, rememberColumns, rememberedFor, type RememberedColumns } from '../../../shared/domain/column-layout'

const entry = (headers: string[], columns: Record<string, string>, kind = 'roster'): RememberedColumns => ({ kind, headers, columns, savedAt: '2026-12-07T00:00:00Z' })

describe('the same header row gets the same column choices', () => {
  it('same headers in the same order, spaces, full-width forms and case aside, of the same kind', () => {
    const list = [entry(['职工代码', '姓名', 'ＩＤ'], { 职工代码: 'staffNo' })]
    expect(rememberedFor(list, 'roster', ['职工 代码', '姓名', 'id'])?.columns).toEqual({ 职工代码: 'staffNo' })
  })
  it('another order, another column, or another kind of import is another layout', () => {
    const list = [entry(['职工代码', '姓名'], { 职工代码: 'staffNo' })]
    expect(rememberedFor(list, 'roster', ['姓名', '职工代码'])).toBeNull()
    expect(rememberedFor(list, 'roster', ['职工代码', '姓名', '部门'])).toBeNull()
    expect(rememberedFor(list, 'okr', ['职工代码', '姓名'])).toBeNull()
  })
  it('a new choice replaces the layout’s earlier one; choosing nothing forgets it; the oldest go past the cap', () => {
    let list = rememberColumns([], entry(['a', 'b'], { a: 'staffNo' }))
    list = rememberColumns(list, entry(['a', 'b'], { a: 'name' }))
    expect(list).toHaveLength(1)
    expect(list[0].columns).toEqual({ a: 'name' })
    expect(rememberColumns(list, entry(['a', 'b'], {}))).toEqual([])
    for (let i = 0; i < MAX_REMEMBERED_LAYOUTS + 5; i++) list = rememberColumns(list, entry([`h${i}`], { [`h${i}`]: 'name' }))
    expect(list).toHaveLength(MAX_REMEMBERED_LAYOUTS)
    expect(list[0].headers).toEqual([`h${MAX_REMEMBERED_LAYOUTS + 4}`])
  })
})
