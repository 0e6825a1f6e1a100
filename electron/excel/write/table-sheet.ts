import type ExcelJS from 'exceljs'
import { safeCell } from './safe-cell'
import { placeStreamedPicture, type SheetPicture } from './streamed-picture'
import {
  bodyFont,
  displayWidth,
  fitWidth,
  frozenView,
  headerFill,
  headerFont,
  noteFont,
  numFmt,
  pageHeaderFooter,
  pageSetup,
  PORTRAIT_MAX_WIDTH,
  shownText,
  thinBorder,
  titleFont,
  lineHeight,
  textHeight,
  type WidthLimits,
} from './sheet-style'

export type ColumnKind = 'text' | 'score' | 'integer' | 'percent'
export type CellInput = string | number | null

export interface TableColumn {
  header: string
  /** columns sharing a group get a merged cell above their headers (a two-row header) */
  group?: string
  kind: ColumnKind
  align?: 'left' | 'center' | 'right'
  /** long text: wrap inside the column instead of widening it */
  wrap?: boolean
  width?: WidthLimits
  /** colours the header red: the column must be filled in (templates) */
  marked?: boolean
}

export interface TableSheet {
  name: string
  title: string
  columns: TableColumn[]
  rows: CellInput[][]
  /** columns kept in view when scrolling right, e.g. the name */
  freezeColumns?: number
  /** lines under the table: counts, the denominators of shares, signatures */
  notes?: string[]
  /** the last row is a total: bold */
  emphasiseLastRow?: boolean
  /** pre-formats empty data rows as text, so typed staff numbers keep their leading zeros */
  textColumns?: number[]
  /** a chart under the table and its notes, one blank row apart */
  picture?: SheetPicture
}

const formatOf: Record<ColumnKind, string | undefined> = {
  text: undefined,
  score: numFmt.score,
  integer: numFmt.integer,
  percent: numFmt.percent,
}

/** Rows between two checks for a cancel or a progress report. */
const TICK_ROWS = 500

/**
 * Writes a titled, bordered table as one print-ready sheet: merged title row, one or two header
 * rows repeated on every printed page and frozen on screen, values only (no formulas).
 */
export async function writeTableSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  spec: TableSheet,
  tick?: (rowsWritten: number) => Promise<void>,
): Promise<void> {
  const twoRows = spec.columns.some((c) => c.group !== undefined)
  const headerFirst = 2
  const headerLast = twoRows ? 3 : 2
  const widths = fitTitle(
    spec.title,
    spec.columns.map((col, i) => columnWidth(col, i, spec.rows)),
  )
  const totalWidth = widths.reduce((a, b) => a + b, 0)

  const ws = workbook.addWorksheet(spec.name, {
    pageSetup: pageSetup({ totalWidth, repeatRows: { first: headerFirst, last: headerLast } }),
    headerFooter: pageHeaderFooter(),
    views: [frozenView(headerLast + 1, spec.freezeColumns ?? 0)],
  })
  ws.columns = widths.map((width, i) => ({
    width,
    ...(spec.textColumns?.includes(i) ? { style: { numFmt: numFmt.text, font: bodyFont } } : {}),
  }))
  const lastCol = spec.columns.length

  // titles and headers carry user text too (the unit's name, dimension names from the scheme)
  const title = ws.addRow([safeCell(spec.title)])
  const titleLines = Math.ceil(titleWidth(spec.title) / totalWidth)
  title.height = Math.max(30, titleLines * 22 + 8)
  title.getCell(1).font = titleFont
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  if (lastCol > 1) ws.mergeCells(1, 1, 1, lastCol)
  title.commit()

  writeHeader(ws, spec.columns, twoRows, headerHeight(spec.columns, widths))

  let bottom = headerLast
  let written = 0
  const lastRow = spec.rows.length - 1
  const styles = spec.columns.map((col, i) => bodyStyle(col, false, spec.textColumns?.includes(i) ?? false))
  const boldStyles = spec.columns.map((col, i) => bodyStyle(col, true, spec.textColumns?.includes(i) ?? false))
  for (const values of spec.rows) {
    const row = ws.addRow(spec.columns.map((_, i) => safeCell(values[i])))
    const shared = spec.emphasiseLastRow === true && written === lastRow ? boldStyles : styles
    for (let i = 0; i < shared.length; i++) row.getCell(i + 1).style = shared[i]
    const height = bodyHeight(spec.columns, widths, values)
    if (height !== null) row.height = height
    row.commit()
    bottom = row.number
    if (tick && ++written % TICK_ROWS === 0) await tick(written)
  }

  for (const note of spec.notes ?? []) {
    const row = ws.addRow([safeCell(note)])
    bottom = row.number
    row.getCell(1).font = noteFont
    row.getCell(1).alignment = { horizontal: 'left', vertical: 'top', wrapText: true }
    row.height = textHeight(note, totalWidth, noteFont)
    if (lastCol > 1) ws.mergeCells(row.number, 1, row.number, lastCol)
    row.commit()
  }
  // zero-based: the row after a blank one
  if (spec.picture) placeStreamedPicture(workbook, ws, spec.picture, { col: 0, row: bottom + 1 })
  ws.commit()
}

function writeHeader(ws: ExcelJS.Worksheet, columns: TableColumn[], twoRows: boolean, height: number): void {
  const style = (cell: ExcelJS.Cell, marked: boolean) => {
    cell.font = marked ? { ...headerFont, color: { argb: 'FFC00000' } } : headerFont
    cell.fill = headerFill
    cell.border = thinBorder
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
  }
  if (!twoRows) {
    const row = ws.addRow(columns.map((c) => safeCell(c.header)))
    row.height = height
    columns.forEach((c, i) => style(row.getCell(i + 1), c.marked === true))
    row.commit()
    return
  }
  // the upper row holds each group once, merged across its columns; an ungrouped column's header
  // spans both rows
  const upper = ws.addRow(
    columns.map((c, i) => safeCell(c.group === undefined ? c.header : i > 0 && columns[i - 1].group === c.group ? null : c.group)),
  )
  const lower = ws.addRow(columns.map((c) => safeCell(c.group === undefined ? null : c.header)))
  upper.height = 20
  lower.height = height
  columns.forEach((c, i) => {
    style(upper.getCell(i + 1), c.marked === true)
    style(lower.getCell(i + 1), c.marked === true)
  })
  for (let i = 0; i < columns.length; i++) {
    const group = columns[i].group
    if (group === undefined) {
      ws.mergeCells(upper.number, i + 1, lower.number, i + 1)
      continue
    }
    let end = i
    while (end + 1 < columns.length && columns[end + 1].group === group) end++
    if (end > i) ws.mergeCells(upper.number, i + 1, upper.number, end + 1)
    i = end
  }
  upper.commit()
  lower.commit()
}

/**
 * One style object per column, given to every body cell of it and never changed afterwards:
 * exceljs's style table recognises a style object it has seen by identity, whereas a style built
 * cell by cell is serialised and compared each time (most of a 10,000-person export's time).
 */
function bodyStyle(col: TableColumn, bold: boolean, text: boolean): Partial<ExcelJS.Style> {
  const fmt = text ? numFmt.text : formatOf[col.kind]
  const horizontal = col.align ?? (col.kind === 'text' ? 'left' : 'right')
  return {
    font: bold ? { ...bodyFont, bold: true } : bodyFont,
    border: thinBorder,
    ...(fmt ? { numFmt: fmt } : {}),
    alignment: { horizontal, vertical: 'middle', ...(col.wrap ? { wrapText: true } : {}) },
  }
}

/** A 16 pt title character is about 16/11 as wide as the 11 pt digit that makes a width unit. */
const TITLE_SCALE = 16 / 11

function titleWidth(title: string): number {
  return Math.ceil(displayWidth(title) * TITLE_SCALE) + 4
}

/**
 * A narrow table (the notice list) would clip its merged title at both ends: its columns are
 * widened in proportion until the title fits, but never past a portrait page; beyond that the
 * title wraps.
 */
function fitTitle(title: string, widths: number[]): number[] {
  const total = widths.reduce((a, b) => a + b, 0)
  const wanted = Math.min(titleWidth(title), PORTRAIT_MAX_WIDTH)
  if (total >= wanted || total === 0) return widths
  return widths.map((w) => Math.round(((w * wanted) / total) * 10) / 10)
}

/**
 * Neither LibreOffice nor every Excel grows a row for wrapped text written by a program: a row
 * whose text wraps gets an estimated height (null: the default one-line height).
 */
function bodyHeight(columns: TableColumn[], widths: number[], values: CellInput[]): number | null {
  let height = 0
  columns.forEach((col, i) => {
    const v = values[i]
    if (col.wrap && typeof v === 'string' && v !== '') height = Math.max(height, textHeight(v, widths[i], bodyFont))
  })
  return height > lineHeight() ? height + 4 : null
}


function columnWidth(col: TableColumn, index: number, rows: CellInput[][]): number {
  const fmt = formatOf[col.kind] ?? ''
  const texts: string[] = [headerLine(col.header)]
  for (const row of rows) texts.push(shownText(safeCell(row[index]), fmt))
  const limits = col.wrap ? { min: 10, max: 40, ...col.width } : { max: 40, ...col.width }
  return fitWidth(texts, limits)
}

/**
 * A long header (参加评定等次人数) may wrap onto two lines rather than widen a column of short
 * numbers: it asks for half its width.
 */
const HEADER_ONE_LINE = 12

function headerLine(header: string): string {
  const w = displayWidth(header)
  if (w <= HEADER_ONE_LINE) return header
  const chars = [...header]
  return chars.slice(0, Math.ceil(chars.length / 2)).join('')
}

function headerHeight(columns: TableColumn[], widths: number[]): number {
  const lines = Math.max(1, ...columns.map((c, i) => Math.ceil((displayWidth(c.header) + 2) / widths[i])))
  return Math.min(3, lines) * 15 + 6
}
