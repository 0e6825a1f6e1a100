import { roundHalfUp } from '../domain/rounding'
import { dimensionMeans } from '../domain/result-uses'

export interface DimensionScores {
  department: string
  /** dimension code → score; null when the person has none (不定等次, not rated) */
  dimensions: Record<string, number | null>
}

/**
 * Mean score per department and dimension over the people who have a score in that dimension,
 * rounded half-up to 2 decimals like every shown number; null when nobody in the department has one.
 * Departments come in the order they first appear, so a caller's sort (by roster order) is kept.
 */
export function departmentDimensionMeans(
  rows: readonly DimensionScores[],
  codes: readonly string[],
): { department: string; means: Record<string, number | null> }[] {
  const byDepartment = new Map<string, Record<string, number | null>[]>()
  for (const row of rows) {
    const list = byDepartment.get(row.department)
    if (list) list.push(row.dimensions)
    else byDepartment.set(row.department, [row.dimensions])
  }
  return [...byDepartment].map(([department, scores]) => {
    const means = dimensionMeans(scores, codes)
    return { department, means: Object.fromEntries(codes.map((code) => [code, means[code] === null ? null : roundHalfUp(means[code] as number)])) }
  })
}
