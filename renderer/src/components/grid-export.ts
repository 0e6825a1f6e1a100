import type { Column, GridApi, IRowNode } from 'ag-grid-community'
import { shownTable, type ExportCell, type GridExport, type ShownCell } from '../../../shared/grid-export/snapshot'
import { downloadFile } from '../lib/files'
import { rpc } from '../lib/rpc'

/**
 * 导出表格 writes a grid as the user sees it: the displayed columns in their order (under their
 * group's name where the grid draws one), the rows after every filter and sort, each cell in the
 * words on screen. What a column exports, one rule for every grid:
 *
 * - its value, or its `valueFormatter` text when it has one: nothing to do. A column whose cell
 *   renderer only decorates that value (a grade chip around the grade) is already right, and a
 *   renderer showing a code's words should get the `valueFormatter` that says them.
 * - a column drawn by a cell renderer from something else (an array, an object, a boolean, the row:
 *   flag badges, stage chips, a weight-sum badge, an indented tree cell) says its words itself:
 *   `context: exportText<Row>((value, row) => …)`, returning the text (or number) the renderer shows.
 * - buttons and selection boxes have neither field nor value getter and are left out; any other
 *   column can be left out with `context: noExport`.
 * - a column of 出生年月, 身份证号 or 联系电话 says so (`context: sensitiveColumn`), so 不含敏感信息 can
 *   leave it out; its cells are whatever the backend answered (masked or not), never masked here.
 *
 * The rules that turn those cells into workbook cells are pure and tested: shared/grid-export/snapshot.ts.
 */
export interface ExportColumnContext<TData> {
  export?: false
  exportText?: (value: unknown, data: TData | undefined) => ExportCell
  sensitive?: true
}

/** A column's own export words (see above). */
export function exportText<TData>(words: (value: unknown, data: TData | undefined) => ExportCell): ExportColumnContext<TData> {
  return { exportText: words }
}

export const noExport: ExportColumnContext<unknown> = { export: false }

export const sensitiveColumn: ExportColumnContext<unknown> = { sensitive: true }

function contextOf(column: Column): ExportColumnContext<unknown> {
  return (column.getColDef().context as ExportColumnContext<unknown> | undefined) ?? {}
}

function exportable(column: Column): boolean {
  const def = column.getColDef()
  const context = contextOf(column)
  if (context.export === false) return false
  return context.exportText !== undefined || def.field !== undefined || def.valueGetter !== undefined
}

function cellOf(api: GridApi, node: IRowNode, column: Column): ShownCell {
  const value: unknown = api.getCellValue({ rowNode: node, colKey: column })
  const words = contextOf(column).exportText
  if (words) return { value, words: words(value, node.data) }
  if (column.getColDef().valueFormatter === undefined) return { value }
  return { value, formatted: api.getCellValue({ rowNode: node, colKey: column, useFormatter: true }) ?? null }
}

/** The names of the groups above a column, outermost first (padding groups have none). */
function groupOf(api: GridApi, column: Column): string | undefined {
  const names: string[] = []
  for (let g = column.getParent(); g; g = g.getParent()) {
    const name = g.isPadding() ? '' : api.getDisplayNameForColumnGroup(g, 'header')
    if (name) names.unshift(name)
  }
  return names.length > 0 ? names.join(' / ') : undefined
}

/** What the user sees: displayed columns in their order, rows after filter and sort. */
export function gridSnapshot(api: GridApi, title: string): GridExport {
  const columns = api.getAllDisplayedColumns().filter(exportable)
  const rows: ShownCell[][] = []
  api.forEachNodeAfterFilterAndSort((node) => {
    if (node.group || node.data === undefined) return
    rows.push(columns.map((column) => cellOf(api, node, column)))
  })
  const shown = columns.map((column) => ({
    header: api.getDisplayNameForColumn(column, 'header') || column.getColId(),
    group: groupOf(api, column),
    sensitive: contextOf(column).sensitive === true,
  }))
  const pinned = columns.findIndex((column) => column.getPinned() !== 'left')
  return { ...shownTable(title, shown, rows), freeze: Math.min(10, pinned < 0 ? columns.length : pinned) }
}

/** Exports the grid as shown (without its sensitive columns when asked) and hands the workbook to the browser's download. */
export async function exportGrid(api: GridApi, title: string, omitSensitive = false): Promise<void> {
  downloadFile(await rpc('grid-export', { ...gridSnapshot(api, title), ...(omitSensitive ? { omitSensitive } : {}) }))
}
