import { t } from '../../../shared/i18n'
import type { ResultRow } from '../../../shared/contract'
import type { CellInput, TableColumn, TableSheet } from './table-sheet'
import type { PeriodReportInput } from './report-input'
import { scopeNotes } from './report-words'
import { byDepartment, gradeCells, gradeColumns, summariseDepartments, summaryGrades, type DepartmentSummary } from './department-counts'

export interface GradeSummarySpec {
  name: string
  title: string
  /** the period's grades in the rules' order: a person holding one of them is graded */
  scale: readonly string[]
  notes: string[]
  /** columns after the grades; their cells from the people graded in the department (in the unit, on the total line) */
  extra?: {
    columns: TableColumn[]
    cells(graded: readonly ResultRow[]): CellInput[]
  }
}

/**
 * 汇总 of the period and annual reports and 部门汇总's own: a line a department in the office's
 * order, then the unit's total, with the headcount, those graded and each grade's count and share.
 * A limited report has only its departments' lines, and its total is theirs.
 */
export function gradeSummarySheet(input: PeriodReportInput, spec: GradeSummarySpec): TableSheet {
  const isGraded = (r: ResultRow) => spec.scale.includes(r.grade)
  const { departments, total } = summariseDepartments(input.results.rows, input.departmentOrder, isGraded)
  const grades = summaryGrades(spec.scale, total)
  const gradedRows = input.results.rows.filter(isGraded)
  const gradedOf = new Map(byDepartment(gradedRows))
  const line = (s: DepartmentSummary, graded: readonly ResultRow[]): CellInput[] => [s.department, s.headcount, s.graded, ...gradeCells(s, grades), ...(spec.extra?.cells(graded) ?? [])]
  return {
    name: spec.name,
    title: spec.title,
    columns: [
      { header: t('report.col.department'), kind: 'text' },
      { header: t('report.col.headcount'), kind: 'integer', align: 'center' },
      { header: t('report.col.graded'), kind: 'integer', align: 'center' },
      ...gradeColumns(grades),
      ...(spec.extra?.columns ?? []),
    ],
    rows: [...departments.map((d) => line(d, gradedOf.get(d.department) ?? [])), line(total, gradedRows)],
    emphasiseLastRow: true,
    freezeColumns: 1,
    notes: [...spec.notes, ...scopeNotes(input, 'report.scope.summaryNote')],
  }
}
