import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { safeCell } from '../../../electron/excel/write/safe-cell'

describe('safeCell: user text never becomes a formula (OWASP CSV / formula injection)', () => {
  it.each([
    ['=HYPERLINK("http://x","y")'],
    ['+1+1'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('prefixes %j with an apostrophe', (text) => {
    expect(safeCell(text)).toBe(`'${text}`)
  })

  it('leaves ordinary text alone, including a sign inside it and Chinese text', () => {
    for (const text of ['张三', '城管局/执法一队', 'a=b', '00123', '1-2', ' =1', "'already"]) {
      expect(safeCell(text)).toBe(text)
    }
  })

  it('keeps numbers as numbers, negative ones too, and blanks as blanks', () => {
    expect(safeCell(92.58)).toBe(92.58)
    expect(safeCell(-3)).toBe(-3)
    expect(safeCell(0)).toBe(0)
    expect(safeCell(null)).toBeNull()
    expect(safeCell(undefined)).toBeNull()
    expect(safeCell('')).toBe('')
    expect(safeCell(Number.NaN)).toBeNull()
    expect(safeCell(Number.POSITIVE_INFINITY)).toBeNull()
  })

  it('reads back from an xlsx as text, not a formula, in every case', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('s')
    const inputs = ['=1+1', '+1', '-1', '@A1', '\t=1', '\r=1', 12.5]
    inputs.forEach((v, i) => (ws.getCell(i + 1, 1).value = safeCell(v)))
    const back = new ExcelJS.Workbook()
    await back.xlsx.load(await wb.xlsx.writeBuffer())
    const col = back.worksheets[0].getColumn(1)
    const cells: ExcelJS.Cell[] = []
    col.eachCell((c) => cells.push(c))
    expect(cells.map((c) => c.type)).toEqual([...Array(6).fill(ExcelJS.ValueType.String), ExcelJS.ValueType.Number])
    expect(cells[0].value).toBe("'=1+1")
    expect(cells[6].value).toBe(12.5)
  })
})
