import { describe, expect, it } from 'vitest'
import { MAX_CELLS_PER_SHEET, readXlsx, SheetTooLarge } from '../../../electron/excel/read-xlsx'
import { xlsxBytes } from '../../support/import-workbooks'

/** XFD, the last column Excel has */
const LAST_COLUMN = 16_384

describe('the cell model pays for the width it stores', () => {
  it('a value in A and one in XFD on every row counts 16,384 cells a row against the cap, and is refused', async () => {
    const rows = Math.ceil(MAX_CELLS_PER_SHEET / LAST_COLUMN) + 5
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('宽表')
      for (let r = 1; r <= rows; r++) {
        ws.getCell(r, 1).value = `S${r}`
        ws.getCell(r, LAST_COLUMN).value = 'x'
      }
    })
    const err = await readXlsx(bytes).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(SheetTooLarge)
    expect((err as SheetTooLarge).sheet).toBe('宽表')
  })

  it('one stray value far to the right of an ordinary table is read, the table and the stray cell both kept', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('名册')
      ws.getCell(1, 1).value = '工号'
      ws.getCell(1, LAST_COLUMN).value = '备用'
      for (let r = 2; r <= 101; r++) ws.getCell(r, 1).value = `S${r}`
    })
    const [sheet] = await readXlsx(bytes)
    expect(sheet.rows).toHaveLength(101)
    expect(sheet.rows[0]).toHaveLength(LAST_COLUMN)
    expect(sheet.rows[0][LAST_COLUMN - 1]).toBe('备用')
    expect(sheet.rows[100]).toEqual(['S101'])
  })

  it('a value in the last row Excel has is read: its million empty rows above it are counted, and fit under the cap', async () => {
    const bytes = await xlsxBytes((wb) => {
      const ws = wb.addWorksheet('长表')
      ws.getCell(1, 1).value = '工号'
      // a value in the last row Excel has: a million (empty) rows above it in a dense model
      ws.getCell(1_048_576, 1).value = 'x'
      ws.getCell(1_048_576, 3).value = 'y'
    })
    const [sheet] = await readXlsx(bytes)
    expect(sheet.rows).toHaveLength(1_048_576)
    expect(sheet.rows[1_048_575]).toEqual(['x', null, 'y'])
  })
})
