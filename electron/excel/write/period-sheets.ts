import { t } from '../../../shared/i18n'
import { quarterlyGrades } from '../../../shared/domain/quarterly-grades'
import type { TableSheet } from './table-sheet'
import type { PeriodReportInput } from './report-input'
import { periodTitled, scopeNotes } from './report-words'
import { ruleRows } from './rule-rows'
import { basicNoteRows, notesSheet } from './notes-sheet'
import { gradeSummarySheet } from './grade-summary-sheet'
import { detailSheet, rankColumn } from './detail-sheet'
import { noticeListSheet } from './notice-list-sheet'

/**
 * The sheets of the quarterly result workbook, each a shared layout filled with what a quarter
 * says: its id, the 好 quota and count, the quarterly rules and grades, 总分. A special period is
 * written the same way: its report counts the quarterly grades.
 */

const GOOD = quarterlyGrades[0]

export function periodNotesSheet(input: PeriodReportInput): TableSheet {
  const { period } = input
  const basic = basicNoteRows(input, {
    identity: [
      [t('report.notes.periodId'), period.id],
      [t('report.notes.periodName'), period.name],
    ],
    computation: [],
    quotaItem: t('report.notes.goodQuota'),
    top: [t('report.notes.goodCount'), GOOD],
  })
  return notesSheet(t('report.title.notes', periodTitled(input)), [
    { title: t('report.notes.section.basic'), rows: basic },
    { title: t('report.notes.section.rules'), rows: ruleRows(input.results.settings) },
  ])
}

export function periodSummarySheet(input: PeriodReportInput): TableSheet {
  return gradeSummarySheet(input, {
    name: t('report.sheet.summary'),
    title: t('report.title.summary', periodTitled(input)),
    scale: quarterlyGrades,
    notes: [t('report.summary.note')],
  })
}

export function periodDetailSheet(input: PeriodReportInput): TableSheet {
  return detailSheet(input, {
    title: t('report.title.detail', periodTitled(input)),
    note: t('report.detail.note'),
    columns: [
      { header: t('report.col.total'), kind: 'score', cell: (r) => r.total },
      rankColumn(),
      { header: t('report.col.grade'), kind: 'text', align: 'center', cell: (r) => r.grade },
      { header: t('report.col.remarks'), kind: 'text', wrap: true, width: { min: 16, max: 40 }, cell: (r) => r.notes.join('；') },
    ],
  })
}

export function periodNoticeSheet(input: PeriodReportInput): TableSheet {
  return noticeListSheet({
    title: t('report.title.notice', { ...periodTitled(input), grade: GOOD }),
    scoreHeader: t('report.col.total'),
    people: input.results.rows.filter((r) => r.grade === GOOD),
    notes: scopeNotes(input, 'report.scope.listNote'),
  })
}
