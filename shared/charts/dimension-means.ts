import { roundHalfUp } from '../domain/rounding'

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
  const sums = new Map<string, Map<string, { sum: number; n: number }>>()
  for (const row of rows) {
    let dept = sums.get(row.department)
    if (!dept) sums.set(row.department, (dept = new Map()))
    for (const code of codes) {
      const v = row.dimensions[code]
      if (v === null || v === undefined) continue
      const acc = dept.get(code) ?? { sum: 0, n: 0 }
      acc.sum += v
      acc.n += 1
      dept.set(code, acc)
    }
  }
  return [...sums].map(([department, byCode]) => ({
    department,
    means: Object.fromEntries(codes.map((code) => {
      const acc = byCode.get(code)
      return [code, acc && acc.n > 0 ? roundHalfUp(acc.sum / acc.n) : null]
    })),
  }))
}
