import { describe, expect, it } from 'vitest'
import { displayWidth, fitWidth, pageSetup, PORTRAIT_MAX_WIDTH, shownText, numFmt, wrappedHeight, wrappedLines } from '../../../electron/excel/write/sheet-style'

describe('column widths fitted to Chinese text', () => {
  it('counts a CJK character, full-width form or CJK punctuation as 2 units, ASCII as 1', () => {
    expect(displayWidth('S001')).toBe(4)
    expect(displayWidth('张三')).toBe(4)
    expect(displayWidth('党政办公室')).toBe(10)
    expect(displayWidth('分数（百分制）')).toBe(14)
    expect(displayWidth('８５')).toBe(4)
    expect(displayWidth('德、能')).toBe(6)
    expect(displayWidth('92.58')).toBe(5)
    expect(displayWidth('𠀀')).toBe(2) // extension B, outside the BMP
  })

  it('fits the widest value plus padding, within the limits, by its widest line', () => {
    expect(fitWidth(['部门', '综合行政执法队'])).toBe(16)
    expect(fitWidth(['a'])).toBe(6)
    expect(fitWidth(['x'.repeat(100)])).toBe(40)
    expect(fitWidth(['x'.repeat(100)], { max: 20 })).toBe(20)
    expect(fitWidth(['短\n这一行要长得多'])).toBe(16)
  })

  it('shows numbers as the cell will: 2 decimals, percentages', () => {
    expect(shownText(86.6, numFmt.score)).toBe('86.60')
    expect(shownText(1 / 3, numFmt.percent)).toBe('33.33%')
    expect(shownText(null, numFmt.score)).toBe('')
  })

  it('estimates the height of wrapped text by display width', () => {
    expect(wrappedHeight('张三', 20, 14)).toBe(14)
    expect(wrappedHeight('张'.repeat(20), 12, 14)).toBe(14 * 4)
  })

  it('wraps a number whole onto the next line, as a spreadsheet does, so a note of figures gets its last line', () => {
    // 10 units of room: 年度得分 (8) | 89.88 × (7) | 50% — 17 units, yet three lines
    expect(wrappedLines('年度得分 89.88 × 50%', 12)).toBe(3)
    // by characters alone this is 19 units, two lines; wrapped by words it takes three
    expect(wrappedLines('得分 2025-07-15 2025-07-15', 12)).toBe(3)
    expect(wrappedLines('x'.repeat(25), 12)).toBe(3)
    expect(wrappedLines('一\n二', 40)).toBe(2)
  })
})

describe('page setup', () => {
  it('prints on A4, one page wide and as many down as needed, portrait while it fits', () => {
    const narrow = pageSetup({ totalWidth: 60, repeatRows: { first: 2, last: 3 } })
    expect(narrow).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:3' })
    expect(pageSetup({ totalWidth: PORTRAIT_MAX_WIDTH + 1 }).orientation).toBe('landscape')
  })
})
