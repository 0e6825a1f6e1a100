import type { ColDef, ValueFormatterParams } from 'ag-grid-community'
import type { PeriodResults, ResultRow } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { fixed2 } from '../../lib/format'
import { GradeChip } from './grade-chip'

const score = (p: ValueFormatterParams<ResultRow>) => fixed2(p.value as number | null)
/** nulls (不定等次) after every number, whichever way the column is sorted */
const nullsLast = (a: number | null, b: number | null, _na: unknown, _nb: unknown, desc: boolean) => {
  if (a === null && b === null) return 0
  if (a === null) return desc ? -1 : 1
  if (b === null) return desc ? 1 : -1
  return a - b
}

export function resultColumns(dimensions: PeriodResults['dimensions']): ColDef<ResultRow>[] {
  return [
    { field: 'rank', headerName: t('ui.results.rank'), width: 90, type: 'rightAligned', sort: 'asc', comparator: nullsLast, filter: 'agNumberColumnFilter', pinned: 'left' },
    { field: 'staffNo', headerName: t('ui.person.staffNo'), width: 100, pinned: 'left' },
    { field: 'name', headerName: t('ui.person.name'), width: 100, pinned: 'left' },
    { field: 'department', headerName: t('ui.person.department'), width: 150 },
    ...dimensions.map(
      (d): ColDef<ResultRow> => ({
        colId: `dim-${d.code}`,
        headerName: d.name,
        headerTooltip: d.code,
        valueGetter: (p) => p.data?.dimensions[d.code] ?? null,
        valueFormatter: score,
        comparator: nullsLast,
        type: 'rightAligned',
        filter: 'agNumberColumnFilter',
        width: 84,
      }),
    ),
    {
      field: 'total',
      headerName: t('ui.results.total'),
      width: 100,
      type: 'rightAligned',
      valueFormatter: score,
      comparator: nullsLast,
      filter: 'agNumberColumnFilter',
      cellClass: 'cell-strong',
    },
    {
      field: 'grade',
      headerName: t('ui.results.grade'),
      width: 100,
      cellRenderer: (p: { value: string }) => <GradeChip grade={p.value} />,
    },
    {
      field: 'notes',
      headerName: t('ui.results.notes'),
      flex: 1,
      minWidth: 160,
      valueFormatter: (p) => (Array.isArray(p.value) ? (p.value as string[]).join(t('ui.noteSeparator')) : ''),
      tooltipValueGetter: (p) => (Array.isArray(p.value) ? (p.value as string[]).join('\n') : null),
      filterValueGetter: (p) => p.data?.notes.join(' ') ?? '',
      getQuickFilterText: (p) => p.data?.notes.join(' ') ?? '',
    },
  ]
}
