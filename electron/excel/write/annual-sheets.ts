import { t } from '../../../shared/i18n'
import type { ResultRow } from '../../../shared/contract'
import { annualGrades } from '../../../shared/domain/annual-grades'
import { roundHalfUp } from '../../../shared/domain/rounding'
import { annualOf, type RuleSettings } from '../../../shared/domain/settings'
import type { CellInput, TableColumn, TableSheet } from './table-sheet'
import type { AnnualReportInput } from './annual-report'
import { localDateTime, percent, ruleRows } from './period-sheets'
import { gradeCells, gradeColumns, summariseDepartments, summaryGrades, UNDETERMINED, type DepartmentSummary } from './department-counts'

/** The grades a year's summary counts, in the order the rules rank them, then 不定等次. */
export const annualReportGrades = [...annualGrades, UNDETERMINED] as const

const EXCELLENT = annualGrades[0]

export function isAnnuallyGraded(row: ResultRow): boolean {
  return (annualGrades as readonly string[]).includes(row.grade)
}

/** “2025年度考核” already ends in 考核; “2025年度” reads 2025年度考核 */
export function periodWords(name: string): string {
  return name.endsWith('考核') ? name : t('annualReport.periodAssessment', { name })
}

export function titled(input: AnnualReportInput) {
  return { unit: input.unitName, period: periodWords(input.period.name) }
}

export function annualNotesSheet(input: AnnualReportInput): TableSheet {
  const { results, period, scheme } = input
  const basic = t('report.notes.section.basic')
  const rules = t('report.notes.section.rules')
  const annual = t('annualReport.notes.section.annual')
  const rows: CellInput[][] = [
    [basic, t('report.notes.unit'), input.unitName],
    [null, t('annualReport.notes.year'), t('annualReport.notes.yearValue', { year: period.year })],
    [null, t('report.notes.periodName'), `${period.name}（${period.id}）`],
    [null, t('report.notes.periodDates'), t('report.notes.dateRange', { start: period.startDate, end: period.endDate })],
    [null, t('report.notes.scheme'), t('report.notes.schemeValue', { name: scheme.name, version: scheme.version })],
    [null, t('report.notes.dimensions'), results.dimensions.map((d) => t('report.notes.dimension', d)).join('、')],
    [null, t('report.notes.computedAt'), results.computedAt ? localDateTime(results.computedAt) : ''],
    [null, t('annualReport.notes.computedBy'), input.computedBy],
    [null, t('annualReport.notes.status'), input.status],
    [null, t('report.notes.headcount'), results.rows.length],
    [null, t('report.notes.graded'), results.graded],
    [null, t('annualReport.notes.quotaGrade'), t('report.notes.goodQuotaValue', { quota: results.goodQuota })],
    [null, t('annualReport.notes.excellentCount'), results.rows.filter((r) => r.grade === EXCELLENT).length],
    ...ruleRows(results.settings, 'annual').map(([item, value], i): CellInput[] => [i === 0 ? rules : null, item, value]),
    ...annualRuleRows(input).map(([item, value], i): CellInput[] => [i === 0 ? annual : null, item, value]),
  ]
  return {
    name: t('report.sheet.notes'),
    title: t('annualReport.title.notes', titled(input)),
    columns: [
      { header: t('report.notes.col.section'), kind: 'text', align: 'center' },
      { header: t('report.notes.col.item'), kind: 'text' },
      { header: t('report.notes.col.value'), kind: 'text', align: 'left', wrap: true, width: { min: 30, max: 54 } },
    ],
    rows,
  }
}

/** The annual rules the stored settings say were used, worded for the committee. */
function annualRuleRows(input: AnnualReportInput): [string, string][] {
  const settings: RuleSettings | null = input.results.settings
  if (!settings) return []
  const a = annualOf(settings)
  const scope =
    a.quotaScope === 'unit'
      ? t('annualReport.notes.scopeUnit')
      : a.departmentGradeShares
        ? t('annualReport.notes.scopeDepartmentsShares', {
            shares: Object.entries(a.departmentGradeShares)
              .map(([g, s]) => `${g} ${percent(s)}`)
              .join('、'),
            cap: percent(a.departmentQuotaCap),
          })
        : t('annualReport.notes.scopeDepartments')
  const quotas = input.results.departmentQuotas
  return [
    [t('annualReport.notes.weights'), t('annualReport.notes.weightsValue', { annual: percent(a.weights.annual), quarterly: percent(a.weights.quarterly) })],
    [t('annualReport.notes.thresholds'), t('annualReport.notes.thresholdsValue', a.thresholds)],
    [t('annualReport.notes.excellent'), t('annualReport.notes.excellentValue', { min: a.excellentMin, quarters: a.excellentMinGoodQuarters })],
    [t('annualReport.notes.excellentQuota'), t('annualReport.notes.excellentQuotaValue', { share: percent(a.excellentQuota) })],
    [t('annualReport.notes.ballotCap'), t('annualReport.notes.ballotCapValue', { share: percent(a.ballotCapShare) })],
    [t('annualReport.notes.fairCap'), t('annualReport.notes.fairCapValue', { n: a.fairQuartersCap })],
    [t('annualReport.notes.quotaScope'), scope],
    [
      t('annualReport.notes.departmentQuotas'),
      quotas ? quotas.map((q) => t('annualReport.notes.departmentQuotaValue', q)).join('\n') : t('annualReport.notes.noDepartmentQuotas'),
    ],
  ]
}

export function annualSummarySheet(input: AnnualReportInput): TableSheet {
  const { departments, total } = summariseDepartments(input.results.rows, input.departmentOrder, isAnnuallyGraded)
  const grades = summaryGrades(annualGrades, total)
  const line = (s: DepartmentSummary): CellInput[] => [s.department, s.headcount, s.graded, ...gradeCells(s, grades)]
  return {
    name: t('report.sheet.summary'),
    title: t('annualReport.title.summary', titled(input)),
    columns: [
      { header: t('report.col.department'), kind: 'text' },
      { header: t('report.col.headcount'), kind: 'integer', align: 'center' },
      { header: t('report.col.graded'), kind: 'integer', align: 'center' },
      ...gradeColumns(grades),
    ],
    rows: [...departments.map(line), line(total)],
    emphasiseLastRow: true,
    freezeColumns: 1,
    notes: [t('annualReport.summary.note')],
  }
}

/** Quarter n of the year: the period ids the annual detail names (2025-Q1 …). */
function quarterGrade(row: ResultRow, year: number, n: number): string | null {
  return row.annual?.quarters.find((q) => q.period === `${year}-Q${n}`)?.grade ?? null
}

function twoDecimals(x: number | null | undefined): number | null {
  return x === null || x === undefined ? null : roundHalfUp(x, 2)
}

export function annualDetailSheet(input: AnnualReportInput): TableSheet {
  const dims = input.results.dimensions
  const year = input.period.year
  const quarters = [1, 2, 3, 4] as const
  const columns: TableColumn[] = [
    { header: t('report.col.seq'), kind: 'integer', align: 'center' },
    { header: t('report.col.department'), kind: 'text' },
    { header: t('report.col.staffNo'), kind: 'text', align: 'center' },
    { header: t('report.col.name'), kind: 'text', align: 'center' },
    ...dims.map((d): TableColumn => ({ header: d.name, group: t('report.col.dimensions'), kind: 'score' })),
    ...quarters.map((n): TableColumn => ({ header: t(`annualReport.col.q${n as 1 | 2 | 3 | 4}`), group: t('annualReport.col.quarterGrades'), kind: 'text', align: 'center' })),
    { header: t('annualReport.col.quarterMean'), kind: 'score', width: { max: 10 } },
    { header: t('annualReport.col.assessment'), kind: 'score', width: { max: 10 } },
    { header: t('annualReport.col.score'), kind: 'score' },
    { header: t('report.col.rank'), kind: 'integer', align: 'center' },
    { header: t('annualReport.col.proposedGrade'), kind: 'text', align: 'center' },
    { header: t('annualReport.col.grade'), kind: 'text', align: 'center' },
    { header: t('annualReport.col.flags'), kind: 'text', wrap: true, width: { min: 16, max: 40 } },
  ]
  const rows = input.results.rows.map((r, i): CellInput[] => [
    i + 1,
    r.department,
    r.staffNo,
    r.name,
    ...dims.map((d) => r.dimensions[d.code] ?? null),
    ...quarters.map((n) => quarterGrade(r, year, n)),
    twoDecimals(r.annual?.quarterMean),
    twoDecimals(r.annual?.assessment),
    r.total,
    r.rank,
    r.proposedGrade,
    r.grade,
    [...r.flags.map((f) => f.text), ...r.notes].join('；'),
  ])
  return {
    name: t('report.sheet.detail'),
    title: t('annualReport.title.detail', titled(input)),
    columns,
    rows,
    freezeColumns: 4,
    notes: [t('annualReport.detail.note')],
  }
}

/** The unit's counts and shares per grade: the table under the chart. */
export function distributionCounts(input: AnnualReportInput): { grade: string; count: number; share: number | null }[] {
  const { total } = summariseDepartments(input.results.rows, [], isAnnuallyGraded)
  return annualReportGrades.map((g) => {
    const n = total.counts.get(g) ?? 0
    const base = g === UNDETERMINED ? total.headcount : total.graded
    return { grade: g, count: n, share: base > 0 ? n / base : null }
  })
}

export function distributionSheet(input: AnnualReportInput): TableSheet {
  const counts = distributionCounts(input)
  const headcount = input.results.rows.length
  const graded = counts.filter((c) => c.grade !== UNDETERMINED).reduce((n, c) => n + c.count, 0)
  return {
    name: t('annualReport.sheet.distribution'),
    title: t('annualReport.title.distribution', titled(input)),
    columns: [
      // as wide as the chart below it, so the page holds both at the same scale
      { header: t('report.col.grade'), kind: 'text', align: 'center', width: { min: 24 } },
      { header: t('report.col.count'), kind: 'integer', align: 'center', width: { min: 20 } },
      { header: t('annualReport.col.shareOfGraded'), kind: 'percent', width: { min: 22 } },
      { header: t('annualReport.col.shareOfAll'), kind: 'percent', width: { min: 22 } },
    ],
    rows: [
      ...counts.map((c): CellInput[] => [c.grade, c.count, c.share, headcount > 0 ? c.count / headcount : null]),
      [t('annualReport.distribution.total'), headcount, null, headcount > 0 ? 1 : null],
    ],
    emphasiseLastRow: true,
    notes: [t('annualReport.distribution.note'), `${t('report.notes.graded')}：${graded}`],
  }
}

export function annualNoticeSheet(input: AnnualReportInput): TableSheet {
  const notice = input.notice
  const grades = notice?.grades ?? [EXCELLENT]
  const people = notice
    ? notice.people
    : input.results.rows.filter((r) => r.grade === EXCELLENT).map((r) => ({ name: r.name, department: r.department, total: r.total, grade: r.grade }))
  const notes = notice
    ? [t('annualReport.notice.dates', { start: input.formatDate(notice.startDate), end: input.formatDate(notice.endDate), days: notice.workingDays, by: notice.publishedBy })]
    : [t('annualReport.notice.none')]
  return {
    name: t('report.sheet.notice'),
    title: t('annualReport.title.notice', { ...titled(input), grades: grades.join('、') }),
    columns: [
      { header: t('report.col.seq'), kind: 'integer', align: 'center' },
      { header: t('report.col.department'), kind: 'text', width: { min: 16 } },
      { header: t('report.col.name'), kind: 'text', align: 'center', width: { min: 12 } },
      { header: t('annualReport.col.score'), kind: 'score', width: { min: 10 } },
      { header: t('report.col.grade'), kind: 'text', align: 'center', width: { min: 10 } },
    ],
    rows: people.map((p, i) => [i + 1, p.department, p.name, p.total, p.grade]),
    notes: [...notes, t('report.notice.count', { n: people.length }), t('report.notice.objection')],
  }
}

export function usesSheet(input: AnnualReportInput): TableSheet {
  const rows: CellInput[][] = []
  for (const list of input.uses.lists) {
    for (const item of list.items) {
      rows.push([rows.length + 1, list.title, item.department, item.name, item.basis, item.action, t(`annualReport.status.${item.status}`), item.note])
    }
  }
  return {
    name: t('annualReport.sheet.uses'),
    title: t('annualReport.title.uses', titled(input)),
    columns: [
      { header: t('report.col.seq'), kind: 'integer', align: 'center' },
      { header: t('annualReport.col.kind'), kind: 'text', wrap: true, width: { min: 10, max: 16 } },
      { header: t('report.col.department'), kind: 'text' },
      { header: t('report.col.name'), kind: 'text', align: 'center' },
      { header: t('annualReport.col.basis'), kind: 'text', wrap: true, width: { min: 16, max: 36 } },
      { header: t('annualReport.col.action'), kind: 'text', wrap: true, width: { min: 16, max: 30 } },
      { header: t('annualReport.col.status'), kind: 'text', align: 'center' },
      { header: t('annualReport.col.note'), kind: 'text', wrap: true, width: { min: 10, max: 24 } },
    ],
    rows,
    freezeColumns: 4,
    notes: rows.length === 0 ? [t('annualReport.uses.none')] : [],
  }
}
