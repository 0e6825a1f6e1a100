import type { ColDef } from 'ag-grid-community'
import type { BallotRow, InputRowBase, MeasureRow, SatisfactionRow } from '../../../../shared/contract'
import { ballotVotes, satisfactionResponses } from '../../../../shared/domain/input-counts'
import { t, type MessageKey } from '../../../../shared/i18n'
import { dateTime, percent } from '../../lib/format'

export type ListedKind = 'satisfaction' | 'ballots' | 'measures'

const count = (colId: string, key: MessageKey, get: (r: never) => number | null, width = 72): ColDef =>
  ({
    colId,
    headerName: t(key),
    width,
    minWidth: 56,
    type: 'rightAligned',
    filter: 'agNumberColumnFilter',
    // narrow figures: their header wraps (Fairly satisfied, 基本满意) rather than being cut
    wrapHeaderText: true,
    autoHeaderHeight: true,
    valueGetter: (p: { data?: never }) => (p.data ? get(p.data) : null),
  }) as ColDef

/** Whose row, which item; then the kind's own figures; then where it came from (file, row, when). */
function around<R extends InputRowBase>(figures: ColDef<R>[]): ColDef<R>[] {
  const whose: ColDef<InputRowBase>[] = [
    { field: 'staffNo', colId: 'staffNo', headerName: t('ui.person.staffNo'), width: 84, pinned: 'left', valueFormatter: (p) => p.value ?? '—' },
    { field: 'name', colId: 'name', headerName: t('ui.person.name'), width: 76, pinned: 'left', valueFormatter: (p) => p.value ?? t('ui.inputList.wholeDepartment') },
    { field: 'department', colId: 'department', headerName: t('ui.person.department'), width: 112, tooltipField: 'department' },
    { field: 'indicatorCode', colId: 'indicatorCode', headerName: t('ui.indicator.code'), width: 64, minWidth: 56 },
    { field: 'indicatorName', colId: 'indicatorName', headerName: t('ui.indicator.name'), width: 126, tooltipField: 'indicatorName' },
  ]
  const source: ColDef<InputRowBase>[] = [
    // the file and its row in one column: where to look in the clerk's own workbook
    {
      colId: 'fileName',
      headerName: t('ui.inputList.col.file'),
      width: 150,
      valueGetter: (p) => (p.data?.fileName ? `${p.data.fileName}${p.data.sourceRow === null ? '' : ` · ${t('ui.inputList.fileRow', { row: p.data.sourceRow })}`}` : '—'),
      tooltipValueGetter: (p) => (p.value as string | null) ?? '',
    },
    // the time is the batch's, chosen above the grid; AG Grid's date filter would ask for it month-first
    { field: 'importedAt', colId: 'importedAt', headerName: t('ui.inputList.col.importedAt'), width: 140, filter: false, valueFormatter: (p) => dateTime(p.value as string | null) },
  ]
  // the shared columns read only what every input row has
  return [...(whose as ColDef<R>[]), ...figures, ...(source as ColDef<R>[])]
}

export const satisfactionColumns = (): ColDef<SatisfactionRow>[] =>
  around<SatisfactionRow>([
    count('satisfied', 'ui.inputList.col.satisfied', (r: SatisfactionRow) => r.satisfied),
    count('basicSatisfied', 'ui.inputList.col.basicSatisfied', (r: SatisfactionRow) => r.basic, 80),
    count('dissatisfied', 'ui.inputList.col.dissatisfied', (r: SatisfactionRow) => r.dissatisfied),
    { ...count('rate', 'ui.inputList.col.rate', (r: SatisfactionRow) => r.rate), valueFormatter: (p) => (p.value === null || p.value === undefined ? '—' : `${percent(p.value as number)}%`) },
    count('responses', 'ui.inputList.col.responses', (r: SatisfactionRow) => satisfactionResponses([r])),
  ] as ColDef<SatisfactionRow>[])

export const ballotColumns = (): ColDef<BallotRow>[] =>
  around<BallotRow>([
    count('excellent', 'ui.inputList.col.excellent', (r: BallotRow) => r.excellent),
    count('competent', 'ui.inputList.col.competent', (r: BallotRow) => r.competent),
    count('basic', 'ui.inputList.col.basic', (r: BallotRow) => r.basic),
    count('incompetent', 'ui.inputList.col.incompetent', (r: BallotRow) => r.incompetent, 84),
    count('unknown', 'ui.inputList.col.unknown', (r: BallotRow) => r.unknown),
    count('votes', 'ui.inputList.col.votes', (r: BallotRow) => ballotVotes([r])),
  ] as ColDef<BallotRow>[])

export const measureColumns = (): ColDef<MeasureRow>[] => around<MeasureRow>([count('actual', 'ui.inputList.col.actual', (r: MeasureRow) => r.actual, 90)] as ColDef<MeasureRow>[])
