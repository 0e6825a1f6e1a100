import type { AhpMethod, RiTable } from '../contract/weights'

/**
 * AHP (domain.md, "AHP"): pairwise matrices on the Saaty 1–9 scale, weights by the principal
 * eigenvector (or the geometric-mean and sum-normalisation methods), λmax, CI, CR against a
 * selectable RI table, and the group matrix of several experts. Indices here are 0-based; the
 * workbook reader and the grid translate them to what the clerk sees.
 */

export type { AhpMethod, RiTable }
export type Matrix = readonly (readonly number[])[]

/** Random indices for n = 1..15; n = 1 and 2 are 0 because such matrices are consistent by definition. */
export const RI_TABLES: Record<RiTable, readonly number[]> = {
  saaty: [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59],
  cn: [0, 0, 0.52, 0.89, 1.12, 1.26, 1.36, 1.41, 1.46, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59],
}
export const MAX_CRITERIA = 15
/** Rule: a matrix is acceptably consistent when CR < 0.10. */
export const CR_LIMIT = 0.1

/** 1..9 and 1/2..1/9, ascending. */
export const SAATY_SCALE: readonly number[] = [
  ...[9, 8, 7, 6, 5, 4, 3, 2].map((k) => 1 / k),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9],
]

/**
 * A typed judgment counts as a scale value when this close to it: wide enough for a fraction
 * rounded to two decimals (0.33 → 1/3, 0.13 → 1/8), narrow enough that 0.3 is not 1/3 and that
 * the windows of 1/9 and 1/8 do not touch.
 */
export const SCALE_TOLERANCE = 0.005 + 1e-9

/** The scale value a typed judgment stands for, or null when it is on no step of the scale. */
export function snapToScale(v: number): number | null {
  if (!Number.isFinite(v) || v <= 0) return null
  for (const s of SAATY_SCALE) if (Math.abs(v - s) <= SCALE_TOLERANCE) return s
  return null
}

/** A scale value as the clerk writes it: 3, 1/3. */
export function scaleText(v: number): string {
  if (v >= 1) return String(Math.round(v))
  return `1/${Math.round(1 / v)}`
}

export type MatrixProblemKind =
  | 'empty'
  | 'too-large'
  | 'not-square'
  | 'not-number'
  | 'not-positive'
  | 'diagonal'
  | 'off-scale'
  | 'not-reciprocal'

export interface MatrixProblem {
  kind: MatrixProblemKind
  /** 0-based; null when the problem is about the whole matrix */
  row: number | null
  col: number | null
  value: number | null
  /** what the cell should hold: 1 on the diagonal, 1/a[j][i] when not reciprocal */
  expected?: number
}

export interface MatrixCheck {
  problems: MatrixProblem[]
  /** every entry replaced by the scale value it stands for; null when there are problems */
  matrix: number[][] | null
}

/**
 * Rule: a pairwise matrix is square, n ≤ 15, positive, 1 on the diagonal, every entry on the Saaty
 * scale (1..9, 1/2..1/9), and a[j][i] = 1/a[i][j]. Problems are returned, located, not thrown:
 * the clerk fixes them cell by cell. Reciprocity is judged on the scale values, so 0.33 opposite 3
 * passes; a broken pair is reported once, at the lower-triangle cell, since offices type the
 * upper half and mirror it.
 */
export function checkMatrix(a: Matrix): MatrixCheck {
  const n = a.length
  if (n === 0) return { problems: [{ kind: 'empty', row: null, col: null, value: null }], matrix: null }
  if (n > MAX_CRITERIA) return { problems: [{ kind: 'too-large', row: null, col: null, value: n }], matrix: null }
  const ragged = a.flatMap((r, i) => (r.length === n ? [] : [{ kind: 'not-square' as const, row: i, col: null, value: r.length }]))
  if (ragged.length > 0) return { problems: ragged, matrix: null }

  const problems: MatrixProblem[] = []
  const snapped: (number | null)[][] = a.map((r, i) =>
    r.map((v, j) => {
      if (!Number.isFinite(v)) return note(problems, 'not-number', i, j, null)
      if (v <= 0) return note(problems, 'not-positive', i, j, v)
      if (i === j) return Math.abs(v - 1) <= SCALE_TOLERANCE ? 1 : note(problems, 'diagonal', i, j, v, 1)
      return snapToScale(v) ?? note(problems, 'off-scale', i, j, v)
    }),
  )
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const up = snapped[i][j]
      const low = snapped[j][i]
      if (up === null || low === null) continue
      if (Math.abs(up * low - 1) > 1e-9) problems.push({ kind: 'not-reciprocal', row: j, col: i, value: a[j][i], expected: 1 / up })
    }
  }
  if (problems.length > 0) return { problems: sortProblems(problems), matrix: null }
  return { problems: [], matrix: snapped as number[][] }
}

function note(problems: MatrixProblem[], kind: MatrixProblemKind, row: number, col: number, value: number | null, expected?: number): null {
  problems.push({ kind, row, col, value, ...(expected === undefined ? {} : { expected }) })
  return null
}

function sortProblems(problems: MatrixProblem[]): MatrixProblem[] {
  return problems.sort((p, q) => (p.row ?? -1) - (q.row ?? -1) || (p.col ?? -1) - (q.col ?? -1))
}

export interface CompletedMatrix {
  matrix: (number | null)[][]
  /** cells filled in: the diagonal's 1 or the reciprocal of the opposite cell */
  filled: boolean[][]
  /** upper-triangle pairs where neither cell holds a judgment */
  missing: { row: number; col: number }[]
}

/**
 * Rule: a blank diagonal is 1, and a blank cell opposite a judgment is its reciprocal (offices
 * type one half, usually the upper). The opposite value is snapped to the scale first, so 0.33
 * mirrors as 3 rather than 3.03.
 */
export function completeMatrix(partial: readonly (readonly (number | null)[])[]): CompletedMatrix {
  const n = partial.length
  const matrix = partial.map((r) => [...r])
  const filled = partial.map((r) => r.map(() => false))
  const missing: { row: number; col: number }[] = []
  for (let i = 0; i < n; i++) {
    if (matrix[i][i] === null) {
      matrix[i][i] = 1
      filled[i][i] = true
    }
    for (let j = i + 1; j < n; j++) {
      const up = matrix[i][j]
      const low = matrix[j][i]
      if (up === null && low === null) missing.push({ row: i, col: j })
      else if (up === null && low !== null) {
        matrix[i][j] = 1 / (snapToScale(low) ?? low)
        filled[i][j] = true
      } else if (low === null && up !== null) {
        matrix[j][i] = 1 / (snapToScale(up) ?? up)
        filled[j][i] = true
      }
    }
  }
  return { matrix, filled, missing }
}

const POWER_TOLERANCE = 1e-12
const POWER_MAX_STEPS = 10_000

/**
 * Principal eigenvector by power iteration, normalised to sum 1. A positive matrix has a unique
 * positive Perron vector, so the iteration converges from the uniform start; the step cap only
 * guards against a matrix that is not positive.
 */
export function eigenWeights(a: Matrix): number[] {
  const n = a.length
  let w = new Array<number>(n).fill(1 / n)
  for (let step = 0; step < POWER_MAX_STEPS; step++) {
    const next = normalise(multiply(a, w))
    const delta = Math.max(...next.map((x, i) => Math.abs(x - w[i])))
    w = next
    if (delta < POWER_TOLERANCE) break
  }
  return w
}

/** Row geometric means, normalised (the "方根法"). */
export function geometricMeanWeights(a: Matrix): number[] {
  const n = a.length
  return normalise(a.map((r) => Math.exp(r.reduce((s, v) => s + Math.log(v), 0) / n)))
}

/** Each column divided by its sum, then the rows averaged (the "和积法"). */
export function sumNormalisedWeights(a: Matrix): number[] {
  const n = a.length
  const colSums = a[0].map((_, j) => a.reduce((s, r) => s + r[j], 0))
  return normalise(a.map((r) => r.reduce((s, v, j) => s + v / colSums[j], 0) / n))
}

export function ahpWeights(a: Matrix, method: AhpMethod): number[] {
  if (method === 'geometric') return geometricMeanWeights(a)
  if (method === 'sum') return sumNormalisedWeights(a)
  return eigenWeights(a)
}

/** λmax as the mean of (A·w)_i / w_i, the same formula for every method's weights. */
export function lambdaMax(a: Matrix, w: readonly number[]): number {
  const aw = multiply(a, w)
  return aw.reduce((s, x, i) => s + x / w[i], 0) / a.length
}

export function randomIndex(n: number, table: RiTable = 'saaty'): number {
  const ri = RI_TABLES[table][n - 1]
  if (ri === undefined) throw new RangeError(`no random index for n = ${n}`)
  return ri
}

export interface AhpOptions {
  method?: AhpMethod
  riTable?: RiTable
}

export interface AhpResult {
  weights: number[]
  lambdaMax: number
  ci: number
  ri: number
  cr: number
  consistent: boolean
  method: AhpMethod
  riTable: RiTable
}

/**
 * Rule: CI = (λmax − n)/(n − 1), CR = CI/RI, consistent when CR < 0.10; n = 1 and 2 are consistent
 * by definition (CI = CR = 0). The matrix is expected to have passed checkMatrix (or to be a group
 * matrix built from ones that did).
 */
export function ahp(a: Matrix, opts: AhpOptions = {}): AhpResult {
  const method = opts.method ?? 'eigen'
  const riTable = opts.riTable ?? 'saaty'
  const n = a.length
  const weights = ahpWeights(a, method)
  const lambda = lambdaMax(a, weights)
  const ri = randomIndex(n, riTable)
  // λmax ≥ n holds for any positive reciprocal matrix and any positive w; less is rounding noise
  const ci = n <= 2 ? 0 : Math.max(0, (lambda - n) / (n - 1))
  const cr = n <= 2 ? 0 : ci / ri
  return { weights, lambdaMax: lambda, ci, ri, cr, consistent: cr < CR_LIMIT, method, riTable }
}

/**
 * Rule: several experts' judgments combine by the element-wise geometric mean, which keeps the
 * matrix reciprocal (the mean of the reciprocals is the reciprocal of the mean). All matrices
 * must be n×n for the same n.
 */
export function groupMatrix(matrices: readonly Matrix[]): number[][] {
  if (matrices.length === 0) throw new RangeError('no matrices to combine')
  const n = matrices[0].length
  if (matrices.some((m) => m.length !== n || m.some((r) => r.length !== n))) throw new RangeError('matrices differ in size')
  const k = matrices.length
  return matrices[0].map((r, i) => r.map((_, j) => Math.exp(matrices.reduce((s, m) => s + Math.log(m[i][j]), 0) / k)))
}

export interface GroupAhpResult {
  matrix: number[][]
  group: AhpResult
  /** each expert's own result, in the order given */
  experts: AhpResult[]
}

export function groupAhp(matrices: readonly Matrix[], opts: AhpOptions = {}): GroupAhpResult {
  const matrix = groupMatrix(matrices)
  return { matrix, group: ahp(matrix, opts), experts: matrices.map((m) => ahp(m, opts)) }
}

function multiply(a: Matrix, w: readonly number[]): number[] {
  return a.map((r) => r.reduce((s, v, j) => s + v * w[j], 0))
}

function normalise(v: readonly number[]): number[] {
  const sum = v.reduce((s, x) => s + x, 0)
  return v.map((x) => x / sum)
}
