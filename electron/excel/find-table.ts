import type { AfterNote, ImportProblem, NoteRow, SheetNote } from '../../shared/contract'
import { t } from '../../shared/i18n'
import type { FieldSpec } from './fields'
import { findHeader, type HeaderColumn, type HeaderGuess } from './find-header'
import { cellAt, isBlankCell, type Cell, type CellNote, type SheetModel, type WorkbookModel } from './model'
import { cellText, normHeader } from './normalize'
import { cellProblem, problemText, rowProblem, sheetProblem } from './problems'

export interface TableRow {
  /** 1-based Excel row */
  row: number
  values: Record<string, Cell>
  /** fields whose cell held an error value or a formula without a result (already reported) */
  flagged: Set<string>
}

export interface FoundTable {
  sheet: string
  headerRow: number
  headerTop: number
  columns: HeaderColumn[]
  /** field key → the column that feeds it */
  byField: Map<string, HeaderColumn>
  rows: TableRow[]
}

export interface TableSearch {
  table: FoundTable | null
  sheets: SheetNote[]
  problems: ImportProblem[]
  notes: string[]
  /** the first note row the table met with data-like rows after it; null when none */
  noteRow: NoteRow | null
}

export interface TableOptions {
  /** at a note row with data below it: stop there, or skip it and read on; unset, the preview asks (an error) */
  afterNote?: AfterNote
  /**
   * Fields whose unreadable cell (an error value, a formula without a result) blocks the import;
   * by default the required ones. Any other field's such cell is imported as blank, with a warning.
   */
  blocking?: (field: FieldSpec) => boolean
  /** the clerk's choice for columns not understood by their header: header → field key, '' for 忽略 */
  columns?: Readonly<Record<string, string>>
}

/** First words of the lines under a table: notes, signatures, dates. */
const END_MARKERS = ['制表人', '审核人', '填表人', '负责人', '制表日期', '填表日期', '填报日期', '注:', '说明', '备注:', '单位(盖章)', '单位盖章']
const SUBTOTAL_MARKERS = ['合计', '总计', '小计']

/**
 * Finds the table of one template in a workbook: picks the sheet whose header names the most
 * fields, maps its columns, and reads its data rows (merged cells filled down, blank rows, repeated
 * headers, subtotals and the notes block below the table left out).
 */
export function findTable(workbook: WorkbookModel, fields: FieldSpec[], options: TableOptions = {}): TableSearch {
  const sheets: SheetNote[] = []
  const problems: ImportProblem[] = []
  const notes: string[] = []
  let best: { sheet: SheetModel; guess: HeaderGuess } | null = null
  const guesses = new Map<SheetModel, HeaderGuess | null>()
  for (const sheet of workbook.sheets) {
    if (sheet.hidden || sheet.rows.length === 0) continue
    const guess = findHeader(sheet, fields, options.columns)
    guesses.set(sheet, guess)
    if (guess && (!best || guess.score > best.guess.score)) best = { sheet, guess }
  }
  for (const sheet of workbook.sheets) {
    const note = sheet.hidden
      ? t('import.sheet.hidden')
      : sheet.rows.length === 0
        ? t('import.sheet.empty')
        : best && sheet === best.sheet
          ? t('import.sheet.used', { row: best.guess.row })
          : guesses.get(sheet)
            ? t('import.sheet.notUsed')
            : t('import.sheet.noHeader')
    sheets.push({ name: sheet.name, used: best !== null && sheet === best.sheet, note })
  }
  if (!best) {
    const first = workbook.sheets.find((s) => !s.hidden) ?? workbook.sheets[0]
    const required = fields.filter((f) => f.required && !f.anyOf).map((f) => `“${f.label}”`)
    problems.push(sheetProblem('error', first?.name ?? '', problemText('import.problem.noTable', { fields: required.join('、') })))
    return { table: null, sheets, problems, notes, noteRow: null }
  }
  const { sheet, guess } = best
  const byField = mapColumns(sheet.name, guess, problems)
  problems.push(...missingHeaders(sheet.name, guess.row, fields, byField))
  if (guess.top !== guess.row) notes.push(t('import.note.twoRowHeader', { top: guess.top, bottom: guess.row }))
  const { rows, noteRow } = readRows(sheet, guess, byField, { problems, notes, options })
  const table: FoundTable = { sheet: sheet.name, headerRow: guess.row, headerTop: guess.top, columns: guess.columns, byField, rows }
  if (rows.length === 0) problems.push(sheetProblem('error', sheet.name, problemText('import.problem.noDataRows')))
  return { table, sheets, problems, notes, noteRow }
}

/** One column per field: the exact template header beats a synonym, then the leftmost wins. */
function mapColumns(sheet: string, guess: HeaderGuess, problems: ImportProblem[]): Map<string, HeaderColumn> {
  const byField = new Map<string, HeaderColumn>()
  const exact = (c: HeaderColumn) => c.field !== null && normHeader(c.header) === normHeader(c.field.label)
  for (const col of guess.columns) {
    if (!col.field) continue
    const had = byField.get(col.field.key)
    if (!had) {
      byField.set(col.field.key, col)
      continue
    }
    const [kept, dropped] = exact(col) && !exact(had) ? [col, had] : [had, col]
    byField.set(col.field.key, kept)
    problems.push({
      severity: 'warning',
      sheet,
      row: guess.row,
      column: dropped.letter,
      columnName: dropped.header,
      message: problemText('import.problem.duplicateColumn', { other: kept.letter, label: col.field.label }),
    })
    dropped.field = null
  }
  return byField
}

function missingHeaders(sheet: string, row: number, fields: FieldSpec[], byField: Map<string, HeaderColumn>): ImportProblem[] {
  const out: ImportProblem[] = []
  const groups = new Set<string>()
  for (const f of fields) {
    if (!f.required || byField.has(f.key)) continue
    if (f.anyOf) {
      const group = fields.filter((g) => g.anyOf === f.anyOf)
      if (groups.has(f.anyOf) || group.some((g) => byField.has(g.key))) continue
      groups.add(f.anyOf)
      const labels = group.map((g) => g.label).join(t('import.orSeparator'))
      out.push({ ...sheetProblem('error', sheet, problemText('import.problem.missingOneOf', { labels })), row })
      continue
    }
    const synonyms = f.synonyms.length ? problemText('import.problem.missingHeaderAlt', { list: f.synonyms.join('、') }) : ''
    out.push({ ...sheetProblem('error', sheet, problemText('import.problem.missingHeader', { label: f.label, synonyms })), row })
  }
  return out
}

/** A cell's first characters, compared loosely (NFKC turns `：（` into `:(`; blanks dropped). */
function leadText(v: Cell): string {
  if (typeof v !== 'string') return ''
  return v.slice(0, 30).normalize('NFKC').replace(/[\s\u3000]+/g, '')
}

interface RowsOut {
  problems: ImportProblem[]
  notes: string[]
  options: TableOptions
}

function readRows(
  sheet: SheetModel,
  guess: HeaderGuess,
  byField: Map<string, HeaderColumn>,
  out: RowsOut,
): { rows: TableRow[]; noteRow: NoteRow | null } {
  const { problems, notes, options } = out
  const filled = filledMerges(sheet, guess.row)
  const value = (r: number, c: number): Cell => filled.get(`${r}:${c}`) ?? cellAt(sheet, r, c)
  const loadNotes = new Map(sheet.notes.map((n) => [`${n.row}:${n.col}`, n]))
  const mapped = [...byField.entries()]
  const filledAt = (r: number) => mapped.filter(([, col]) => !isBlankCell(value(r, col.col))).length
  const lineLead = (r: number) => leadText((sheet.rows[r - 1] ?? []).find((v) => !isBlankCell(v)) ?? null)
  const isEndMarker = (lead: string) => END_MARKERS.some((m) => lead.startsWith(m))
  const looksLikeData = (r: number) => filledAt(r) >= Math.min(2, mapped.length) && !isEndMarker(lineLead(r))
  // a sparse row after a gap ends the table only when no fuller row comes soon after it
  const dataFollows = (r: number): boolean => {
    for (let n = r + 1; n <= Math.min(sheet.rows.length, r + 50); n++) {
      if (isEndMarker(lineLead(n))) return false
      if (looksLikeData(n)) return true
    }
    return false
  }
  // data-like rows below each row, counted once from the bottom when a note row first needs it
  let below: number[] | null = null
  const dataBelow = (r: number): number => {
    if (!below) {
      below = new Array<number>(sheet.rows.length + 1).fill(0)
      for (let i = sheet.rows.length - 1; i >= 1; i--) below[i] = below[i + 1] + (looksLikeData(i + 1) ? 1 : 0)
    }
    return below[r] ?? 0
  }
  const blocking = options.blocking ?? ((f: FieldSpec) => f.required)
  const rows: TableRow[] = []
  let noteRow: NoteRow | null = null
  let blankRun = 0
  let skipped = 0
  for (let r = guess.row + 1; r <= sheet.rows.length; r++) {
    const line = sheet.rows[r - 1] ?? []
    const values: Record<string, Cell> = {}
    let filledCount = 0
    for (const [key, col] of mapped) {
      values[key] = value(r, col.col)
      if (!isBlankCell(values[key])) filledCount++
    }
    const first = line.find((v) => !isBlankCell(v)) ?? null
    if (first === null && filledCount === 0) {
      blankRun++
      continue
    }
    const lead = leadText(first)
    const endsHere = isEndMarker(lead) || (blankRun > 0 && rows.length > 0 && filledCount < Math.min(2, mapped.length) && !dataFollows(r))
    if (endsHere) {
      const following = dataBelow(r)
      if (following === 0) {
        notes.push(t('import.note.stoppedAt', { row: r }))
        break
      }
      noteRow ??= { sheet: sheet.name, row: r, following }
      const text = cellText(first) ?? ''
      const params = { text, count: following }
      if (options.afterNote === 'read') {
        problems.push(rowProblem('warning', sheet.name, r, problemText('import.problem.noteSkipped', params)))
        blankRun = 0
        continue
      }
      const chosen = options.afterNote === 'stop'
      const key = chosen ? 'import.problem.noteStopped' : 'import.problem.noteBeforeData'
      problems.push(rowProblem(chosen ? 'warning' : 'error', sheet.name, r, problemText(key, params)))
      break
    }
    blankRun = 0
    const repeatsHeader = mapped.filter(([, col]) => normHeader(value(r, col.col)) === normHeader(col.header)).length
    if (mapped.length > 0 && repeatsHeader * 2 >= mapped.length) {
      notes.push(t('import.note.repeatedHeader', { row: r }))
      continue
    }
    if (filledCount === 0 || SUBTOTAL_MARKERS.some((m) => lead.startsWith(m))) {
      skipped++
      continue
    }
    const flagged = new Set<string>()
    for (const [key, col] of mapped) {
      const note = loadNotes.get(`${r}:${col.col}`)
      if (!note) continue
      flagged.add(key)
      problems.push(unreadableCell(sheet.name, r, col, note, col.field !== null && blocking(col.field)))
    }
    rows.push({ row: r, values, flagged })
  }
  if (skipped > 0) notes.push(t('import.note.skippedRows', { count: skipped }))
  if (filled.size > 0) notes.push(t('import.note.mergedFilled'))
  return { rows, noteRow }
}

/**
 * An error value or a formula without a saved result: in a field the import cannot do without it
 * is an error (nothing is written until it is fixed); elsewhere a warning, and the cell is imported
 * as blank. The message says which of the two happens, so words and severity never disagree.
 */
function unreadableCell(sheet: string, row: number, col: HeaderColumn, note: CellNote, blocks: boolean): ImportProblem {
  const key =
    note.kind === 'error-value'
      ? blocks
        ? 'import.problem.errorValue'
        : 'import.problem.errorValueBlank'
      : blocks
        ? 'import.problem.formulaNoValue'
        : 'import.problem.formulaNoValueBlank'
  return cellProblem(blocks ? 'error' : 'warning', sheet, row, col, problemText(key, { detail: note.detail }))
}

/** Cells covered by a merge that spans rows below the header, with the merge's value. */
function filledMerges(sheet: SheetModel, headerRow: number): Map<string, Cell> {
  const out = new Map<string, Cell>()
  for (const m of sheet.merges) {
    if (m.top <= headerRow || m.bottom === m.top) continue
    const v = cellAt(sheet, m.top, m.left)
    if (isBlankCell(v)) continue
    const bottom = Math.min(m.bottom, sheet.rows.length)
    for (let r = m.top + 1; r <= bottom; r++) out.set(`${r}:${m.left}`, v)
  }
  return out
}
