import type { AhpSheet, ImportProblem } from '../../shared/contract'
import { checkMatrix, completeMatrix, MAX_CRITERIA, scaleText, type MatrixProblem } from '../../shared/domain/ahp'
import { t } from '../../shared/i18n'
import { AppError } from '../../shared/contract/app-error'
import { loadWorkbook } from './load-workbook'
import { cellAt, columnLetter, isBlankCell, type Cell, type SheetModel, type WorkbookModel } from './model'
import { compactText, keyText } from './normalize'
import { cellProblem, sheetProblem } from './problems'

/** The criteria row sits near the top, under at most a title or two. */
const SEARCH_ROWS = 30

/**
 * Reads an AHP workbook: every non-empty sheet holds one expert's pairwise matrix, criteria names
 * along its first row and first column. Sheets without a matrix (notes) are passed over with a
 * warning; a workbook with no matrix at all is a 'bad-file'.
 */
export async function readAhpFile(bytes: Buffer, fileName: string): Promise<AhpSheet[]> {
  return readAhpWorkbook(await loadWorkbook(bytes, fileName))
}

export function readAhpWorkbook(workbook: WorkbookModel): AhpSheet[] {
  const sheets = workbook.sheets.filter((s) => s.rows.some((r) => r.some((v) => !isBlankCell(v)))).map(readSheet)
  if (!sheets.some((s) => s.criteria.length > 0)) throw new AppError('bad-file', t('weights.ahp.file.noMatrix'))
  return sheets
}

interface Layout {
  headerRow: number
  /** the column of the row names; the matrix starts one column to its right */
  corner: number
  names: string[]
}

function readSheet(sheet: SheetModel): AhpSheet {
  const layout = findLayout(sheet)
  if (!layout) return { sheet: sheet.name, criteria: [], matrix: null, problems: [sheetProblem('warning', sheet.name, t('weights.ahp.sheet.noMatrix'))] }
  const { headerRow, corner, names } = layout
  const n = names.length
  const at = (i: number, j: number) => ({ row: headerRow + 1 + i, col: corner + 1 + j })
  const problems: ImportProblem[] = []
  const located = (severity: ImportProblem['severity'], row: number, col: number, message: string) =>
    cellProblem(severity, sheet.name, row, { letter: columnLetter(col), header: col === corner ? t('weights.ahp.rowNames') : names[col - corner - 1] }, message)

  if (n > MAX_CRITERIA) {
    problems.push(sheetProblem('error', sheet.name, t('weights.ahp.sheet.tooLarge', { n, max: MAX_CRITERIA })))
    return { sheet: sheet.name, criteria: names, matrix: null, problems }
  }
  const seen = new Map<string, number>()
  names.forEach((name, j) => {
    const key = keyText(name) ?? ''
    const first = seen.get(key)
    if (first !== undefined) problems.push(located('error', headerRow, corner + 1 + j, t('weights.ahp.sheet.duplicateName', { name, first: columnLetter(corner + 1 + first) })))
    else seen.set(key, j)
  })
  for (let i = 0; i < n; i++) {
    const { row } = at(i, 0)
    const rowName = compactText(cellAt(sheet, row, corner))
    if (rowName === null) problems.push(located('error', row, corner, t('weights.ahp.sheet.rowNameMissing', { expected: names[i] })))
    else if (keyText(rowName) !== keyText(names[i])) {
      problems.push(located('error', row, corner, t('weights.ahp.sheet.rowNameMismatch', { name: rowName, expected: names[i], column: columnLetter(corner + 1 + i) })))
    }
  }

  const partial: (number | null)[][] = []
  const unreadable = new Set<string>()
  for (let i = 0; i < n; i++) {
    partial.push([])
    for (let j = 0; j < n; j++) {
      const { row, col } = at(i, j)
      const entry = readEntry(sheet, row, col)
      if ('problem' in entry) {
        problems.push(located('error', row, col, entry.problem))
        unreadable.add(`${i},${j}`)
        partial[i].push(Number.NaN)
      } else partial[i].push(entry.value)
    }
  }
  const completed = completeMatrix(partial)
  for (const m of completed.missing) {
    const { row, col } = at(m.row, m.col)
    problems.push(located('error', row, col, t('weights.ahp.cell.missing', { row: names[m.row], col: names[m.col] })))
  }
  // a cell left blank is checked only through the cell it mirrors, which carries any problem
  const values = completed.matrix.map((r) => r.map((v) => v ?? Number.NaN))
  const check = checkMatrix(values)
  for (const p of check.problems) {
    if (p.row === null || p.col === null || unreadable.has(`${p.row},${p.col}`) || completed.filled[p.row][p.col]) continue
    if (p.kind === 'not-number') continue
    const { row, col } = at(p.row, p.col)
    const other = at(p.col, p.row)
    problems.push(located('error', row, col, matrixProblemText(p, names, `${columnLetter(other.col)}${other.row}`)))
  }
  if (check.matrix) {
    check.matrix.forEach((r, i) =>
      r.forEach((s, j) => {
        const typed = values[i][j]
        if (completed.filled[i][j] || Math.abs(typed - s) <= 1e-6 * s) return
        const { row, col } = at(i, j)
        problems.push(located('warning', row, col, t('weights.ahp.cell.snapped', { value: typed, scale: scaleText(s) })))
      }),
    )
  }
  const ok = !problems.some((p) => p.severity === 'error')
  return { sheet: sheet.name, criteria: names, matrix: ok ? check.matrix : null, problems: byCell(problems) }
}

/** A matrix problem in words; `other` names the mirror cell, as the reader of the message finds it. */
export function matrixProblemText(p: MatrixProblem, names: readonly string[], other: string): string {
  const params = { value: p.value ?? '', row: names[p.row ?? 0], col: names[p.col ?? 0] }
  switch (p.kind) {
    case 'not-positive':
      return t('weights.ahp.problem.notPositive', params)
    case 'diagonal':
      return t('weights.ahp.problem.diagonal', params)
    case 'off-scale':
      return t('weights.ahp.problem.offScale', params)
    case 'not-reciprocal':
      return t('weights.ahp.problem.notReciprocal', { ...params, other, expected: p.expected === undefined ? '' : scaleText(p.expected) })
    default:
      return t('weights.ahp.problem.other', params)
  }
}

/**
 * The criteria row is the first row whose cells after the corner are names (text that is not a
 * number), with a name under the corner, no name where the first judgment goes, and at least half
 * of the names repeated down the corner column. The corner may be blank or hold a label such as
 * 准则; a title row above has nothing after its first cell.
 */
function findLayout(sheet: SheetModel): Layout | null {
  const last = Math.min(sheet.rows.length, SEARCH_ROWS)
  for (let r = 1; r <= last; r++) {
    const row = sheet.rows[r - 1]
    const first = row.findIndex((v) => !isBlankCell(v)) + 1
    if (first === 0) continue
    for (const corner of [first - 1, first]) {
      if (corner < 1) continue
      const names: string[] = []
      for (let c = corner + 1; isName(cellAt(sheet, r, c)); c++) names.push(compactText(cellAt(sheet, r, c)) ?? '')
      if (names.length === 0) continue
      if (!isName(cellAt(sheet, r + 1, corner)) || isName(cellAt(sheet, r + 1, corner + 1))) continue
      // a two-column list (姓名, 分数) looks like a 1×1 matrix: a matrix's rows repeat most of its column names
      const keys = new Set(names.map((x) => keyText(x)))
      const matching = names.filter((_, i) => keys.has(keyText(cellAt(sheet, r + 1 + i, corner)))).length
      if (matching * 2 < names.length || matching === 0) continue
      return { headerRow: r, corner, names }
    }
  }
  return null
}

/** In reading order: row by row, left to right (column letters compare by length first: Z < AA). */
function byCell(problems: ImportProblem[]): ImportProblem[] {
  const col = (p: ImportProblem) => p.column ?? ''
  return [...problems].sort((p, q) => (p.row ?? 0) - (q.row ?? 0) || col(p).length - col(q).length || col(p).localeCompare(col(q)))
}

function isName(v: Cell): boolean {
  return typeof v === 'string' && v.trim() !== '' && parseJudgment(v) === null
}

type Entry = { value: number | null } | { problem: string }

function readEntry(sheet: SheetModel, row: number, col: number): Entry {
  const v = cellAt(sheet, row, col)
  if (v === null) {
    const note = sheet.notes.find((x) => x.row === row && x.col === col)
    if (!note) return { value: null }
    if (note.kind === 'error-value') return { problem: t('weights.ahp.cell.errorValue', { detail: note.detail }) }
    // saved by a program that does not calculate (no cached result): simple ones are worked out here
    const value = parseJudgment(note.detail)
    return value === null ? { problem: t('weights.ahp.cell.formula', { formula: note.detail }) } : { value }
  }
  if (typeof v === 'number') return { value: v }
  if (typeof v === 'string') {
    if (v.trim() === '') return { value: null }
    const value = parseJudgment(v)
    return value === null ? { problem: t('weights.ahp.cell.notNumber', { text: v.trim() }) } : { value }
  }
  return { problem: t('weights.ahp.cell.notNumber', { text: String(v instanceof Date ? v.toISOString().slice(0, 10) : v) }) }
}

const NUM = String.raw`(\d+(?:\.\d*)?|\.\d+)`
const JUDGMENT = new RegExp(`^=?\\(?${NUM}(?:/${NUM})?\\)?$`)

/**
 * A judgment typed as text or a simple formula: 3, 0.5, 1/3, =1/3, =3, (1/3), with full-width
 * digits and slash (１/３, 1／3) as Chinese input methods type them. Anything else is null.
 */
export function parseJudgment(text: string): number | null {
  const s = text.normalize('NFKC').replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '')
  const m = JUDGMENT.exec(s)
  if (!m) return null
  // an unbalanced parenthesis is a typo, not a judgment
  if (s.includes('(') !== s.includes(')')) return null
  const a = Number(m[1])
  const b = m[2] === undefined ? 1 : Number(m[2])
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null
  return a / b
}
