import { t } from '../../../shared/i18n'
import type { ResultRow } from '../../../shared/contract'
import type { CellInput, TableColumn } from './table-sheet'

/**
 * Counting a period's people by department and grade: the 汇总 sheets of the quarterly and annual
 * reports and the 部门汇总 workbook all count, order and share them this one way.
 */

/** The grade results carry for people who are not graded (a data value, like 好) */
export const UNDETERMINED = '不定等次'

export interface DepartmentSummary {
  department: string
  headcount: number
  graded: number
  counts: Map<string, number>
}

/** Sorts by the office's order; a stable sort keeps the given order among names the order does not list. */
export function inOfficeOrder<T>(items: readonly T[], nameOf: (item: T) => string, order: readonly string[] = []): T[] {
  const position = new Map(order.map((name, i) => [name, i]))
  const rank = (item: T) => position.get(nameOf(item)) ?? order.length
  return [...items].sort((a, b) => rank(a) - rank(b))
}

/** The rows by department: departments in the office's order, each department's rows in their given order. */
export function byDepartment<T extends { department: string }>(rows: readonly T[], order: readonly string[] = []): [string, T[]][] {
  const groups = new Map<string, T[]>()
  for (const row of inOfficeOrder(rows, (r) => r.department, order)) {
    const list = groups.get(row.department)
    if (list) list.push(row)
    else groups.set(row.department, [row])
  }
  return [...groups]
}

/**
 * Departments in the office's order (then in the order the results list them); the total apart.
 * `graded`: holds a grade of the period's scale (a quarter's and a year's differ).
 */
export function summariseDepartments(
  rows: readonly ResultRow[],
  order: readonly string[] | undefined,
  graded: (row: ResultRow) => boolean,
): { departments: DepartmentSummary[]; total: DepartmentSummary } {
  const byName = new Map<string, DepartmentSummary>()
  const total: DepartmentSummary = { department: t('report.summary.total'), headcount: 0, graded: 0, counts: new Map() }
  for (const row of rows) {
    let dep = byName.get(row.department)
    if (!dep) {
      dep = { department: row.department, headcount: 0, graded: 0, counts: new Map() }
      byName.set(row.department, dep)
    }
    for (const s of [dep, total]) {
      s.headcount++
      if (graded(row)) s.graded++
      s.counts.set(row.grade, (s.counts.get(row.grade) ?? 0) + 1)
    }
  }
  return { departments: inOfficeOrder([...byName.values()], (d) => d.department, order), total }
}

export interface SummaryGrade {
  grade: string
  /** what its share is of: a grade of the scale, of those graded; 不定等次 and the rest, of the headcount */
  base: 'graded' | 'headcount'
}

/**
 * The grades a summary counts: the period's scale in its order, then 不定等次, then any grade
 * outside both (sorted), so no person drops out of the counts.
 */
export function summaryGrades(scale: readonly string[], total: DepartmentSummary): SummaryGrade[] {
  const others = [...total.counts.keys()].filter((g) => g !== UNDETERMINED && !scale.includes(g)).sort()
  return [...scale.map((grade): SummaryGrade => ({ grade, base: 'graded' })), ...[UNDETERMINED, ...others].map((grade): SummaryGrade => ({ grade, base: 'headcount' }))]
}

/** Two columns a grade, 人数 and 占比, under the grade as their group header. */
export function gradeColumns(grades: readonly SummaryGrade[]): TableColumn[] {
  return grades.flatMap((g): TableColumn[] => [
    { header: t('report.col.count'), group: g.grade, kind: 'integer', align: 'center' },
    { header: t('report.col.share'), group: g.grade, kind: 'percent' },
  ])
}

/** Count and share of each grade; a share of nobody is left empty. */
export function gradeCells(s: DepartmentSummary, grades: readonly SummaryGrade[]): CellInput[] {
  return grades.flatMap((g) => {
    const n = s.counts.get(g.grade) ?? 0
    const base = g.base === 'graded' ? s.graded : s.headcount
    return [n, base > 0 ? n / base : null]
  })
}
