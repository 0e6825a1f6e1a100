import { roundHalfUp } from './rounding'

export interface ScoreSpread {
  /** how many totals the figures are of */
  count: number
  mean: number
  max: number
  min: number
}

/**
 * rule: a department's mean score is the mean of its graded people's totals as published (each
 * rounded half-up to 2 decimals), itself rounded half-up to 2 decimals; its highest and lowest
 * scores are those published totals. The published totals rather than the full-precision ones,
 * so a clerk who averages the printed column gets the printed mean. Nobody graded: no figures.
 */
export function departmentScoreSpread(totals: readonly number[]): ScoreSpread | null {
  const shown = totals.filter((x) => Number.isFinite(x)).map((x) => roundHalfUp(x))
  if (shown.length === 0) return null
  const sum = shown.reduce((a, b) => a + b, 0)
  return { count: shown.length, mean: roundHalfUp(sum / shown.length), max: Math.max(...shown), min: Math.min(...shown) }
}

export interface DepartmentMeans {
  department: string
  /** dimension code → the department's mean, as shown (2 decimals); null when nobody has a score */
  means: Readonly<Record<string, number | null>>
}

/**
 * rule: the department lowest on a dimension is the one whose mean, as shown (2 decimals), is the
 * lowest; departments tied at that mean are all named, in the order given (a tie is not broken by
 * digits nobody sees). Departments without a mean on the dimension are left out; none at all: null.
 */
export function lowestDepartments(rows: readonly DepartmentMeans[], code: string): { departments: string[]; mean: number } | null {
  let lowest: { departments: string[]; mean: number } | null = null
  for (const row of rows) {
    const v = row.means[code]
    if (typeof v !== 'number' || !Number.isFinite(v)) continue
    const mean = roundHalfUp(v)
    if (lowest === null || mean < lowest.mean) lowest = { departments: [row.department], mean }
    else if (mean === lowest.mean) lowest.departments.push(row.department)
  }
  return lowest
}
