import { t } from '../../../shared/i18n'
import type { RuleSettings } from '../../../shared/domain/settings'
import { quarterlyGrades } from '../../../shared/domain/quarterly-grades'
import type { CellInput, TableColumn, TableSheet } from './table-sheet'
import type { PeriodReportInput } from './period-report'
import { gradeCells, gradeColumns, summariseDepartments, summaryGrades, type DepartmentSummary } from './department-counts'

// where they were first defined; callers may still import them from here
export { isGraded, summariseDepartments, UNDETERMINED, type DepartmentSummary } from './department-counts'

const GOOD = quarterlyGrades[0]

function titled(input: PeriodReportInput) {
  return { unit: input.unitName, period: input.period.name }
}

export function notesSheet(input: PeriodReportInput): TableSheet {
  const { results, period, scheme } = input
  const basic = t('report.notes.section.basic')
  const rules = t('report.notes.section.rules')
  const rows: CellInput[][] = [
    [basic, t('report.notes.unit'), input.unitName],
    [null, t('report.notes.periodId'), period.id],
    [null, t('report.notes.periodName'), period.name],
    [null, t('report.notes.periodDates'), t('report.notes.dateRange', { start: period.startDate, end: period.endDate })],
    [null, t('report.notes.scheme'), t('report.notes.schemeValue', { name: scheme.name, version: scheme.version })],
    [null, t('report.notes.dimensions'), results.dimensions.map((d) => t('report.notes.dimension', d)).join('、')],
    [null, t('report.notes.computedAt'), results.computedAt ? localDateTime(results.computedAt) : ''],
    [null, t('report.notes.headcount'), results.rows.length],
    [null, t('report.notes.graded'), results.graded],
    [null, t('report.notes.goodQuota'), t('report.notes.goodQuotaValue', { quota: results.goodQuota })],
    [null, t('report.notes.goodCount'), results.rows.filter((r) => r.grade === GOOD).length],
    ...ruleRows(results.settings).map(([item, value], i): CellInput[] => [i === 0 ? rules : null, item, value]),
  ]
  return {
    name: t('report.sheet.notes'),
    title: t('report.title.notes', titled(input)),
    columns: [
      { header: t('report.notes.col.section'), kind: 'text', align: 'center' },
      { header: t('report.notes.col.item'), kind: 'text' },
      { header: t('report.notes.col.value'), kind: 'text', align: 'left', wrap: true, width: { min: 30, max: 54 } },
    ],
    rows,
  }
}

/** Every rule setting the computation used, worded for the committee. */
/**
 * The scoring rules in words. The quarterly grade thresholds and 好 quota belong to a quarter's
 * report only: a year is graded by the annual rules, which its report lists on their own.
 */
export function ruleRows(settings: RuleSettings | null, kind: 'quarter' | 'annual' = 'quarter'): [string, string][] {
  if (!settings) return [[t('report.notes.settingsMissing'), '']]
  const weights = Object.entries(settings.roleWeights)
    .map(([role, w]) => `${role} ${percent(w)}`)
    .join('、')
  const th = settings.quarterly.thresholds
  const quarterly: [string, string][] =
    kind === 'quarter'
      ? [
          [t('report.notes.thresholds'), t('report.notes.thresholdsValue', { good: th.good, fair: th.fair, poor: th.poor })],
          [t('report.notes.quota'), t('report.notes.quotaValue', { share: percent(settings.quarterly.goodQuota) })],
        ]
      : []
  return [
    [t('report.notes.roleWeights'), t('report.notes.roleWeightsValue', { weights })],
    [t('report.notes.trim'), t('report.notes.trimValue', { n: settings.trimAbove })],
    ...quarterly,
    [t('report.notes.bonusCap'), t('report.notes.bonusCapValue', { cap: settings.bonusCap, max: 100 + settings.bonusCap })],
    [t('report.notes.rounding'), t('report.notes.roundingValue')],
  ]
}

export function summarySheet(input: PeriodReportInput): TableSheet {
  const { departments, total } = summariseDepartments(input.results.rows, input.departmentOrder)
  const grades = summaryGrades(quarterlyGrades, total)
  const line = (s: DepartmentSummary): CellInput[] => [s.department, s.headcount, s.graded, ...gradeCells(s, grades)]
  return {
    name: t('report.sheet.summary'),
    title: t('report.title.summary', titled(input)),
    columns: [
      { header: t('report.col.department'), kind: 'text' },
      { header: t('report.col.headcount'), kind: 'integer', align: 'center' },
      { header: t('report.col.graded'), kind: 'integer', align: 'center' },
      ...gradeColumns(grades),
    ],
    rows: [...departments.map(line), line(total)],
    emphasiseLastRow: true,
    freezeColumns: 1,
    notes: [t('report.summary.note')],
  }
}

export function detailSheet(input: PeriodReportInput): TableSheet {
  const dims = input.results.dimensions
  const columns: TableColumn[] = [
    { header: t('report.col.seq'), kind: 'integer', align: 'center' },
    { header: t('report.col.department'), kind: 'text' },
    { header: t('report.col.staffNo'), kind: 'text', align: 'center' },
    { header: t('report.col.name'), kind: 'text', align: 'center' },
    ...dims.map((d): TableColumn => ({ header: d.name, group: t('report.col.dimensions'), kind: 'score' })),
    { header: t('report.col.total'), kind: 'score' },
    { header: t('report.col.rank'), kind: 'integer', align: 'center' },
    { header: t('report.col.grade'), kind: 'text', align: 'center' },
    { header: t('report.col.remarks'), kind: 'text', wrap: true, width: { min: 16, max: 40 } },
  ]
  const rows = input.results.rows.map((r, i): CellInput[] => [
    i + 1,
    r.department,
    r.staffNo,
    r.name,
    ...dims.map((d) => r.dimensions[d.code] ?? null),
    r.total,
    r.rank,
    r.grade,
    r.notes.join('；'),
  ])
  return {
    name: t('report.sheet.detail'),
    title: t('report.title.detail', titled(input)),
    columns,
    rows,
    freezeColumns: 4,
    notes: [t('report.detail.note')],
  }
}

export function noticeSheet(input: PeriodReportInput): TableSheet {
  const listed = input.results.rows.filter((r) => r.grade === GOOD)
  return {
    name: t('report.sheet.notice'),
    title: t('report.title.notice', { ...titled(input), grade: GOOD }),
    columns: [
      { header: t('report.col.seq'), kind: 'integer', align: 'center' },
      { header: t('report.col.department'), kind: 'text', width: { min: 16 } },
      { header: t('report.col.name'), kind: 'text', align: 'center', width: { min: 12 } },
      { header: t('report.col.total'), kind: 'score', width: { min: 10 } },
      { header: t('report.col.grade'), kind: 'text', align: 'center', width: { min: 10 } },
    ],
    rows: listed.map((r, i) => [i + 1, r.department, r.name, r.total, r.grade]),
    notes: [t('report.notice.count', { n: listed.length }), t('report.notice.objection')],
  }
}

export function percent(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`
}

/** The office reads times on its own clock, to the minute. */
export function localDateTime(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}
