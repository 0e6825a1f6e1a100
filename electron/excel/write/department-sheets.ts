import { t } from '../../../shared/i18n'
import type { PeriodResults } from '../../../shared/contract'
import { departmentDimensionMeans } from '../../../shared/charts/dimension-means'
import { decidableGradesFor } from '../../../shared/domain/decidable-grades'
import { departmentScoreSpread, lowestDepartments } from '../../../shared/domain/department-scores'
import type { CellInput, TableColumn, TableSheet } from './table-sheet'
import type { PeriodReportInput } from './report-input'
import { inOfficeOrder, summariseDepartments, summaryGrades, UNDETERMINED } from './department-counts'
import { assessmentTitled as titled, localDateTime } from './report-words'
import { gradeSummarySheet } from './grade-summary-sheet'

/**
 * The sheets of 部门汇总 (report-departments-export): 说明, 部门汇总, 维度得分. Pure: each is a
 * TableSheet built from what results-list returns, so the workbook shows the screen's numbers.
 */

/** The period's own scale: a year's 优秀 … 不称职; a quarter's, and a special period's, 好 … 较差. */
export function periodScale(kind: PeriodResults['kind']): string[] {
  return decidableGradesFor(kind).filter((g) => g !== UNDETERMINED)
}

/** what the period calls a person's score: a year's 年度得分, else 总分 */
function scoreWord(input: PeriodReportInput): string {
  return t(input.results.kind === 'annual' ? 'departments.score.annual' : 'departments.score.total')
}

/**
 * Not the reports' notesSheet: two columns (item, value) and no sections, since it explains this
 * workbook's shares, scores and dimension means rather than listing the scoring rules.
 */
export function departmentNotesSheet(input: PeriodReportInput): TableSheet {
  const { results, period, scheme } = input
  const scale = periodScale(results.kind)
  const { total } = summariseDepartments(results.rows, input.departmentOrder, (r) => scale.includes(r.grade))
  const grades = summaryGrades(scale, total)
  const rows: CellInput[][] = [
    [t('report.notes.unit'), input.unitName],
    ...(input.unitParent ? [[t('exportName.notes.parent'), input.unitParent]] : []),
    [t('report.notes.periodName'), period.name],
    [t('report.notes.periodId'), period.id],
    [t('report.notes.periodDates'), t('report.notes.dateRange', { start: period.startDate, end: period.endDate })],
    [t('report.notes.scheme'), t('report.notes.schemeValue', { name: scheme.name, version: scheme.version })],
    [t('report.notes.computedAt'), results.computedAt ? localDateTime(results.computedAt) : ''],
    [t('report.notes.headcount'), total.headcount],
    [t('report.notes.graded'), total.graded],
    [t('departments.notes.grades'), grades.map((g) => g.grade).join('、')],
    [t('departments.notes.shares'), t('departments.notes.sharesValue')],
    [t('departments.notes.scores'), t('departments.notes.scoresValue', { score: scoreWord(input) })],
    [t('departments.notes.dimensions'), t('departments.notes.dimensionsValue')],
  ]
  return {
    name: t('report.sheet.notes'),
    title: t('departments.title.notes', titled(input)),
    columns: [
      { header: t('departments.col.item'), kind: 'text' },
      { header: t('departments.col.value'), kind: 'text', wrap: true, width: { min: 30, max: 60 } },
    ],
    rows,
  }
}

const NONE = () => t('departments.none')

/** Mean, highest and lowest of the published totals of those graded; '—' where nobody is. */
function spreadCells(totals: readonly number[]): CellInput[] {
  const s = departmentScoreSpread(totals)
  return s ? [s.mean, s.max, s.min] : [NONE(), NONE(), NONE()]
}

export function departmentSummarySheet(input: PeriodReportInput): TableSheet {
  const group = t(input.results.kind === 'annual' ? 'departments.col.scores.annual' : 'departments.col.scores.total')
  return gradeSummarySheet(input, {
    name: t('departments.sheet.summary'),
    title: t('departments.title.summary', titled(input)),
    scale: periodScale(input.results.kind),
    notes: [t('report.summary.note'), t('departments.summary.note', { score: scoreWord(input) })],
    extra: {
      columns: [
        { header: t('departments.col.mean'), group, kind: 'score' },
        { header: t('departments.col.max'), group, kind: 'score' },
        { header: t('departments.col.min'), group, kind: 'score' },
      ],
      cells: (graded) => spreadCells(graded.flatMap((r) => (r.total === null ? [] : [r.total]))),
    },
  })
}

/**
 * Departments × dimensions: the numbers of the 报表 page's heat map (the same function draws it),
 * in the office's order, with the unit's mean below and, under the table, the department lowest on
 * each dimension.
 */
export function dimensionMeansSheet(input: PeriodReportInput): TableSheet {
  const dims = input.results.dimensions
  const codes = dims.map((d) => d.code)
  const rows = input.results.rows
  const departments = inOfficeOrder(departmentDimensionMeans(rows, codes), (d) => d.department, input.departmentOrder)
  const unitName = t('departments.unitRow')
  // the unit as one department of everyone: the same mean over the same people
  const unit = departmentDimensionMeans(rows.map((r) => ({ department: unitName, dimensions: r.dimensions })), codes)[0]?.means ?? {}
  const cells = (means: Record<string, number | null>): CellInput[] => codes.map((c) => means[c] ?? NONE())
  const lowest = dims.map((d) => {
    const low = lowestDepartments(departments, d.code)
    return low
      ? t('departments.dimensions.lowest', { dimension: d.name, departments: low.departments.join('、'), mean: low.mean.toFixed(2) })
      : t('departments.dimensions.lowestNone', { dimension: d.name })
  })
  return {
    name: t('departments.sheet.dimensions'),
    title: t('departments.title.dimensions', titled(input)),
    columns: [
      { header: t('report.col.department'), kind: 'text' },
      ...dims.map((d): TableColumn => ({ header: d.name, group: t('departments.col.dimensionMeans'), kind: 'score', width: { min: 10 } })),
    ],
    rows: [...departments.map((d) => [d.department, ...cells(d.means)]), [unitName, ...cells(unit)]],
    emphasiseLastRow: true,
    freezeColumns: 1,
    notes: [t('departments.dimensions.note'), t('departments.dimensions.lowestTitle'), ...lowest],
  }
}
