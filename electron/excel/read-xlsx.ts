import ExcelJS from 'exceljs'
import type { Cell, CellNote, CellRange, SheetModel } from './model'

/** Above this many cells a sheet is not a roster or a rating table but a mistake or an attack. */
export const MAX_CELLS_PER_SHEET = 2_000_000

export class SheetTooLarge extends Error {
  constructor(readonly sheet: string) {
    super(`sheet too large: ${sheet}`)
  }
}

type Converted = { value: Cell; note?: Omit<CellNote, 'row' | 'col'> }

/** Parses xlsx/xlsm bytes with exceljs; throws whatever exceljs throws for a damaged file. */
export async function readXlsx(bytes: Buffer): Promise<SheetModel[]> {
  const wb = new ExcelJS.Workbook()
  // exceljs's own Buffer type is a stand-in for Node's; the bytes are what it wants
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer)
  return wb.worksheets.map(readSheet)
}

function readSheet(ws: ExcelJS.Worksheet): SheetModel {
  const rows: Cell[][] = []
  const notes: CellNote[] = []
  const merges = new Map<string, CellRange>()
  // the model is dense, so what a sheet costs is its rows up to the last one and each row's width up
  // to its last value, not the values it holds: one value in A and one in XFD is 16,384 entries, a
  // value in row 1,048,576 is a million (empty) rows. That is what is counted against the cap.
  let cells = 0
  let lastRow = 0
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    cells += Math.max(1, rowNumber - lastRow)
    lastRow = rowNumber
    if (cells > MAX_CELLS_PER_SHEET) throw new SheetTooLarge(ws.name)
    const out: Cell[] = []
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged) noteMerge(merges, cell, rowNumber, colNumber)
      // exceljs answers a merged cell's value with its master's; the model keeps it on the master only
      if (cell.isMerged && cell.master.address !== cell.address) return
      const c = convert(cell.value, cell.numFmt)
      if (c.note) {
        cells += 1
        notes.push({ row: rowNumber, col: colNumber, ...c.note })
      }
      if (c.value !== null) {
        cells += colNumber - out.length
        if (cells > MAX_CELLS_PER_SHEET) throw new SheetTooLarge(ws.name)
        while (out.length < colNumber - 1) out.push(null)
        out[colNumber - 1] = c.value
      }
    })
    rows[rowNumber - 1] = out
  })
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = []
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop()
  return { name: ws.name, hidden: ws.state !== 'visible', rows, merges: [...merges.values()], notes }
}

function noteMerge(merges: Map<string, CellRange>, cell: ExcelJS.Cell, row: number, col: number): void {
  const key = cell.master.address
  const m = merges.get(key)
  if (!m) {
    merges.set(key, { top: row, left: col, bottom: row, right: col })
    return
  }
  m.top = Math.min(m.top, row)
  m.left = Math.min(m.left, col)
  m.bottom = Math.max(m.bottom, row)
  m.right = Math.max(m.right, col)
}

function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false
  // a % inside quotes or after a backslash is literal text, not a percent format
  return /%/.test(numFmt.replace(/"[^"]*"/g, '').replace(/\\./g, ''))
}

function convert(v: ExcelJS.CellValue, numFmt: string | undefined): Converted {
  if (v === null || v === undefined) return { value: null }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { value: null }
    // the clerk sees 85% and means 85 %, so the model carries what is shown; parsing decides per column
    if (isPercentFormat(numFmt)) return { value: `${Number((v * 100).toPrecision(12))}%` }
    return { value: v }
  }
  if (typeof v === 'string' || typeof v === 'boolean') return { value: v }
  if (v instanceof Date) return { value: Number.isNaN(v.getTime()) ? null : v }
  if ('error' in v) return { value: null, note: { kind: 'error-value', detail: String(v.error) } }
  if ('richText' in v) return { value: richText(v.richText) }
  if ('formula' in v || 'sharedFormula' in v) {
    const result = v.result
    const formula = 'formula' in v && v.formula ? v.formula : 'sharedFormula' in v ? v.sharedFormula : ''
    if (result === undefined || result === null) {
      return { value: null, note: { kind: 'formula-without-value', detail: `=${formula ?? ''}` } }
    }
    if (typeof result === 'object' && !(result instanceof Date) && 'error' in result) {
      return { value: null, note: { kind: 'error-value', detail: String(result.error) } }
    }
    return convert(result as ExcelJS.CellValue, numFmt)
  }
  if ('hyperlink' in v || 'text' in v) {
    const text: unknown = (v as { text?: unknown }).text
    if (typeof text === 'string') return { value: text }
    if (text && typeof text === 'object' && 'richText' in text) {
      return { value: richText((text as ExcelJS.CellRichTextValue).richText) }
    }
    return { value: null }
  }
  return { value: null }
}

function richText(parts: ExcelJS.RichText[] | undefined): string {
  return (parts ?? []).map((p) => p.text ?? '').join('')
}
