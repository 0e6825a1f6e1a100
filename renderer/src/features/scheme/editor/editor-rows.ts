import { useMemo, useRef } from 'react'
import type { TreeRow } from '../../../components/tree-grid'
import { weightSums, type WeightSum } from '../../../../../shared/domain/weight-sums'
import type { Item, Items } from './tree-ops'

/** A grid row of the editor: the tree position, the item, and (for a parent) its children's weight total. */
export interface EditorRow extends TreeRow<Item> {
  sum: WeightSum | null
}

function sameSum(a: WeightSum | null, b: WeightSum | null): boolean {
  return a === b || (!!a && !!b && a.sum === b.sum && a.ok === b.ok && a.children === b.children)
}

/**
 * Rows from the depth-first working copy (one pass, no sorting), reusing the previous row object
 * whenever nothing it shows changed: the grid, given row ids, then redraws only the rows that did.
 * Weight sums come from the shared rule (weightSums), recomputed on every change.
 */
export function buildEditorRows(items: Items, sums: Map<string, WeightSum>, previous: Map<string, EditorRow>): EditorRow[] {
  const childCount = new Map<string, number>()
  for (const item of items) if (item.parentCode !== null) childCount.set(item.parentCode, (childCount.get(item.parentCode) ?? 0) + 1)
  const rows: EditorRow[] = []
  const path: { code: string; ancestors: string[] }[] = []
  for (const item of items) {
    while (path.length > 0 && path[path.length - 1].code !== item.parentCode) path.pop()
    const parent = path[path.length - 1]
    const ancestors = parent ? [...parent.ancestors, parent.code] : []
    const depth = ancestors.length
    const kids = childCount.get(item.code) ?? 0
    const sum = kids > 0 ? (sums.get(item.code) ?? null) : null
    const old = previous.get(item.code)
    const row: EditorRow =
      old &&
      old.data === item &&
      old.depth === depth &&
      old.childCount === kids &&
      old.parentId === item.parentCode &&
      sameSum(old.sum, sum) &&
      old.ancestors.join('\u0000') === ancestors.join('\u0000')
        ? old
        : { id: item.code, parentId: item.parentCode, depth, ancestors, childCount: kids, data: item, sum }
    rows.push(row)
    path.push({ code: item.code, ancestors })
  }
  return rows
}

export function useEditorRows(items: Items): { rows: EditorRow[]; sums: Map<string, WeightSum> } {
  const cache = useRef(new Map<string, EditorRow>())
  return useMemo(() => {
    const sums = weightSums(items)
    const rows = buildEditorRows(items, sums, cache.current)
    cache.current = new Map(rows.map((r) => [r.id, r]))
    return { rows, sums }
  }, [items])
}
