import ExcelJS from 'exceljs'
import type { Download, Locator } from 'playwright-core'

/**
 * How a column's cell is read off the screen, in the words a user would copy down:
 * - text: the cell's text
 * - chips: each chip (grade, flag badge, status) and its word, joined by `separator`
 * - parts: the cell's pieces (e.g. a stage's state and its detail), joined by a space
 * - tree: the tree label, indented one full-width space per level (the cell's 20 px steps)
 * - states: stage chips as name=state pairs (their colour is the state), for the test to put in words
 */
export type CellReading = 'text' | 'chips' | 'parts' | 'tree' | 'states'

export interface ShownGrid {
  /** col-id of each displayed column, left to right */
  colIds: string[]
  headers: string[]
  /** the group name drawn above each column ('' where none) */
  groups: string[]
  /** the rows top to bottom, each cell read as its column says */
  rows: string[][]
}

/**
 * Reads a grid the way a user sees it: displayed columns (pinned ones included) by aria-colindex,
 * rows by row-index. AG Grid draws only the columns and rows in view, so the grid must be wide and
 * tall enough to show all of them; this fails rather than read half a grid.
 */
export async function readShownGrid(root: Locator, readings: Record<string, CellReading> = {}, separator = '、'): Promise<ShownGrid> {
  return root.evaluate(
    (el, { readings, separator }) => {
      const grid = el.querySelector('[aria-colcount]')
      const colCount = Number(grid?.getAttribute('aria-colcount') ?? 0)
      const rowCount = Number(grid?.getAttribute('aria-rowcount') ?? 0)
      const colIds: string[] = []
      const headers: string[] = []
      const groups: string[] = Array.from({ length: colCount }, () => '')
      // the floating filters are header cells too, but not column headers
      for (const h of el.querySelectorAll('.ag-header-cell[role="columnheader"][aria-colindex]')) {
        const i = Number(h.getAttribute('aria-colindex')) - 1
        colIds[i] = h.getAttribute('col-id') ?? ''
        headers[i] = h.querySelector('.ag-header-cell-text')?.textContent?.trim() ?? ''
      }
      for (const g of el.querySelectorAll('.ag-header-group-cell[aria-colindex]')) {
        const from = Number(g.getAttribute('aria-colindex')) - 1
        const span = Number(g.getAttribute('aria-colspan') ?? 1)
        const name = g.querySelector('.ag-header-group-text')?.textContent?.trim() ?? ''
        for (let i = from; i < from + span; i++) groups[i] = name
      }
      // columns hidden by the column chooser still count in aria-colcount: only a grid that would scroll sideways is half read
      const viewport = el.querySelector('.ag-center-cols-viewport')
      const scrolls = viewport !== null && viewport.scrollWidth > viewport.clientWidth + 1
      if (colIds.filter(Boolean).length !== colCount && scrolls) throw new Error(`only ${colIds.filter(Boolean).length} of ${colCount} columns are drawn: widen the window`)

      type Cell = NonNullable<ReturnType<typeof el.querySelector>>
      const read = (cell: Cell, how: string): string => {
        if (how === 'chips') return [...cell.querySelectorAll('.chip')].map((c) => c.textContent?.trim() ?? '').join(separator)
        if (how === 'parts') return [...cell.querySelectorAll('[data-state] > span')].map((c) => c.textContent?.trim() ?? '').filter(Boolean).join(' ')
        if (how === 'states') return [...cell.querySelectorAll('[data-stage][data-state]')].map((c) => `${c.textContent?.trim() ?? ''}=${c.getAttribute('data-state') ?? ''}`).join(',')
        if (how === 'tree') {
          const pad = Number.parseFloat(/padding-left:\s*([\d.]+)px/.exec(cell.querySelector('.tree-cell')?.getAttribute('style') ?? '')?.[1] ?? '0')
          return '\u3000'.repeat(Math.round(pad / 20)) + (cell.querySelector('.tree-label')?.textContent?.trim() ?? '')
        }
        return cell.textContent?.trim() ?? ''
      }
      const byRow = new Map<number, string[]>()
      for (const r of el.querySelectorAll('.ag-row[row-index]')) {
        const index = Number(r.getAttribute('row-index'))
        const cells = byRow.get(index) ?? Array.from({ length: colCount }, () => '')
        for (const c of r.querySelectorAll('.ag-cell[aria-colindex]')) {
          const i = Number(c.getAttribute('aria-colindex')) - 1
          cells[i] = read(c, readings[colIds[i]] ?? 'text')
        }
        byRow.set(index, cells)
      }
      // aria-rowcount counts the header rows too
      const headerRows = el.querySelectorAll('.ag-header-row').length
      if (rowCount > 0 && byRow.size !== rowCount - headerRows) throw new Error(`only ${byRow.size} of ${rowCount - headerRows} rows are drawn: make the window taller`)
      const drawn = colIds.map((id, i) => (id ? i : -1)).filter((i) => i >= 0)
      const rows = [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([, cells]) => drawn.map((i) => cells[i]))
      return { colIds: drawn.map((i) => colIds[i]), headers: drawn.map((i) => headers[i]), groups: drawn.map((i) => groups[i]), rows }
    },
    { readings, separator },
  )
}

/** Leaves out columns that hold no data (the selection boxes, the row's buttons): 导出表格 leaves them out too. */
export function withoutColumns(shown: ShownGrid, colIds: readonly string[]): ShownGrid {
  const keep = shown.colIds.map((id, i) => (colIds.includes(id) ? -1 : i)).filter((i) => i >= 0)
  return {
    colIds: keep.map((i) => shown.colIds[i]),
    headers: keep.map((i) => shown.headers[i]),
    groups: keep.map((i) => shown.groups[i]),
    rows: shown.rows.map((r) => keep.map((i) => r[i])),
  }
}

export interface ReadBack {
  sheet: ExcelJS.Worksheet
  title: string
  headers: string[]
  groups: string[]
  /** every body cell as the sheet displays it: a 0.00 number with its two decimals */
  rows: string[][]
  /** the raw body values, to check numbers are numbers */
  values: unknown[][]
}

function displayed(cell: ExcelJS.Cell): string {
  const v = cell.value
  if (v === null || v === undefined) return ''
  if (typeof v === 'number') return cell.numFmt === '0.00' ? v.toFixed(2) : String(v)
  return String(v)
}

/** The downloaded workbook: title row, one or two header rows (groups above), then the rows. */
export async function readExport(download: Download, columns: number, grouped: boolean): Promise<ReadBack> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(await download.path())
  const ws = wb.worksheets[0]
  const headerRow = grouped ? 3 : 2
  const cellsOf = (row: number) => Array.from({ length: columns }, (_, i) => ws.getRow(row).getCell(i + 1))
  const upper = cellsOf(2)
  const lower = cellsOf(headerRow)
  const headers = lower.map(displayed)
  // exceljs reads a merged cell as its first cell: an ungrouped header spans both rows (one cell),
  // a group's name spans its columns
  const groups = grouped ? lower.map((c, i) => (c.master.address === upper[i].master.address ? '' : displayed(upper[i]))) : lower.map(() => '')
  const body = Array.from({ length: ws.rowCount - headerRow }, (_, r) => cellsOf(headerRow + 1 + r))
  return {
    sheet: ws,
    title: displayed(ws.getCell('A1')),
    headers,
    groups,
    rows: body.map((r) => r.map(displayed)),
    values: body.map((r) => r.map((c) => c.value)),
  }
}
