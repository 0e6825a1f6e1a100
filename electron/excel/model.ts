/** The format-neutral workbook every importer reads, whatever file it came from. */
export type Cell = string | number | boolean | Date | null

/** 1-based, inclusive, as Excel counts */
export interface CellRange {
  top: number
  left: number
  bottom: number
  right: number
}

export interface CellNote {
  row: number
  col: number
  kind: 'error-value' | 'formula-without-value'
  /** the error text (#DIV/0! …) or the formula */
  detail: string
}

export interface SheetModel {
  name: string
  hidden: boolean
  /** rows[r - 1][c - 1] is Excel's row r, column c; rows may be shorter than the widest one */
  rows: Cell[][]
  merges: CellRange[]
  notes: CellNote[]
}

export interface WorkbookModel {
  format: 'xlsx' | 'csv'
  sheets: SheetModel[]
  /** remarks about the whole file, e.g. the text encoding that was detected */
  notes: string[]
}

/** Column number (1-based) to Excel's letters: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = ''
  let n = col
  while (n > 0) {
    const m = (n - 1) % 26
    s = String.fromCharCode(65 + m) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}

/** Excel's letters to the column number (1-based): A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  let n = 0
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n
}

export function cellAt(sheet: SheetModel, row: number, col: number): Cell {
  const r = sheet.rows[row - 1]
  if (!r) return null
  const v = r[col - 1]
  return v === undefined ? null : v
}

export function isBlankCell(v: Cell): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '')
}

/** Widest row of the sheet, in columns. */
export function sheetWidth(sheet: SheetModel): number {
  let w = 0
  for (const r of sheet.rows) if (r.length > w) w = r.length
  return w
}
