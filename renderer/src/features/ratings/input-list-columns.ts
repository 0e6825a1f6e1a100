import type { ColDef } from 'ag-grid-community'
import type { BallotRow, InputRowBase, MeasureRow, SatisfactionRow } from '../../../../shared/contract'
import { ballotVotes, satisfactionResponses } from '../../../../shared/domain/input-counts'
import { t, type MessageKey } from '../../../../shared/i18n'
import { dateTime, percent } from '../../lib/format'

export type ListedKind = 'satisfaction' | 'ballots' | 'measures'

const count = (colId: string, key: MessageKey, get: (r: never) => number | null, width = 64): ColDef =>
  ({
    colId,
    headerName: t(key),
    width,
    type: 'rightAligned',
    filter: 'agNumberColumnFilter',
    valueGetter: (p: { data?: never }) => (p.data ? get(p.data) : null),
  }) as ColDef

/** Whose row, which item; then the kind's own figures; then where it came from (file, row, when). */
function around<R extends InputRowBase>(figures: ColDef<R>[]): ColDef<R>[] {
  const whose: ColDef<InputRowBase>[] = [
    { field: 'staffNo', colId: 'staffNo', headerName: t('ui.person.staffNo'), width: 84, pinned: 'left', valueFormatter: (p) => p.value ?? '—' },
    { field: 'name', colId: 'name', headerName: t('ui.person.name'), width: 84, pinned: 'left', valueFormatter: (p) => p.value ?? t('ui.inputList.wholeDepartment') },
    { field: 'department', colId: 'department', headerName: t('ui.person.department'), width: 120, tooltipField: 'department' },
    { field: 'indicatorCode', colId: 'indicatorCode', headerName: t('ui.indicator.code'), width: 70 },
    { field: 'indicatorName', colId: 'indicatorName', headerName: t('ui.indicator.name'), width: 110, tooltipField: 'indicatorName' },
  ]
  const source: ColDef<InputRowBase>[] = [
    { field: 'fileName', colId: 'fileName', headerName: t('ui.inputList.col.file'), minWidth: 110, flex: 1, tooltipField: 'fileName' },
    { field: 'sourceRow', colId: 'sourceRow', headerName: t('ui.inputList.col.sourceRow'), width: 60, type: 'rightAligned' },
    { field: 'importedAt', colId: 'importedAt', headerName: t('ui.inputList.col.importedAt'), width: 132, valueFormatter: (p) => dateTime(p.value as string | null) },
  ]
  // the shared columns read only what every input row has
  return [...(whose as ColDef<R>[]), ...figures, ...(source as ColDef<R>[])]
}

export const satisfactionColumns = (): ColDef<SatisfactionRow>[] =>
  around<SatisfactionRow>([
    count('satisfied', 'ui.inputList.col.satisfied', (r: SatisfactionRow) => r.satisfied),
    count('basicSatisfied', 'ui.inputList.col.basicSatisfied', (r: SatisfactionRow) => r.basic, 76),
    count('dissatisfied', 'ui.inputList.col.dissatisfied', (r: SatisfactionRow) => r.dissatisfied),
    { ...count('rate', 'ui.inputList.col.rate', (r: SatisfactionRow) => r.rate), valueFormatter: (p) => (p.value === null || p.value === undefined ? '—' : `${percent(p.value as number)}%`) },
    count('responses', 'ui.inputList.col.responses', (r: SatisfactionRow) => satisfactionResponses([r])),
  ] as ColDef<SatisfactionRow>[])

export const ballotColumns = (): ColDef<BallotRow>[] =>
  around<BallotRow>([
    count('excellent', 'ui.inputList.col.excellent', (r: BallotRow) => r.excellent),
    count('competent', 'ui.inputList.col.competent', (r: BallotRow) => r.competent),
    count('basic', 'ui.inputList.col.basic', (r: BallotRow) => r.basic, 76),
    count('incompetent', 'ui.inputList.col.incompetent', (r: BallotRow) => r.incompetent),
    count('unknown', 'ui.inputList.col.unknown', (r: BallotRow) => r.unknown),
    count('votes', 'ui.inputList.col.votes', (r: BallotRow) => ballotVotes([r])),
  ] as ColDef<BallotRow>[])

export const measureColumns = (): ColDef<MeasureRow>[] => around<MeasureRow>([count('actual', 'ui.inputList.col.actual', (r: MeasureRow) => r.actual, 84)] as ColDef<MeasureRow>[])
