import { t } from '../../../shared/i18n'
import type { ResultRow } from '../../../shared/contract'
import { annualGrades } from '../../../shared/domain/annual-grades'
import { roundHalfUp } from '../../../shared/domain/rounding'
import type { CellInput, TableSheet } from './table-sheet'
import type { AnnualReportInput } from './annual-report-input'
import { assessmentTitled, scopeNotes } from './report-words'
import { annualRuleRows, ruleRows } from './rule-rows'
import { basicNoteRows, notesSheet } from './notes-sheet'
import { gradeSummarySheet } from './grade-summary-sheet'
import { detailSheet, rankColumn, type DetailColumn } from './detail-sheet'
import { noticeListSheet } from './notice-list-sheet'
import { summariseDepartments, UNDETERMINED } from './department-counts'

/**
 * The sheets of the annual report. 说明, 汇总, 明细 and 公示名单 are the period report's layouts
 * filled with what a year says (who computed it, its status, the annual rules, the quarters'
 * grades, 优秀); 等次分布 and 结果运用 are the year's alone.
 */

/** The grades 等次分布 counts, in the order the rules rank them, then 不定等次. */
const annualReportGrades = [...annualGrades, UNDETERMINED] as const

const EXCELLENT = annualGrades[0]

function isAnnuallyGraded(row: ResultRow): boolean {
  return (annualGrades as readonly string[]).includes(row.grade)
}

export function annualNotesSheet(input: AnnualReportInput): TableSheet {
  const { results, period } = input
  const basic = basicNoteRows(input, {
    identity: [
      [t('annualReport.notes.year'), t('annualReport.notes.yearValue', { year: period.year })],
      [t('report.notes.periodName'), `${period.name}（${period.id}）`],
    ],
    computation: [
      [t('annualReport.notes.computedBy'), input.computedBy],
      [t('annualReport.notes.status'), input.status],
      [t('annualReport.notes.sensitive'), t(`annualReport.notes.sensitive.${input.sensitive}`)],
    ],
    quotaItem: t('annualReport.notes.quotaGrade'),
    top: [t('annualReport.notes.excellentCount'), EXCELLENT],
  })
  return notesSheet(t('annualReport.title.notes', assessmentTitled(input)), [
    { title: t('report.notes.section.basic'), rows: basic },
    { title: t('report.notes.section.rules'), rows: ruleRows(results.settings, 'annual') },
    { title: t('annualReport.notes.section.annual'), rows: annualRuleRows(results) },
  ])
}

export function annualSummarySheet(input: AnnualReportInput): TableSheet {
  return gradeSummarySheet(input, {
    name: t('report.sheet.summary'),
    title: t('annualReport.title.summary', assessmentTitled(input)),
    scale: annualGrades,
    notes: [t('annualReport.summary.note')],
  })
}

function twoDecimals(x: number | null | undefined): number | null {
  return x === null || x === undefined ? null : roundHalfUp(x, 2)
}

export function annualDetailSheet(input: AnnualReportInput): TableSheet {
  const year = input.period.year
  // the quarters are the period ids the year was computed from: 2025-Q1 …
  const quarters = ([1, 2, 3, 4] as const).map(
    (n): DetailColumn => ({
      header: t(`annualReport.col.q${n}`),
      group: t('annualReport.col.quarterGrades'),
      kind: 'text',
      align: 'center',
      cell: (r) => r.annual?.quarters.find((q) => q.period === `${year}-Q${n}`)?.grade ?? null,
    }),
  )
  return detailSheet(input, {
    title: t('annualReport.title.detail', assessmentTitled(input)),
    note: t('annualReport.detail.note'),
    columns: [
      ...quarters,
      { header: t('annualReport.col.quarterMean'), kind: 'score', width: { max: 10 }, cell: (r) => twoDecimals(r.annual?.quarterMean) },
      { header: t('annualReport.col.assessment'), kind: 'score', width: { max: 10 }, cell: (r) => twoDecimals(r.annual?.assessment) },
      { header: t('annualReport.col.score'), kind: 'score', cell: (r) => r.total },
      rankColumn(),
      { header: t('annualReport.col.proposedGrade'), kind: 'text', align: 'center', cell: (r) => r.proposedGrade },
      { header: t('annualReport.col.grade'), kind: 'text', align: 'center', cell: (r) => r.grade },
      { header: t('annualReport.col.flags'), kind: 'text', wrap: true, width: { min: 16, max: 40 }, cell: (r) => [...r.flags.map((f) => f.text), ...r.notes].join('；') },
    ],
  })
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
    title: t('annualReport.title.distribution', assessmentTitled(input)),
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
    notes: [t('annualReport.distribution.note'), `${t('report.notes.graded')}：${graded}`, ...scopeNotes(input, 'report.scope.listNote')],
  }
}

/** The published notice's list; before it is published, those graded 优秀, marked as not yet posted. */
export function annualNoticeSheet(input: AnnualReportInput): TableSheet {
  const notice = input.notice
  const grades = notice?.grades ?? [EXCELLENT]
  return noticeListSheet({
    title: t('annualReport.title.notice', { ...assessmentTitled(input), grades: grades.join('、') }),
    scoreHeader: t('annualReport.col.score'),
    people: notice ? notice.people : input.results.rows.filter((r) => r.grade === EXCELLENT),
    notes: [
      ...(notice
        ? [t('annualReport.notice.dates', { start: input.formatDate(notice.startDate), end: input.formatDate(notice.endDate), days: notice.workingDays, by: notice.publishedBy })]
        : [t('annualReport.notice.none')]),
      ...scopeNotes(input, 'report.scope.listNote'),
    ],
  })
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
    title: t('annualReport.title.uses', assessmentTitled(input)),
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
    notes: [...(rows.length === 0 ? [t('annualReport.uses.none')] : []), ...scopeNotes(input, 'report.scope.listNote')],
  }
}
