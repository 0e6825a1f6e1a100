import type { Period, PeriodResults } from '../../../../shared/contract'
import { departmentHeatmapOption } from '../../../../shared/charts/department-heatmap'
import { departmentDimensionMeans } from '../../../../shared/charts/dimension-means'
import type { GradeCount } from '../../../../shared/charts/grade-distribution'

/** How many rows carry each grade, in first-seen order (the builder puts them in the scale's order). */
export function gradeCounts(rows: PeriodResults['rows']): GradeCount[] {
  const counts = new Map<string, number>()
  for (const r of rows) if (r.grade) counts.set(r.grade, (counts.get(r.grade) ?? 0) + 1)
  return [...counts].map(([grade, count]) => ({ grade, count }))
}

/** The departments (in the results' roster order) × dimensions heat map of a period's results. */
export function departmentHeatmap(results: PeriodResults, title: string) {
  const departments = departmentDimensionMeans(results.rows, results.dimensions.map((d) => d.code))
  return { departments: departments.length, option: departmentHeatmapOption({ dimensions: results.dimensions, departments, title }) }
}

/** A period as a chart's title names it: its name alone (the picker beside it shows the id), so the title fits the card. */
export function chartPeriodLabel(p: Period): string {
  return p.name || p.id
}
