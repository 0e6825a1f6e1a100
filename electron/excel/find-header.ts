import type { FieldSpec } from './fields'
import { cellAt, columnLetter, isBlankCell, sheetWidth, type Cell, type SheetModel } from './model'
import { cellText, normHeader } from './normalize'

/** Headers sit near the top: below a title, a unit line, a date line, rarely further. */
export const HEADER_SCAN_ROWS = 30

export interface HeaderColumn {
  col: number
  letter: string
  /** the header text as written (for a two-row header, the part that names the column) */
  header: string
  field: FieldSpec | null
}

export interface HeaderGuess {
  /** the (lower) header row, 1-based */
  row: number
  /** the upper row of a two-row header; equal to row for a one-row header */
  top: number
  columns: HeaderColumn[]
  score: number
}

/**
 * Header text keyed by its normalised form, for every field's label and synonyms; the clerk's own
 * choices (header → field key, '' for 忽略) come last and win over both.
 */
export function fieldLookup(fields: FieldSpec[], choices: Readonly<Record<string, string>> = {}): Map<string, FieldSpec> {
  const map = new Map<string, FieldSpec>()
  for (const f of fields) {
    for (const name of [f.label, ...f.synonyms]) {
      const key = normHeader(name)
      if (!map.has(key)) map.set(key, f)
    }
  }
  for (const [header, fieldKey] of Object.entries(choices)) {
    const field = fields.find((f) => f.key === fieldKey)
    if (field) map.set(normHeader(header), field)
    else map.delete(normHeader(header))
  }
  return map
}

/**
 * The header grid of the top rows with merged cells expanded: a vertically merged `工号` over a
 * two-row header, or a group cell `德` over its columns, then reads the same in every cell it covers.
 */
function headerGrid(sheet: SheetModel, rows: number, width: number): Cell[][] {
  const grid: Cell[][] = []
  for (let r = 1; r <= rows; r++) {
    const line: Cell[] = []
    for (let c = 1; c <= width; c++) line.push(cellAt(sheet, r, c))
    grid.push(line)
  }
  for (const m of sheet.merges) {
    if (m.top > rows) continue
    const v = cellAt(sheet, m.top, m.left)
    for (let r = m.top; r <= Math.min(m.bottom, rows); r++) {
      for (let c = m.left; c <= Math.min(m.right, width); c++) grid[r - 1][c - 1] = v
    }
  }
  return grid
}

function score(columns: HeaderColumn[]): number {
  const seen = new Set<string>()
  let s = 0
  for (const c of columns) {
    if (!c.field || seen.has(c.field.key)) continue
    seen.add(c.field.key)
    // required fields weigh double so a row naming 工号 and 姓名 beats one naming 备注 and 性别
    s += c.field.required ? 2 : 1
  }
  return s
}

function singleRow(line: Cell[], lookup: Map<string, FieldSpec>): HeaderColumn[] {
  const cols: HeaderColumn[] = []
  line.forEach((v, i) => {
    const header = cellText(v)
    if (header === null) return
    cols.push({ col: i + 1, letter: columnLetter(i + 1), header, field: lookup.get(normHeader(v)) ?? null })
  })
  return cols
}

/** Lower row names the column; else the two rows read together (`出生` over `年月`); else the upper row. */
function twoRows(upper: Cell[], lower: Cell[], lookup: Map<string, FieldSpec>): HeaderColumn[] {
  const cols: HeaderColumn[] = []
  for (let i = 0; i < lower.length; i++) {
    const up = cellText(upper[i])
    const low = cellText(lower[i])
    if (up === null && low === null) continue
    const base = { col: i + 1, letter: columnLetter(i + 1) }
    const lowField = low === null ? undefined : lookup.get(normHeader(low))
    if (lowField) {
      cols.push({ ...base, header: low as string, field: lowField })
      continue
    }
    const joined = up !== null && low !== null && up !== low ? up + low : null
    const joinedField = joined === null ? undefined : lookup.get(normHeader(joined))
    if (joinedField) {
      cols.push({ ...base, header: joined as string, field: joinedField })
      continue
    }
    const upField = up !== null && low === null ? lookup.get(normHeader(up)) : undefined
    cols.push({ ...base, header: (low ?? up) as string, field: upField ?? null })
  }
  return cols
}

/** The best header of a sheet within its first rows, or null when no row names any field. */
export function findHeader(sheet: SheetModel, fields: FieldSpec[], choices: Readonly<Record<string, string>> = {}): HeaderGuess | null {
  const rows = Math.min(HEADER_SCAN_ROWS, sheet.rows.length)
  const width = sheetWidth(sheet)
  if (rows === 0 || width === 0) return null
  const lookup = fieldLookup(fields, choices)
  const grid = headerGrid(sheet, rows + 1, width)
  let best: HeaderGuess | null = null
  const singles = grid.map((line) => singleRow(line, lookup))
  for (let r = 1; r <= rows; r++) {
    const one = singles[r - 1]
    const s1 = score(one)
    if (s1 > 0 && (!best || s1 > best.score)) best = { row: r, top: r, columns: one, score: s1 }
    const upper = grid[r - 1]
    const lower = grid[r]
    if (!lower || lower.every(isBlankCell) || upper.every(isBlankCell)) continue
    const two = twoRows(upper, lower, lookup)
    const s2 = score(two)
    // a pair wins only when it names more fields than either of its rows alone
    if (s2 > s1 && s2 > score(singles[r]) && (!best || s2 > best.score)) {
      best = { row: r + 1, top: r, columns: two, score: s2 }
    }
  }
  return best
}
