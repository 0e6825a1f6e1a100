import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import type { AgGridReact, CustomCellRendererProps } from 'ag-grid-react'
import type { GridOptions, IRowNode } from 'ag-grid-community'
import { t } from '../../../shared/i18n'
import './tree-grid.css'

/**
 * A tree shown in an ordinary (community) grid: rows in depth-first order with their depth, collapsed
 * branches hidden by an external filter, and a cell renderer with the expand/collapse toggle. No Tree
 * Data module involved.
 */
export interface TreeRow<T> {
  id: string
  parentId: string | null
  depth: number
  /** ids from the root down to the parent */
  ancestors: string[]
  childCount: number
  data: T
}

export interface TreeGridOptions<T> {
  items: readonly T[]
  getId(item: T): string
  getParentId(item: T): string | null
  /** order of siblings; the input order when absent */
  compare?(a: T, b: T): number
  gridRef: RefObject<AgGridReact<TreeRow<T>> | null>
}

export interface TreeGrid<T> {
  rows: TreeRow<T>[]
  /** children of each parent id; the top level under `null` */
  children: Map<string | null, TreeRow<T>[]>
  isExpanded(id: string): boolean
  toggle(id: string): void
  expandAll(): void
  collapseAll(): void
  /** spread onto the grid: row ids, and the filter that hides collapsed branches */
  gridProps: Pick<GridOptions<TreeRow<T>>, 'getRowId' | 'isExternalFilterPresent' | 'doesExternalFilterPass' | 'context'>
}

export function buildTree<T>(items: readonly T[], getId: (i: T) => string, getParentId: (i: T) => string | null, compare?: (a: T, b: T) => number) {
  const ids = new Set(items.map(getId))
  const byParent = new Map<string | null, T[]>()
  for (const item of items) {
    const p = getParentId(item)
    // an orphan (parent not in the list) is shown at the top level rather than lost
    const key = p !== null && ids.has(p) ? p : null
    const list = byParent.get(key) ?? []
    list.push(item)
    byParent.set(key, list)
  }
  const rows: TreeRow<T>[] = []
  const children = new Map<string | null, TreeRow<T>[]>()
  const walk = (parent: string | null, depth: number, ancestors: string[], seen: Set<string>) => {
    const list = [...(byParent.get(parent) ?? [])]
    if (compare) list.sort(compare)
    const out: TreeRow<T>[] = []
    for (const item of list) {
      const id = getId(item)
      if (seen.has(id)) continue // a cycle in bad data must not hang the page
      const row: TreeRow<T> = { id, parentId: parent, depth, ancestors, childCount: byParent.get(id)?.length ?? 0, data: item }
      rows.push(row)
      out.push(row)
      walk(id, depth + 1, [...ancestors, id], new Set(seen).add(id))
    }
    children.set(parent, out)
  }
  walk(null, 0, [], new Set())
  return { rows, children }
}

export function useTreeGrid<T>({ items, getId, getParentId, compare, gridRef }: TreeGridOptions<T>): TreeGrid<T> {
  const { rows, children } = useMemo(() => buildTree(items, getId, getParentId, compare), [items, getId, getParentId, compare])
  return { rows, children, ...useTreeExpansion<TreeRow<T>>(rows, gridRef) }
}

export interface TreeExpansion<R> {
  isExpanded(id: string): boolean
  toggle(id: string): void
  expandAll(): void
  collapseAll(): void
  gridProps: Pick<GridOptions<R>, 'getRowId' | 'isExternalFilterPresent' | 'doesExternalFilterPass' | 'context'>
}

/**
 * Expand/collapse over rows built elsewhere (e.g. an editor that keeps its rows depth-first itself):
 * the collapsed ids, the toggle the tree cell calls, and the external filter hiding collapsed branches.
 */
export function useTreeExpansion<R extends TreeRow<unknown>>(rows: readonly R[], gridRef: RefObject<AgGridReact<R> | null>): TreeExpansion<R> {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set())
  const collapsedRef = useRef(collapsed)
  collapsedRef.current = collapsed

  useEffect(() => {
    const api = gridRef.current?.api
    if (!api) return
    api.onFilterChanged()
    api.refreshCells({ force: true, columns: [TREE_COL_ID] })
  }, [collapsed, gridRef])

  const toggle = useCallback(
    (id: string) =>
      setCollapsed((prev) => {
        const next = new Set(prev)
        if (next.has(id)) next.delete(id)
        else next.add(id)
        return next
      }),
    [],
  )
  const rowsRef = useRef(rows)
  rowsRef.current = rows
  const expandAll = useCallback(() => setCollapsed(new Set()), [])
  const collapseAll = useCallback(() => setCollapsed(new Set(rowsRef.current.filter((r) => r.childCount > 0).map((r) => r.id))), [])
  const isExpanded = useCallback((id: string) => !collapsedRef.current.has(id), [])

  const gridProps = useMemo<TreeExpansion<R>['gridProps']>(
    () => ({
      getRowId: (p) => p.data.id,
      isExternalFilterPresent: () => collapsedRef.current.size > 0,
      doesExternalFilterPass: (node: IRowNode<R>) => !node.data?.ancestors.some((a) => collapsedRef.current.has(a)),
      context: { tree: { isExpanded, toggle } satisfies TreeContext },
    }),
    [isExpanded, toggle],
  )

  return { isExpanded, toggle, expandAll, collapseAll, gridProps }
}

export const TREE_COL_ID = 'tree'

interface TreeContext {
  isExpanded(id: string): boolean
  toggle(id: string): void
}

/** The tree column's cell: indentation by depth, a toggle on parents, then the value. */
export function TreeCell<T>(props: CustomCellRendererProps<TreeRow<T>>) {
  const row = props.data
  const tree = (props.context as { tree?: TreeContext } | undefined)?.tree
  if (!row || !tree) return <>{props.valueFormatted ?? props.value}</>
  const open = tree.isExpanded(row.id)
  return (
    <span className="tree-cell" style={{ paddingLeft: row.depth * 20 }}>
      {row.childCount > 0 ? (
        <button
          type="button"
          className="tree-toggle"
          data-testid={`tree-toggle-${row.id}`}
          aria-expanded={open}
          aria-label={open ? t('ui.tree.collapse') : t('ui.tree.expand')}
          onClick={(e) => {
            e.stopPropagation()
            tree.toggle(row.id)
          }}
        >
          {open ? '▾' : '▸'}
        </button>
      ) : (
        <span className="tree-leaf" aria-hidden="true" />
      )}
      <span className={row.childCount > 0 ? 'tree-label tree-parent' : 'tree-label'}>{props.valueFormatted ?? String(props.value ?? '')}</span>
    </span>
  )
}
