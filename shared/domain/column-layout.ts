/**
 * The columns a clerk mapped by hand are remembered per layout: the kind of import and its header
 * row. The same header row again (the same headers in the same order, spaces, full-width forms and
 * case aside) gets the same choices; any other header row starts without them.
 */
export interface RememberedColumns {
  kind: string
  /** the header row as the file wrote it, left to right */
  headers: string[]
  /** header → field key, '' for 忽略 */
  columns: Record<string, string>
  /** when the choice was last confirmed by an import (ISO time) */
  savedAt: string
}

/** How many layouts a unit keeps: more than any office has, few enough to stay one small settings row. */
export const MAX_REMEMBERED_LAYOUTS = 200

function sameHeader(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').replace(/[\s\u3000*]+/g, '').toLowerCase()
  return norm(a) === norm(b)
}

/** Whether two header rows are the same layout. */
export function sameLayout(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((h, i) => sameHeader(h, b[i]))
}

/** The choices remembered for this kind and header row, or null. */
export function rememberedFor(entries: readonly RememberedColumns[], kind: string, headers: readonly string[]): RememberedColumns | null {
  return entries.find((e) => e.kind === kind && sameLayout(e.headers, headers)) ?? null
}

/**
 * The list after an import confirmed `columns` for a layout: the layout's earlier entry replaced,
 * dropped when nothing is chosen any more; newest first, the oldest beyond the cap forgotten.
 */
export function rememberColumns(entries: readonly RememberedColumns[], entry: RememberedColumns): RememberedColumns[] {
  const others = entries.filter((e) => !(e.kind === entry.kind && sameLayout(e.headers, entry.headers)))
  if (Object.keys(entry.columns).length === 0) return others
  return [entry, ...others].slice(0, MAX_REMEMBERED_LAYOUTS)
}
