import type { Input } from '../contract'
import { t } from '../i18n'

/**
 * The pure half of 导出表格: cells as a grid shows them turned into a 'grid-export' call. The
 * renderer reads each displayed cell out of AG Grid (renderer/src/components/grid-export.ts, where
 * the column hook is documented) and hands it here, so these rules are tested without a browser.
 */
export type GridExport = Input<'grid-export'>
export type ExportCell = string | number | null
type ColumnKind = GridExport['columns'][number]['kind']

/** How the screens write “no value” (fixed2, shownPercent, empty quarters): kept as shown, but it does not make a number column text. */
export const NO_VALUE = '—'

/** One displayed cell, as the grid holds it. */
export interface ShownCell {
  /** the cell's value (its field or valueGetter) */
  value: unknown
  /** the column's valueFormatter text; absent when the column has no formatter */
  formatted?: string | null
  /** the column's own words for the workbook (its exportText hook); absent when it has none */
  words?: ExportCell
}

export interface ShownColumn {
  header: string
  /** the column group's name drawn above the header */
  group?: string
  /** holds 出生年月, 身份证号 or 联系电话: the export can leave it out */
  sensitive?: boolean
}

interface Resolved {
  value: ExportCell
  /** decimals the number was shown with; null when it was not formatted */
  decimals: number | null
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/

function decimalsOf(text: string): number {
  const dot = text.indexOf('.')
  return dot < 0 ? 0 : text.length - dot - 1
}

/**
 * rule: a cell exports the words the user sees. The column's own words win; else a formatted number
 * stays a number (exactly as shown: 92.50 → 92.5, so Excel can sum it) and any other formatted text
 * is text; else the value itself, a list joined as the screens join lists. Empty is an empty cell.
 */
export function resolveCell(cell: ShownCell): Resolved {
  if ('words' in cell) {
    const w = cell.words
    if (w === undefined || w === null || w === '') return { value: null, decimals: null }
    return { value: typeof w === 'number' && !Number.isFinite(w) ? null : w, decimals: null }
  }
  if ('formatted' in cell) {
    const text = (cell.formatted ?? '').trim()
    if (text === '') return { value: null, decimals: null }
    if (typeof cell.value === 'number' && PLAIN_NUMBER.test(text)) return { value: Number(text), decimals: decimalsOf(text) }
    return { value: text, decimals: null }
  }
  const raw = cell.value
  if (raw === null || raw === undefined || raw === '') return { value: null, decimals: null }
  if (typeof raw === 'number') return { value: Number.isFinite(raw) ? raw : null, decimals: null }
  if (Array.isArray(raw)) {
    const joined = raw.filter((x) => x !== null && x !== undefined && x !== '').join(t('ui.listSeparator'))
    return { value: joined === '' ? null : joined, decimals: null }
  }
  return { value: String(raw), decimals: null }
}

/** Numbers only: all shown with two decimals are scores, whole ones counts, anything else keeps its digits. */
export function columnKind(cells: readonly Resolved[]): ColumnKind {
  const present = cells.filter((c) => c.value !== null && c.value !== NO_VALUE)
  if (present.length === 0 || present.some((c) => typeof c.value !== 'number')) return 'text'
  if (present.every((c) => c.decimals === 2)) return 'score'
  return present.every((c) => Number.isInteger(c.value)) ? 'integer' : 'number'
}

/** The 'grid-export' input of the displayed columns (in order) and rows (after filter and sort). */
export function shownTable(title: string, columns: readonly ShownColumn[], rows: readonly (readonly ShownCell[])[]): GridExport {
  const resolved = rows.map((r) => columns.map((_, i) => resolveCell(r[i] ?? { value: null })))
  return {
    title,
    columns: columns.map((c, i) => ({
      header: c.header,
      ...(c.group ? { group: c.group } : {}),
      kind: columnKind(resolved.map((r) => r[i])),
      ...(c.sensitive ? { sensitive: true } : {}),
    })),
    rows: resolved.map((r) => r.map((c) => c.value)),
  }
}

/**
 * A tree row's text as the tree cell indents it: one full-width space per level, as the effective
 * scheme workbook writes its levels, so a printed tree still reads as one.
 */
export function treeText(depth: number, text: string): string {
  return `${'\u3000'.repeat(Math.max(0, depth))}${text}`
}
