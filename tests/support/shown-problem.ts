import type { ImportProblem } from '../../shared/contract'

/**
 * A problem as the preview table shows one row of it, in one line: the row and the column (header,
 * letter) from the problem's own fields, then its message, which says the location no second time.
 */
export function shownProblem(p: Pick<ImportProblem, 'row' | 'column' | 'columnName' | 'message'>): string {
  if (p.row === null) return p.message
  if (p.column === null) return `第 ${p.row} 行：${p.message}`
  return `第 ${p.row} 行“${p.columnName ?? p.column}”列（${p.column} 列）：${p.message}`
}
