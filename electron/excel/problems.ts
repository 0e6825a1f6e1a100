import type { ImportProblem } from '../../shared/contract'
import { t } from '../../shared/i18n'

/** Where a problem sits, for the located message `第 7 行“分数”列（E 列）：…`. */
export interface ColumnRef {
  letter: string
  header: string
}

export function cellProblem(
  severity: ImportProblem['severity'],
  sheet: string,
  row: number,
  col: ColumnRef,
  message: string,
): ImportProblem {
  return {
    severity,
    sheet,
    row,
    column: col.letter,
    columnName: col.header,
    message: t('import.at.cell', { row, header: col.header, column: col.letter, message }),
  }
}

export function rowProblem(severity: ImportProblem['severity'], sheet: string, row: number, message: string): ImportProblem {
  return { severity, sheet, row, column: null, columnName: null, message: t('import.at.row', { row, message }) }
}

export function sheetProblem(severity: ImportProblem['severity'], sheet: string, message: string): ImportProblem {
  return { severity, sheet, row: null, column: null, columnName: null, message }
}

export function hasErrors(problems: ImportProblem[]): boolean {
  return problems.some((p) => p.severity === 'error')
}

/** The one-line message of a refused commit: how many errors, and the first in full. */
export function refusalMessage(problems: ImportProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error')
  const first = errors[0]
  const where = first && first.sheet ? t('import.inSheet', { sheet: first.sheet }) : ''
  return t('import.refused', { count: errors.length, first: first ? `${where}${first.message}` : '' })
}
