import { AgGridReact, type AgGridReactProps } from 'ag-grid-react'
import { AllCommunityModule, ModuleRegistry, themeQuartz, type ColDef, type GetLocaleTextParams, type GridApi, type GridReadyEvent } from 'ag-grid-community'
import { useState, type CSSProperties, type ReactNode, type Ref } from 'react'
import { isMessageKey, t } from '../../../shared/i18n'
import { exportGrid } from './grid-export'
import { TypedTextEditor } from './text-editor'
import { Checkbox } from './inputs'
import { useNotify } from './notify'
import { useSubmit } from '../lib/use-submit'
import { applyShown, ColumnChooser, useShownColumns, type OptionalColumn } from './column-chooser'
import './data-grid.css'

ModuleRegistry.registerModules([AllCommunityModule])

export const fontStack = ['"Microsoft YaHei"', '"PingFang SC"', '"Noto Sans CJK SC"', 'sans-serif']

/** Quiet office colours: navy accent, light grey header, thin borders; 14 px text for Chinese. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: fontStack.map((f) => f.replace(/"/g, '')),
  fontSize: 14,
  headerFontSize: 14,
  headerFontWeight: 600,
  // the colours are theme.css's, so the grids change with the palette
  accentColor: 'var(--primary)',
  foregroundColor: 'var(--text)',
  headerBackgroundColor: 'var(--grid-header-bg)',
  headerTextColor: 'var(--grid-header-text)',
  borderColor: 'var(--grid-border)',
  oddRowBackgroundColor: 'var(--grid-odd-row)',
  rowHoverColor: 'var(--grid-row-hover)',
  selectedRowBackgroundColor: 'var(--grid-selected-row)',
  wrapperBorderRadius: 4,
  rowHeight: 34,
  headerHeight: 36,
  spacing: 6,
})

/** The grid's own words (filter menu, overlays, pager) from the i18n table, keys `grid.<agKey>`. */
export function gridLocaleText(params: GetLocaleTextParams): string {
  const key = `grid.${params.key}`
  if (!isMessageKey(key)) return params.defaultValue
  const values = params.variableValues ?? []
  return t(key).replace(/\{(\d+)\}/g, (_m, i: string) => values[Number(i)] ?? '')
}

export const defaultColDef: ColDef = {
  // typed keys are never lost to a late select-all (text-editor.ts); a column may name another editor
  cellEditor: TypedTextEditor,
  sortable: true,
  resizable: true,
  filter: true,
  floatingFilter: true,
  suppressHeaderMenuButton: true,
  minWidth: 80,
  // a long header wraps onto a second line rather than widening the column past 1366 px
  wrapHeaderText: true,
  autoHeaderHeight: true,
}

export type DataGridProps<T> = AgGridReactProps<T> & {
  testId: string
  height?: number | string
  className?: string
  gridRef?: Ref<AgGridReact<T>>
  /** when set, a 导出表格 button writes the grid as shown (columns, filter, sort) under this title */
  exportTitle?: string
  /** the grid has sensitive columns (出生年月, 身份证号, 联系电话): the export bar offers to leave them out */
  sensitiveExport?: boolean
  /** columns that start hidden, behind a 显示列 chooser remembered per account (column-chooser.tsx) */
  optionalColumns?: OptionalColumn[]
}

/** The text AG Grid shows over an empty grid (HTML): the screen's own "nothing yet" with a test id, or the plain "no rows" once filters hide them. */
export function emptyOverlay(nothingYet: boolean, testId: string, text: string): string {
  return nothingYet ? `<span data-testid="${testId}">${escapeHtml(text)}</span>` : escapeHtml(t('grid.noRowsToShow'))
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** AG Grid (community modules only) with the house theme, Chinese grid texts and a test id. */
export function DataGrid<T>({ testId, height = '100%', className, gridRef, exportTitle, sensitiveExport = false, optionalColumns, ...props }: DataGridProps<T>) {
  const boxStyle = height === '100%' ? undefined : { height, flex: 'none', minHeight: 0 }
  const [shown, toggle] = useShownColumns(testId)
  const columnDefs = optionalColumns && props.columnDefs ? applyShown(props.columnDefs, optionalColumns, shown) : props.columnDefs
  const grid = (onGridReady?: (e: GridReadyEvent<T>) => void) => (
    <AgGridReact<T>
      ref={gridRef}
      theme={gridTheme}
      getLocaleText={gridLocaleText}
      defaultColDef={defaultColDef}
      animateRows={false}
      enableCellTextSelection
      {...props}
      columnDefs={columnDefs}
      {...(onGridReady ? { onGridReady } : {})}
    />
  )
  const chooser = optionalColumns && optionalColumns.length > 0 ? <ColumnChooser gridId={testId} optional={optionalColumns} shown={shown} onToggle={toggle} /> : null
  if (exportTitle === undefined && chooser === null) {
    return (
      <div className={`grid-box ${className ?? ''}`} data-testid={testId} style={boxStyle}>
        {grid()}
      </div>
    )
  }
  return (
    <ExportableGrid
      testId={testId}
      title={exportTitle}
      sensitive={sensitiveExport}
      className={className}
      boxStyle={boxStyle}
      onGridReady={props.onGridReady}
      chooser={chooser}
      render={grid}
    />
  )
}

function ExportableGrid<T>({
  testId,
  title,
  sensitive,
  className,
  boxStyle,
  onGridReady,
  chooser,
  render,
}: {
  testId: string
  /** without a title the bar holds only the column chooser */
  title: string | undefined
  chooser: ReactNode
  sensitive: boolean
  className?: string
  boxStyle?: CSSProperties
  onGridReady?: (e: GridReadyEvent<T>) => void
  render: (onGridReady: (e: GridReadyEvent<T>) => void) => ReactNode
}) {
  const notify = useNotify()
  const [api, setApi] = useState<GridApi<T> | null>(null)
  const exporting = useSubmit(notify.error)
  const [omitSensitive, setOmitSensitive] = useState(false)
  const ready = (e: GridReadyEvent<T>) => {
    setApi(e.api)
    onGridReady?.(e)
  }
  return (
    <div className={`grid-box grid-box-exportable ${className ?? ''}`} data-testid={testId} style={boxStyle}>
      <div className="grid-export-bar">
        {chooser}
        {title !== undefined && sensitive && (
          <Checkbox className="field field-check" testId={`grid-omit-sensitive-${testId}`} checked={omitSensitive} onChange={setOmitSensitive} label={t('report.omitSensitive')} />
        )}
        {title !== undefined && (
          <button
            type="button"
            className="button"
            data-testid={`grid-export-${testId}`}
            disabled={api === null || exporting.busy}
            onClick={() => api && void exporting.submit(() => exportGrid(api as GridApi, title, sensitive && omitSensitive))}
          >
            {exporting.busy ? t('gridExport.busy') : t('gridExport.button')}
          </button>
        )}
      </div>
      <div className="grid-export-body">{render(ready)}</div>
    </div>
  )
}
