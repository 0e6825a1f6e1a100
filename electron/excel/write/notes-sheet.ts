import { t } from '../../../shared/i18n'
import type { CellInput, TableSheet } from './table-sheet'
import type { PeriodReportInput } from './report-input'
import { localDateTime } from './report-words'

export type NoteRow = [item: string, value: CellInput]

export interface NoteSection {
  title: string
  rows: NoteRow[]
}

/** 说明 of the period and annual reports: section, item, value; a section's name on its first row only. */
export function notesSheet(title: string, sections: readonly NoteSection[]): TableSheet {
  return {
    name: t('report.sheet.notes'),
    title,
    columns: [
      { header: t('report.notes.col.section'), kind: 'text', align: 'center' },
      { header: t('report.notes.col.item'), kind: 'text' },
      { header: t('report.notes.col.value'), kind: 'text', align: 'left', wrap: true, width: { min: 30, max: 54 } },
    ],
    rows: sections.flatMap((s) => s.rows.map(([item, value], i): CellInput[] => [i === 0 ? s.title : null, item, value])),
  }
}

export interface BasicNoteWords {
  /** how the period is named, after the unit */
  identity: NoteRow[]
  /** after the computation time: who computed it, where the period stands */
  computation: NoteRow[]
  /** the item naming the quota of the top grade */
  quotaItem: string
  /** the item counting those given the top grade, and that grade */
  top: [item: string, grade: string]
}

/**
 * The 基本情况 rows: unit, period, dates, scheme, dimensions, when computed, headcounts, the top
 * grade's quota and count. A limited report says its scope after the unit, counts only its own
 * people (those graded: those ranked) and marks the quota as the unit's.
 */
export function basicNoteRows(input: PeriodReportInput, words: BasicNoteWords): NoteRow[] {
  const { results, period, scheme, scope } = input
  const graded = scope ? results.rows.filter((r) => r.rank !== null).length : results.graded
  const quota = t(scope ? 'report.notes.unitQuotaValue' : 'report.notes.goodQuotaValue', { quota: results.goodQuota })
  return [
    [t('report.notes.unit'), input.unitName],
    ...(input.unitParent ? ([[t('exportName.notes.parent'), input.unitParent]] satisfies NoteRow[]) : []),
    ...(scope
      ? ([
          [t('report.notes.scope'), t('report.notes.scopeValue', { scope })],
          [t('report.notes.scopeCounts'), t('report.notes.scopeCountsValue', { scope })],
        ] satisfies NoteRow[])
      : []),
    ...words.identity,
    [t('report.notes.periodDates'), t('report.notes.dateRange', { start: period.startDate, end: period.endDate })],
    [t('report.notes.scheme'), t('report.notes.schemeValue', { name: scheme.name, version: scheme.version })],
    [t('report.notes.dimensions'), results.dimensions.map((d) => t('report.notes.dimension', d)).join('、')],
    [t('report.notes.computedAt'), results.computedAt ? localDateTime(results.computedAt) : ''],
    ...words.computation,
    [t('report.notes.headcount'), results.rows.length],
    [t('report.notes.graded'), graded],
    [words.quotaItem, quota],
    [words.top[0], results.rows.filter((r) => r.grade === words.top[1]).length],
  ]
}
