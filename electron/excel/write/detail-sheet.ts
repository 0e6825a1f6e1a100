import { t } from '../../../shared/i18n'
import type { ResultRow } from '../../../shared/contract'
import type { CellInput, TableColumn, TableSheet } from './table-sheet'
import type { PeriodReportInput } from './report-input'
import { scopeNotes } from './report-words'

/** A 明细 column and what each person shows in it. */
export interface DetailColumn extends TableColumn {
  cell(row: ResultRow, index: number): CellInput
}

export const rankColumn = (): DetailColumn => ({ header: t('report.col.rank'), kind: 'integer', align: 'center', cell: (r) => r.rank })

/**
 * 明细 of the period and annual reports: a person a row in the results' order — 序号, 部门, 工号,
 * 姓名 (kept in view), the dimension scores under one group header, then the report's own columns.
 */
export function detailSheet(input: PeriodReportInput, spec: { title: string; note: string; columns: DetailColumn[] }): TableSheet {
  const dims = input.results.dimensions
  const columns: DetailColumn[] = [
    { header: t('report.col.seq'), kind: 'integer', align: 'center', cell: (_, i) => i + 1 },
    { header: t('report.col.department'), kind: 'text', cell: (r) => r.department },
    { header: t('report.col.staffNo'), kind: 'text', align: 'center', cell: (r) => r.staffNo },
    { header: t('report.col.name'), kind: 'text', align: 'center', cell: (r) => r.name },
    ...dims.map((d): DetailColumn => ({ header: d.name, group: t('report.col.dimensions'), kind: 'score', cell: (r) => r.dimensions[d.code] ?? null })),
    ...spec.columns,
  ]
  return {
    name: t('report.sheet.detail'),
    title: spec.title,
    columns,
    rows: input.results.rows.map((r, i) => columns.map((c) => c.cell(r, i))),
    freezeColumns: 4,
    notes: [spec.note, ...scopeNotes(input, 'report.scope.detailNote')],
  }
}
