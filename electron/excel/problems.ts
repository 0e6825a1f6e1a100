import type { ImportProblem } from '../../shared/contract'
import { t, type MessageKey, type MessageParams } from '../../shared/i18n'

/** Where a problem sits: its column's letter and header; the row travels beside it. */
export interface ColumnRef {
  letter: string
  header: string
}

/** A value quoted in a message is cut here: the clerk recognises it, the line stays one line. */
export const SHOWN_VALUE_CHARS = 30

/** A cell's text as a message quotes it: at most SHOWN_VALUE_CHARS characters, then "…". */
export function shownValue(text: string): string {
  const chars = [...text.replace(/[\r\n]+/g, ' ')]
  return chars.length > SHOWN_VALUE_CHARS ? `${chars.slice(0, SHOWN_VALUE_CHARS).join('')}…` : chars.join('')
}

/** The parameters that quote what the file holds; lists of choices and names of ours stay whole. */
const QUOTED = new Set(['value', 'staffNo', 'name', 'rosterName', 'code', 'detail', 'header', 'text', 'birth', 'idBirth'])

/**
 * A problem's message: the words only, the location (sheet, row, column) stays in the problem's own
 * fields so the preview table and the terminal print it once; quoted file values shortened.
 */
export function problemText(key: MessageKey, params?: MessageParams): string {
  if (!params) return t(key)
  const shown: MessageParams = {}
  for (const [k, v] of Object.entries(params)) shown[k] = QUOTED.has(k) && typeof v === 'string' ? shownValue(v) : v
  return t(key, shown)
}

export function cellProblem(
  severity: ImportProblem['severity'],
  sheet: string,
  row: number,
  col: ColumnRef,
  message: string,
): ImportProblem {
  return { severity, sheet, row, column: col.letter, columnName: col.header, message }
}

export function rowProblem(severity: ImportProblem['severity'], sheet: string, row: number, message: string): ImportProblem {
  return { severity, sheet, row, column: null, columnName: null, message }
}

export function sheetProblem(severity: ImportProblem['severity'], sheet: string, message: string): ImportProblem {
  return { severity, sheet, row: null, column: null, columnName: null, message }
}

export function hasErrors(problems: ImportProblem[]): boolean {
  return problems.some((p) => p.severity === 'error')
}

/** A problem with its location in words, for a line that stands alone (the refusal, a log): `工作表“名册”第 7 行“分数”列（E 列）：…`. */
export function locatedMessage(p: ImportProblem): string {
  const sheet = p.sheet ? t('import.inSheet', { sheet: p.sheet }) : ''
  const row = p.row !== null ? t('import.at.row', { row: p.row }) : ''
  const column = p.column ? t('import.at.column', { header: p.columnName ?? p.column, column: p.column }) : ''
  const where = `${sheet}${row}${column}`
  return where ? t('import.at.where', { where, message: p.message }) : p.message
}

/** The one-line message of a refused commit: how many errors, and the first in full. */
export function refusalMessage(problems: ImportProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error')
  const first = errors[0]
  return t('import.refused', { count: errors.length, first: first ? locatedMessage(first) : '' })
}
