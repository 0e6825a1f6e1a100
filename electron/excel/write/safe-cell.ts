import './cell-text-guard'

/**
 * A value as a cell takes it: text as it is, a finite number, else empty.
 *
 * Text that a spreadsheet could run as a formula (= + - @, tab, CR first) is not changed here: every
 * text cell of every workbook gets Excel's quote-prefix style where exceljs writes it, and text past
 * Excel's 32,767-character limit is cut with a visible mark there (`./cell-text-guard.ts`). The
 * value itself stays the user's text — no apostrophe in the cell or on paper.
 */
export type SafeCellValue = string | number | null

export function safeCell(value: string | number | null | undefined): SafeCellValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  return value
}
