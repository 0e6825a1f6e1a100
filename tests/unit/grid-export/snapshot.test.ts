import { describe, expect, it } from 'vitest'
import { columnKind, NO_VALUE, resolveCell, shownTable, treeText } from '../../../shared/grid-export/snapshot'

describe('导出表格: each cell exports the words the user sees', () => {
  it("uses a column's own words over its value: a renderer-only column exports what it draws", () => {
    // flag badges: the value is the flags' long texts, the badges say 超名额、不得评优
    expect(resolveCell({ value: '超出优秀名额 7 人；连续两年…', words: '超名额、不得评优' }).value).toBe('超名额、不得评优')
    // a late badge: the value is a boolean, the cell shows 逾期 or nothing
    expect(resolveCell({ value: true, words: '逾期' }).value).toBe('逾期')
    expect(resolveCell({ value: false, words: null }).value).toBeNull()
    expect(resolveCell({ value: 'x', words: '' }).value).toBeNull()
    // an entry score exported as a number
    expect(resolveCell({ value: '95', words: 95 }).value).toBe(95)
  })

  it('keeps a formatted number a number, exactly as shown, and other formatted text as text', () => {
    // 92.456 shown as 92.46: the sheet holds what the screen says, not the hidden digits
    expect(resolveCell({ value: 92.456, formatted: '92.46' })).toEqual({ value: 92.46, decimals: 2 })
    expect(resolveCell({ value: 92.5, formatted: '92.50' })).toEqual({ value: 92.5, decimals: 2 })
    expect(resolveCell({ value: null, formatted: NO_VALUE }).value).toBe(NO_VALUE)
    // a code shown as its word
    expect(resolveCell({ value: 'open', formatted: '进行中' }).value).toBe('进行中')
    // text that happens to look like a number stays text (a staff number keeps its zeros)
    expect(resolveCell({ value: '007', formatted: '007' }).value).toBe('007')
    expect(resolveCell({ value: 3, formatted: '3 个月' }).value).toBe('3 个月')
    expect(resolveCell({ value: 'x', formatted: '' }).value).toBeNull()
  })

  it('takes a plain value as it is, a list joined as the screens join lists', () => {
    expect(resolveCell({ value: 8 }).value).toBe(8)
    expect(resolveCell({ value: '称职' }).value).toBe('称职')
    expect(resolveCell({ value: '' }).value).toBeNull()
    expect(resolveCell({ value: undefined }).value).toBeNull()
    expect(resolveCell({ value: Number.NaN }).value).toBeNull()
    expect(resolveCell({ value: ['甲', '', '乙'] }).value).toBe('甲、乙')
  })
})

describe('导出表格: a column is written as numbers only when every shown value is one', () => {
  const cells = (...c: Parameters<typeof resolveCell>[0][]) => c.map(resolveCell)

  it('scores are numbers all shown with two decimals; a dash for no value does not make them text', () => {
    expect(columnKind(cells({ value: 92.5, formatted: '92.50' }, { value: null, formatted: NO_VALUE }, { value: 90, formatted: '90.00' }))).toBe('score')
    expect(columnKind(cells({ value: 1 }, { value: 2 }, { value: null }))).toBe('integer')
    expect(columnKind(cells({ value: 1 }, { value: 2.5 }))).toBe('number')
    expect(columnKind(cells({ value: 15, formatted: '15' }, { value: 12.5, formatted: '12.5' }))).toBe('number')
    expect(columnKind(cells({ value: 1 }, { value: '甲' }))).toBe('text')
    expect(columnKind(cells({ value: null }, { value: null, formatted: NO_VALUE }))).toBe('text')
  })
})

describe('导出表格: the table as shown', () => {
  it('keeps the columns in order with their group names, and the rows in the order given', () => {
    const table = shownTable(
      '2025年第一季度平时考核评分汇总',
      [{ header: '工号' }, { header: '条数', group: '领导' }, { header: '均分', group: '领导' }, { header: '条数', group: '互评' }],
      [
        [{ value: 'S002' }, { value: 2 }, { value: 91.25, formatted: '91.25' }, { value: null }],
        [{ value: 'S001' }, { value: 1 }, { value: null, formatted: NO_VALUE }, { value: 3 }],
      ],
    )
    expect(table).toEqual({
      title: '2025年第一季度平时考核评分汇总',
      columns: [
        { header: '工号', kind: 'text' },
        { header: '条数', group: '领导', kind: 'integer' },
        { header: '均分', group: '领导', kind: 'score' },
        { header: '条数', group: '互评', kind: 'integer' },
      ],
      rows: [
        ['S002', 2, 91.25, null],
        ['S001', 1, NO_VALUE, 3],
      ],
    })
  })

  it('indents a tree row by its level, one full-width space a level', () => {
    expect(treeText(0, 'D')).toBe('D')
    expect(treeText(2, 'D11')).toBe('\u3000\u3000D11')
  })
})
