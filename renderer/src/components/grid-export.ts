import type { Column, GridApi, IRowNode } from 'ag-grid-community'
import type { Input } from '../../../shared/contract'
import { downloadFile } from '../lib/files'
import { rpc } from '../lib/rpc'

type ExportInput = Input<'grid-export'>
type ColumnKind = ExportInput['columns'][number]['kind']
type CellValue = string | number | null

/**
 * A column worth exporting holds data: action buttons and selection boxes have neither a field nor
 * a value getter, and a page may mark any other column `context: { export: false }`.
 */
function exportable(column: Column): boolean {
  const def = column.getColDef()
  const context = def.context as { export?: boolean } | undefined
  if (context?.export === false) return false
  return def.field !== undefined || def.valueGetter !== undefined
}

/**
 * The cell as shown: the formatted text where the column formats, but a number stays a number
 * when its text is just that number written with some decimals (92.50 for 92.5), so Excel can sum it.
 */
function cellOf(api: GridApi, node: IRowNode, column: Column): CellValue {
  const raw: unknown = api.getCellValue({ rowNode: node, colKey: column })
  if (column.getColDef().valueFormatter === undefined) {
    if (raw === null || raw === undefined || raw === '') return null
    if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null
    if (Array.isArray(raw)) return raw.join('、')
    return String(raw)
  }
  const shown = api.getCellValue({ rowNode: node, colKey: column, useFormatter: true })
  const text = shown === null || shown === undefined ? '' : String(shown)
  if (typeof raw === 'number' && Number.isFinite(raw) && text.trim() !== '' && Number(text) === Number(raw.toFixed(decimalsOf(text)))) return raw
  return text === '' ? null : text
}

function decimalsOf(text: string): number {
  const dot = text.indexOf('.')
  return dot < 0 ? 0 : text.length - dot - 1
}

/** Numbers only: whole ones are counts, two decimals shown are scores, anything else keeps its digits. */
function kindOf(values: CellValue[], shownTwoDecimals: boolean): ColumnKind {
  const present = values.filter((v) => v !== null)
  if (present.length === 0 || present.some((v) => typeof v !== 'number')) return 'text'
  if (shownTwoDecimals) return 'score'
  return present.every((v) => Number.isInteger(v)) ? 'integer' : 'number'
}

/** What the user sees: displayed columns in their order, rows after filter and sort. */
export function gridSnapshot(api: GridApi, title: string): ExportInput {
  const columns = api.getAllDisplayedColumns().filter(exportable)
  const rows: CellValue[][] = []
  const twoDecimals = columns.map(() => true)
  api.forEachNodeAfterFilterAndSort((node) => {
    if (node.group || node.data === undefined) return
    rows.push(
      columns.map((column, i) => {
        const value = cellOf(api, node, column)
        if (typeof value === 'number') {
          const shown = column.getColDef().valueFormatter === undefined ? null : api.getCellValue({ rowNode: node, colKey: column, useFormatter: true })
          if (shown === null || shown === undefined || decimalsOf(String(shown)) !== 2) twoDecimals[i] = false
        }
        return value
      }),
    )
  })
  return {
    title,
    columns: columns.map((column, i) => ({
      header: api.getDisplayNameForColumn(column, 'header') || column.getColId(),
      kind: kindOf(
        rows.map((r) => r[i]),
        twoDecimals[i],
      ),
    })),
    rows,
  }
}

/** Exports the grid as shown and hands the workbook to the browser's download. */
export async function exportGrid(api: GridApi, title: string): Promise<void> {
  downloadFile(await rpc('grid-export', gridSnapshot(api, title)))
}
