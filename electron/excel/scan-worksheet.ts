import { AppError } from '../../shared/contract/app-error'
import { t, type MessageKey } from '../../shared/i18n'
import { MAX_CELLS_PER_SHEET } from './read-xlsx'
import {
  MAX_CELL_CHARS,
  MAX_COLUMNS,
  MAX_EMPTY_CELLS,
  MAX_MERGES_PER_SHEET,
  MAX_ROWS,
  MAX_SHEET_SPAN,
  MAX_VALIDATION_AREA,
} from './file-limits'
import { attr, TextMeter, type TagListener } from './xml-tags'

/** What the shared-strings part held: how many, and which were longer than a cell may be. */
export interface SharedStringsInfo {
  count: number
  long: Map<number, { length: number; quote: string }>
}

const n = (v: number) => v.toLocaleString('en-US')

export function columnLetters(col: number): string {
  let s = ''
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s
  return s
}

function columnNumber(letters: string): number {
  let v = 0
  for (const ch of letters.toUpperCase()) v = v * 26 + (ch.charCodeAt(0) - 64)
  return v
}

const CELL_REF = /^\$?([A-Za-z]{1,4})\$?(\d{1,10})$/

/** A reference like B7 as [row, col]; null when it is not one. */
export function parseRef(ref: string): [number, number] | null {
  const m = CELL_REF.exec(ref.trim())
  return m ? [Number(m[2]), columnNumber(m[1])] : null
}

/**
 * Follows one worksheet's XML as it inflates and refuses, naming the sheet, what exceljs or the
 * model would expand past the limits: rows or columns beyond Excel's, cells met (empty formatted
 * ones included), rows padded to their last column, merged and validated areas, a cell longer
 * than Excel allows, a reference to shared text that does not exist.
 */
export class WorksheetScan implements TagListener {
  wantsText = false
  private row = 0
  private prevCol = 0
  private rowLastCol = 0
  private rowHasValue = false
  private widest = 0
  private met = 0
  private empty = 0
  private span = 0
  private merges = 0
  private mergeArea = 0
  private validated = 0
  private cell: { ref: string; type: string; hasValue: boolean } | null = null
  private readonly meter = new TextMeter()

  constructor(
    private readonly sheet: string,
    private readonly shared: SharedStringsInfo | null,
  ) {}

  private refuse(key: MessageKey, params: Record<string, string | number> = {}): never {
    throw new AppError('bad-file', t(key, { sheet: this.sheet, ...params }))
  }

  open(name: string, attrs: string, selfClosing: boolean): void {
    switch (name) {
      case 'row':
        return this.openRow(attrs)
      case 'c':
        return this.openCell(attrs)
      case 'v':
      case 'f':
      case 'is':
        if (this.cell) this.cell.hasValue = true
        if (name === 'v' && !selfClosing) this.startText(true)
        return
      case 't':
        // an inline string's runs add up to one cell's text
        if (this.cell && !selfClosing) this.startText(false)
        return
      case 'dimension':
        this.checkArea(attr(attrs, 'ref') ?? '', 'import.file.dimensionBeyond')
        return
      case 'col':
        return this.checkColumns(attrs)
      case 'mergeCell':
        return this.countMerge(attr(attrs, 'ref') ?? '')
      case 'dataValidation':
        return this.countValidation(attr(attrs, 'sqref') ?? '')
    }
  }

  close(name: string): void {
    if (name === 'row') this.endRow()
    else if (name === 'c') this.endCell()
    else if ((name === 'v' || name === 't') && this.wantsText) this.endText(name)
  }

  text(s: string, start: number, end: number): void {
    this.meter.add(s, start, end)
  }

  private openRow(attrs: string): void {
    const r = attr(attrs, 'r')
    this.row = r === undefined ? this.row + 1 : Number(r)
    if (!Number.isInteger(this.row) || this.row < 1) this.refuse('import.file.badRowNumber', { value: (r ?? '').slice(0, 20) })
    if (this.row > MAX_ROWS) this.refuse('import.file.rowBeyond', { row: n(this.row), max: n(MAX_ROWS) })
    this.met++
    this.prevCol = 0
    this.rowLastCol = 0
    this.rowHasValue = false
  }

  private endRow(): void {
    if (!this.rowHasValue) this.empty++
    this.span += this.rowLastCol
    this.checkBudget()
  }

  private openCell(attrs: string): void {
    const ref = attr(attrs, 'r')
    let col = this.prevCol + 1
    if (ref !== undefined) {
      const at = parseRef(ref)
      if (!at) this.refuse('import.file.badCellRef', { value: ref.slice(0, 20) })
      if (at[0] > MAX_ROWS) this.refuse('import.file.rowBeyond', { row: n(at[0]), max: n(MAX_ROWS) })
      col = at[1]
    }
    if (col > MAX_COLUMNS) this.refuse('import.file.columnBeyond', { cell: (ref ?? columnLetters(col)).slice(0, 20), max: 'XFD' })
    this.prevCol = col
    this.rowLastCol = Math.max(this.rowLastCol, col)
    this.widest = Math.max(this.widest, col)
    this.met++
    this.meter.reset()
    this.cell = { ref: ref ?? `${columnLetters(col)}${this.row}`, type: attr(attrs, 't') ?? '', hasValue: false }
  }

  private endCell(): void {
    if (!this.cell) return
    if (this.cell.hasValue) this.rowHasValue = true
    else this.empty++
    this.cell = null
    if ((this.met & 0xfff) === 0) this.checkBudget()
  }

  private startText(fresh: boolean): void {
    if (fresh) this.meter.reset()
    this.wantsText = true
  }

  private endText(name: string): void {
    this.wantsText = false
    const cell = this.cell
    if (!cell) return
    if (this.meter.length > MAX_CELL_CHARS) {
      this.refuse('import.file.cellTooLong', { cell: cell.ref, length: n(this.meter.length), max: n(MAX_CELL_CHARS), text: this.meter.quote() })
    }
    if (name === 'v' && cell.type === 's') this.checkSharedIndex(cell.ref, this.meter.raw.trim())
  }

  private checkSharedIndex(ref: string, raw: string): void {
    const index = Number(raw)
    const count = this.shared?.count ?? 0
    if (!/^\d{1,10}$/.test(raw) || index >= count) this.refuse('import.file.missingSharedText', { cell: ref, index: raw.slice(0, 12), count: n(count) })
    const long = this.shared?.long.get(index)
    if (long) this.refuse('import.file.cellTooLong', { cell: ref, length: n(long.length), max: n(MAX_CELL_CHARS), text: long.quote })
  }

  private checkBudget(): void {
    if (this.met > MAX_CELLS_PER_SHEET) this.refuse('import.file.sheetTooLarge', { limit: n(MAX_CELLS_PER_SHEET) })
    if (this.empty > MAX_EMPTY_CELLS) this.refuse('import.file.emptyFormatted', { limit: n(MAX_EMPTY_CELLS) })
    if (this.span + this.row > MAX_SHEET_SPAN) {
      this.refuse('import.file.tooWide', { row: n(this.row), column: columnLetters(this.widest), limit: n(MAX_SHEET_SPAN) })
    }
  }

  /** Called once the part is read: the last row's budget and the sheet's totals. */
  finish(): void {
    this.checkBudget()
  }

  /** An area like A1:C9 (or one cell) as its cell count, refusing bounds beyond Excel's. */
  private checkArea(ref: string, beyond: MessageKey): number {
    const [a, b = a] = ref.split(':')
    if (!a) return 0
    const from = parseRef(a)
    const to = parseRef(b)
    // whole columns or rows (A:A, 1:1) are written by some tools; they are within bounds
    if (!from || !to) return 0
    if (Math.max(from[0], to[0]) > MAX_ROWS || Math.max(from[1], to[1]) > MAX_COLUMNS) this.refuse(beyond, { ref: ref.slice(0, 40) })
    return (Math.abs(to[0] - from[0]) + 1) * (Math.abs(to[1] - from[1]) + 1)
  }

  private checkColumns(attrs: string): void {
    const min = Number(attr(attrs, 'min') ?? 1)
    const max = Number(attr(attrs, 'max') ?? min)
    if (!(min >= 1 && max >= min && max <= MAX_COLUMNS)) this.refuse('import.file.columnsBeyond', { min: String(min).slice(0, 12), max: String(max).slice(0, 12) })
  }

  private countMerge(ref: string): void {
    this.merges++
    this.mergeArea += this.checkArea(ref, 'import.file.rangeBeyond')
    if (this.merges > MAX_MERGES_PER_SHEET || this.mergeArea > MAX_CELLS_PER_SHEET) {
      this.refuse('import.file.mergeBomb', { limit: n(MAX_CELLS_PER_SHEET) })
    }
  }

  private countValidation(sqref: string): void {
    for (const ref of sqref.split(/\s+/)) this.validated += this.checkArea(ref, 'import.file.rangeBeyond')
    if (this.validated > MAX_VALIDATION_AREA) this.refuse('import.file.validationBomb', { limit: n(MAX_VALIDATION_AREA) })
  }
}
