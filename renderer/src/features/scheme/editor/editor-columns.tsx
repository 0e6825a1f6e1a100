import type { CellClassParams, ColDef, EditableCallbackParams, ICellRendererParams, ValueFormatterParams } from 'ag-grid-community'
import { directions, indicatorLayers, scoringModes } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { TREE_COL_ID, TreeCell } from '../../../components/tree-grid'
import { percent } from '../../../lib/format'
import { treeText } from '../../../../../shared/grid-export/snapshot'
import { exportText } from '../../../components/grid-export'
import { WeightSumBadge, weightSumText } from '../weight-sum-badge'
import { applies, type EditCol } from './cell-values'
import { editorOf } from './editor-context'
import type { EditorRow } from './editor-rows'
import { ScopeEditor } from './scope-editor'


const editableIn = (col: EditCol) => (p: EditableCallbackParams<EditorRow>) => {
  const ctx = editorOf(p.context)
  return !!p.data && !!ctx && !ctx.readOnly() && applies(p.data.data, col)
}

const cellClassFor = (col: EditCol, extra?: (p: CellClassParams<EditorRow>) => string | undefined) => (p: CellClassParams<EditorRow>) => {
  const classes: string[] = []
  if (p.data && !applies(p.data.data, col)) classes.push('cell-na')
  const more = extra?.(p)
  if (more) classes.push(more)
  return classes
}

/** Weight in percent without float noise (0.15 → 15), as the editor shows it. */
export const weightPercent = (w: number) => Math.round(w * 1e8) / 1e6

const keepText = (p: { newValue: unknown }) => p.newValue

function blankUnlessApplies(col: EditCol) {
  return (p: ValueFormatterParams<EditorRow>) => (p.data && !applies(p.data.data, col) ? '' : p.value === null || p.value === undefined ? '' : String(p.value))
}

export function editorColumns(): ColDef<EditorRow>[] {
  return [
    {
      colId: TREE_COL_ID,
      headerName: t('ui.indicator.code'),
      valueGetter: (p) => p.data?.data.code,
      valueParser: keepText,
      cellRenderer: TreeCell,
      // the sheet keeps the tree's indentation: the rows are the visible ones, collapsed branches left out
      context: exportText<EditorRow>((code, row) => treeText(row?.depth ?? 0, String(code ?? ''))),
      editable: editableIn('tree'),
      width: 190,
      pinned: 'left',
    },
    {
      colId: 'name',
      headerName: t('ui.indicator.name'),
      valueGetter: (p) => p.data?.data.name,
      valueParser: keepText,
      editable: editableIn('name'),
      width: 200,
      pinned: 'left',
      cellClass: (p) => (p.data && p.data.childCount > 0 ? 'cell-strong' : undefined),
      tooltipValueGetter: (p) => p.data?.data.name,
    },
    {
      colId: 'weight',
      headerName: t('ui.indicator.weight'),
      valueGetter: (p) => (p.data ? weightPercent(p.data.data.weight) : null),
      valueFormatter: (p) => (p.value === null || p.value === undefined ? '' : percent((p.value as number) / 100)),
      valueParser: keepText,
      editable: editableIn('weight'),
      type: 'rightAligned',
      width: 96,
      cellClass: (p) => (p.data && p.data.data.weight === 0 ? ['ag-right-aligned-cell', 'cell-zero'] : 'ag-right-aligned-cell'),
      headerTooltip: t('ui.scheme.weightEditHint'),
    },
    {
      colId: 'weightSum',
      headerName: t('ui.indicator.weightSum'),
      width: 130,
      cellRenderer: (p: ICellRendererParams<EditorRow>) => (p.data?.sum ? <WeightSumBadge sum={p.data.sum} /> : null),
      context: exportText<EditorRow>((_, row) => (row?.sum ? weightSumText(row.sum) : null)),
    },
    {
      colId: 'layer',
      headerName: t('ui.indicator.layer'),
      valueGetter: (p) => p.data?.data.layer,
      valueParser: keepText,
      editable: editableIn('layer'),
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...indicatorLayers] },
      width: 80,
    },
    {
      colId: 'scope',
      headerName: t('ui.indicator.scope'),
      valueGetter: (p) => p.data?.data.scope,
      valueFormatter: (p) => {
        if (!p.data) return ''
        if (p.data.data.layer !== '个性') return t('ui.indicator.scopeAll')
        return p.data.data.scope.length ? p.data.data.scope.join(t('ui.listSeparator')) : t('ui.schemeEdit.scopeMissing')
      },
      valueParser: keepText,
      editable: editableIn('scope'),
      cellEditor: ScopeEditor,
      cellEditorPopup: true,
      width: 150,
      // not hatched where it does not apply: "全体" says who it covers
      cellClass: (p) => (!p.data ? undefined : p.data.data.layer !== '个性' ? 'cell-muted' : p.data.data.scope.length === 0 ? 'cell-warn' : undefined),
      tooltipValueGetter: (p) => p.valueFormatted ?? '',
    },
    {
      colId: 'nature',
      headerName: t('ui.indicator.nature'),
      valueGetter: (p) => p.data?.data.nature ?? '',
      valueParser: keepText,
      editable: editableIn('nature'),
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: ['数量', '质量', ''], formatValue: (v: string) => v || t('ui.schemeEdit.natureNone') },
      width: 76,
    },
    {
      colId: 'mode',
      headerName: t('ui.indicator.mode'),
      valueGetter: (p) => p.data?.data.mode,
      valueParser: keepText,
      editable: editableIn('mode'),
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...scoringModes] },
      width: 96,
    },
    {
      colId: 'target',
      headerName: t('ui.schemeEdit.target'),
      valueGetter: (p) => p.data?.data.target,
      valueFormatter: blankUnlessApplies('target'),
      valueParser: keepText,
      editable: editableIn('target'),
      type: 'rightAligned',
      width: 90,
      cellClass: cellClassFor('target', () => 'ag-right-aligned-cell'),
    },
    {
      colId: 'direction',
      headerName: t('ui.schemeEdit.direction'),
      valueGetter: (p) => p.data?.data.direction,
      valueFormatter: blankUnlessApplies('direction'),
      valueParser: keepText,
      editable: editableIn('direction'),
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...directions] },
      width: 100,
      cellClass: cellClassFor('direction'),
    },
    {
      colId: 'cap',
      headerName: t('ui.schemeEdit.cap'),
      valueGetter: (p) => p.data?.data.cap,
      valueFormatter: blankUnlessApplies('cap'),
      valueParser: keepText,
      editable: editableIn('cap'),
      type: 'rightAligned',
      width: 76,
      cellClass: cellClassFor('cap', () => 'ag-right-aligned-cell'),
    },
    {
      colId: 'validFrom',
      headerName: t('ui.schemeEdit.validFrom'),
      valueGetter: (p) => p.data?.data.validFrom,
      valueFormatter: blankUnlessApplies('validFrom'),
      valueParser: keepText,
      editable: editableIn('validFrom'),
      cellEditor: 'agDateStringCellEditor',
      width: 120,
      cellClass: cellClassFor('validFrom'),
    },
    {
      colId: 'validTo',
      headerName: t('ui.schemeEdit.validTo'),
      valueGetter: (p) => p.data?.data.validTo,
      valueFormatter: blankUnlessApplies('validTo'),
      valueParser: keepText,
      editable: editableIn('validTo'),
      cellEditor: 'agDateStringCellEditor',
      width: 120,
      cellClass: cellClassFor('validTo'),
    },
    {
      colId: 'description',
      headerName: t('ui.schemeEdit.definition'),
      headerTooltip: t('ui.schemeEdit.definitionHint'),
      valueGetter: (p) => p.data?.data.description ?? '',
      valueParser: keepText,
      editable: editableIn('description'),
      cellEditor: 'agLargeTextCellEditor',
      cellEditorPopup: true,
      cellEditorParams: { maxLength: 2000, rows: 6, cols: 50 },
      flex: 1,
      minWidth: 220,
      cellClass: (p) => (p.data && !p.data.data.description ? 'cell-warn-soft' : undefined),
      tooltipValueGetter: (p) => p.data?.data.description ?? '',
    },
  ]
}
