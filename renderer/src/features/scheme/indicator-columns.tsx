import type { ColDef, ICellRendererParams } from 'ag-grid-community'
import type { Indicator } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { TREE_COL_ID, TreeCell, type TreeRow } from '../../components/tree-grid'
import { percent } from '../../lib/format'
import { WeightSumBadge } from './weight-sum-badge'
import type { WeightSum } from '../../../../shared/domain/weight-sums'

type Row = TreeRow<Indicator>

export function indicatorColumns(opts: { editable: boolean; sums: Map<string, WeightSum> }): ColDef<Row>[] {
  const { editable, sums } = opts
  return [
    {
      colId: TREE_COL_ID,
      headerName: t('ui.indicator.code'),
      valueGetter: (p) => p.data?.data.code,
      cellRenderer: TreeCell,
      width: 170,
      pinned: 'left',
    },
    {
      colId: 'name',
      headerName: t('ui.indicator.name'),
      valueGetter: (p) => p.data?.data.name,
      valueParser: (p) => String(p.newValue ?? '').trim(),
      editable,
      flex: 1,
      minWidth: 180,
      cellClass: (p) => (p.data && p.data.childCount > 0 ? 'cell-strong' : undefined),
    },
    {
      colId: 'weight',
      headerName: t('ui.indicator.weight'),
      valueGetter: (p) => (p.data ? p.data.data.weight * 100 : null),
      valueFormatter: (p) => (p.value === null || p.value === undefined ? '' : percent((p.value as number) / 100)),
      valueParser: (p) => parsePercent(p.newValue),
      editable,
      cellEditor: 'agTextCellEditor',
      type: 'rightAligned',
      width: 110,
      cellClass: editable ? ['ag-right-aligned-cell', 'cell-editable'] : 'ag-right-aligned-cell',
      headerTooltip: editable ? t('ui.scheme.weightEditHint') : t('ui.scheme.frozenHint'),
    },
    {
      colId: 'weightSum',
      headerName: t('ui.indicator.weightSum'),
      width: 130,
      cellRenderer: (p: ICellRendererParams<Row>) => {
        const s = p.data ? sums.get(p.data.id) : undefined
        return s ? <WeightSumBadge sum={s} /> : null
      },
    },
    { colId: 'layer', headerName: t('ui.indicator.layer'), valueGetter: (p) => p.data?.data.layer, width: 90 },
    { colId: 'nature', headerName: t('ui.indicator.nature'), valueGetter: (p) => p.data?.data.nature ?? '', width: 90 },
    { colId: 'mode', headerName: t('ui.indicator.mode'), valueGetter: (p) => p.data?.data.mode, width: 110 },
    {
      colId: 'scope',
      headerName: t('ui.indicator.scope'),
      valueGetter: (p) => p.data?.data.scope.join(t('ui.listSeparator')) || t('ui.indicator.scopeAll'),
      width: 150,
    },
    {
      colId: 'description',
      headerName: t('ui.indicator.description'),
      valueGetter: (p) => p.data?.data.description ?? '',
      valueParser: (p) => String(p.newValue ?? '').trim(),
      editable,
      flex: 1,
      minWidth: 200,
    },
  ]
}

/** "15", "15%", "15 %" and "１５％" all mean 15 %; anything else is not a number. */
export function parsePercent(raw: unknown): number {
  if (typeof raw === 'number') return raw
  const s = String(raw ?? '')
    .normalize('NFKC')
    .replace(/[%\s]/g, '')
  return s === '' ? Number.NaN : Number(s)
}
