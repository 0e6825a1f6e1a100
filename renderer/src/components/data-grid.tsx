import { AgGridReact, type AgGridReactProps } from 'ag-grid-react'
import { AllCommunityModule, ModuleRegistry, themeQuartz, type ColDef, type GetLocaleTextParams } from 'ag-grid-community'
import type { Ref } from 'react'
import { isMessageKey, t } from '../../../shared/i18n'

ModuleRegistry.registerModules([AllCommunityModule])

export const fontStack = ['"Microsoft YaHei"', '"PingFang SC"', '"Noto Sans CJK SC"', 'sans-serif']

/** Quiet office colours: navy accent, light grey header, thin borders; 14 px text for Chinese. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: fontStack.map((f) => f.replace(/"/g, '')),
  fontSize: 14,
  headerFontSize: 14,
  headerFontWeight: 600,
  accentColor: '#1f5fa8',
  foregroundColor: '#1f2933',
  headerBackgroundColor: '#eef2f7',
  headerTextColor: '#24364d',
  borderColor: '#d5dce6',
  oddRowBackgroundColor: '#fafbfd',
  rowHoverColor: '#eef4fb',
  selectedRowBackgroundColor: '#dce8f7',
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
  sortable: true,
  resizable: true,
  filter: true,
  floatingFilter: true,
  suppressHeaderMenuButton: true,
  minWidth: 80,
}

export type DataGridProps<T> = AgGridReactProps<T> & {
  testId: string
  height?: number | string
  className?: string
  gridRef?: Ref<AgGridReact<T>>
}

/** AG Grid (community modules only) with the house theme, Chinese grid texts and a test id. */
export function DataGrid<T>({ testId, height = '100%', className, gridRef, ...props }: DataGridProps<T>) {
  return (
    <div className={`grid-box ${className ?? ''}`} data-testid={testId} style={height === '100%' ? undefined : { height, flex: 'none', minHeight: 0 }}>
      <AgGridReact<T>
        ref={gridRef}
        theme={gridTheme}
        getLocaleText={gridLocaleText}
        defaultColDef={defaultColDef}
        animateRows={false}
        enableCellTextSelection
        {...props}
      />
    </div>
  )
}
