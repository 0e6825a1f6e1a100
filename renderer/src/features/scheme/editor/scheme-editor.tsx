import { useCallback, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react'
import type { AgGridReact } from 'ag-grid-react'
import type { CellEditRequestEvent, CellFocusedEvent, GridApi, RowClassParams } from 'ag-grid-community'
import { t } from '../../../../../shared/i18n'
import { DataGrid } from '../../../components/data-grid'
import { useNotify } from '../../../components/notify'
import { useTreeExpansion } from '../../../components/tree-grid'
import { applies, cellPatch, editCols, type EditCol } from './cell-values'
import { editorColumns } from './editor-columns'
import type { EditorContext } from './editor-context'
import { altArrowOp, isTyping, useUndoShortcuts } from './editor-keys'
import type { EditorRow } from './editor-rows'
import { EditorToolbar, toolbarState, type Op } from './editor-toolbar'
import { DeleteConfirm, type Deleting } from './delete-confirm'
import type { EditorHistory } from './history'
import { parsePastedRows, singleValue } from './paste'
import * as ops from './tree-ops'
import { TypedTextEditor } from '../../../components/text-editor'
import './editor.css'

/**
 * Every cell of a row whose object changed is redrawn (equals never holds): a cell's look depends on
 * more than its own value (the tree cell on depth and children, a parameter cell on the mode). Rows
 * that did not change keep their object (editor-rows), so the grid leaves them alone.
 */
const gridDefaults = {
  cellEditor: TypedTextEditor,
  sortable: false,
  filter: false,
  floatingFilter: false,
  resizable: true,
  suppressHeaderMenuButton: true,
  minWidth: 60,
  equals: () => false,
}
/**
 * The editor's grid behaviour: edits come back as requests (the history applies them), one row is
 * chosen at a time, and popup editors (scope, definition) may reach past the grid's bottom edge.
 */
const editorGrid = {
  defaultColDef: gridDefaults,
  readOnlyEdit: true,
  singleClickEdit: false,
  stopEditingWhenCellsLoseFocus: true,
  enableCellTextSelection: false,
  tooltipShowDelay: 600,
  rowSelection: { mode: 'singleRow', checkboxes: false, enableClickSelection: true },
  popupParent: typeof document === 'undefined' ? undefined : document.body,
  getRowClass: (p: RowClassParams<EditorRow>) => (p.data && p.data.depth === 0 ? 'row-top' : undefined),
} as const

export interface SchemeEditorProps {
  history: EditorHistory
  rows: EditorRow[]
  readOnly: boolean
  suggestions: { positionClasses: string[]; departments: string[] }
  /** opens 权重计算 for the children of this parent (null: the top level) */
  onWeights(parent: string | null): void
  /** the 导出表格 title: the scheme and version shown */
  exportTitle: string
}

interface PendingFocus {
  code: string
  col: EditCol
  edit: boolean
}

/**
 * The spreadsheet-style tree editor over the working copy: toolbar operations, cell edits, paste
 * from Excel, undo/redo. Each operation is one step in the history; nothing is written until 保存.
 */
export function SchemeEditor({ history, rows, readOnly, suggestions, onWeights, exportTitle }: SchemeEditorProps) {
  const notify = useNotify()
  const grid = useRef<AgGridReact<EditorRow>>(null)
  const [current, setCurrent] = useState<string | null>(null)
  const [deleting, setDeleting] = useState<Deleting | null>(null)
  const pending = useRef<PendingFocus | null>(null)

  // handlers read the newest state through refs, so the grid's callbacks never go stale
  const itemsRef = useRef(history.items)
  itemsRef.current = history.items
  const currentRef = useRef(current)
  currentRef.current = current
  const readOnlyRef = useRef(readOnly)
  readOnlyRef.current = readOnly
  const suggestionsRef = useRef(suggestions)
  suggestionsRef.current = suggestions

  const tree = useTreeExpansion<EditorRow>(rows, grid)
  const columns = useMemo(() => editorColumns(), [])
  const editorContext = useMemo<EditorContext>(() => ({ readOnly: () => readOnlyRef.current, suggestions: () => suggestionsRef.current }), [])
  const context = useMemo(() => ({ ...tree.gridProps.context, editor: editorContext }), [tree.gridProps.context, editorContext])

  const { apply: historyApply, undo, redo } = history
  const apply = useCallback(
    (next: ops.Items, focus?: PendingFocus) => {
      if (next === itemsRef.current) return
      pending.current = focus ?? null
      historyApply(next)
    },
    [historyApply],
  )

  const focusRow = useCallback((api: GridApi<EditorRow>, p: PendingFocus) => {
    const node = api.getRowNode(p.code)
    if (!node || node.rowIndex === null) return
    node.setSelected(true)
    api.ensureNodeVisible(node)
    api.setFocusedCell(node.rowIndex, p.col)
    if (p.edit) api.startEditingCell({ rowIndex: node.rowIndex, colKey: p.col })
  }, [])

  const expand = useCallback(
    (code: string | null) => {
      if (code !== null && !tree.isExpanded(code)) tree.toggle(code)
    },
    [tree],
  )

  const setCell = useCallback(
    (code: string, col: EditCol, raw: unknown) => {
      const items = itemsRef.current
      const item = items.find((i) => i.code === code)
      if (!item) return
      const outcome = cellPatch(items, item, col, raw)
      if ('error' in outcome) return notify.error(new Error(outcome.error))
      const next = ops.patchItem(items, code, outcome.patch)
      const renamed = outcome.patch.code !== undefined && outcome.patch.code !== code
      if (renamed && currentRef.current === code) setCurrent(outcome.patch.code as string)
      apply(next, renamed ? { code: outcome.patch.code as string, col, edit: false } : undefined)
    },
    [apply, notify],
  )

  const onEditRequest = useCallback(
    (e: CellEditRequestEvent<EditorRow>) => {
      if (!e.data || readOnlyRef.current) return
      setCell(e.data.id, e.column.getColId() as EditCol, e.newValue)
    },
    [setCell],
  )

  const onCellFocused = useCallback((e: CellFocusedEvent<EditorRow>) => {
    if (e.rowIndex === null || e.rowPinned) return
    const node = e.api.getDisplayedRowAtIndex(e.rowIndex)
    if (!node?.data) return
    if (!node.isSelected()) node.setSelected(true)
    setCurrent(node.data.id)
  }, [])

  const state = useMemo(() => toolbarState(history.items, current), [history.items, current])

  const run = useCallback(
    (op: Op) => {
      if (readOnlyRef.current) return
      const items = itemsRef.current
      const code = currentRef.current
      const at = code !== null && ops.indexOf(items, code) >= 0 ? code : null
      const name = t('ui.schemeEdit.newName')
      switch (op) {
        case 'sibling': {
          const r = ops.addSibling(items, at, name)
          setCurrent(r.code)
          return apply(r.items, { code: r.code, col: 'name', edit: true })
        }
        case 'child': {
          if (at === null) return
          expand(at)
          const r = ops.addChild(items, at, name)
          setCurrent(r.code)
          return apply(r.items, { code: r.code, col: 'name', edit: true })
        }
        case 'indent':
          if (at === null) return
          {
            const next = ops.indent(items, at)
            const parent = next.find((x) => x.code === at)?.parentCode ?? null
            expand(parent)
            return apply(next, { code: at, col: 'tree', edit: false })
          }
        case 'outdent':
          return at === null ? undefined : apply(ops.outdent(items, at), { code: at, col: 'tree', edit: false })
        case 'up':
        case 'down':
          return at === null ? undefined : apply(ops.move(items, at, op === 'up' ? -1 : 1), { code: at, col: 'tree', edit: false })
        case 'delete': {
          if (at === null) return
          const item = items[ops.indexOf(items, at)]
          setDeleting({ code: at, name: item.name, descendants: ops.descendantCount(items, at) })
        }
      }
    },
    [apply, expand],
  )

  const confirmDelete = () => {
    if (!deleting) return
    const items = itemsRef.current
    const i = ops.indexOf(items, deleting.code)
    const next = ops.remove(items, deleting.code)
    const after = next[Math.min(i, next.length - 1)] ?? null
    setCurrent(after?.code ?? null)
    apply(next, after ? { code: after.code, col: 'tree', edit: false } : undefined)
    setDeleting(null)
  }

  useUndoShortcuts(undo, redo)

  const onKeyDown = (e: KeyboardEvent) => {
    const op = altArrowOp(e)
    if (!op) return
    e.preventDefault()
    e.stopPropagation()
    run(op)
  }

  // Excel puts tab-separated text on the clipboard: AG Grid community has no clipboard module, so the paste is handled here
  const onPaste = (e: ClipboardEvent) => {
    if (readOnlyRef.current || isTyping(e.target)) return
    const text = e.clipboardData.getData('text/plain')
    if (!text) return
    e.preventDefault()
    const api = grid.current?.api
    const focused = api?.getFocusedCell()
    const single = singleValue(text)
    if (single !== null && api && focused) {
      const node = api.getDisplayedRowAtIndex(focused.rowIndex)
      const col = focused.column.getColId() as EditCol
      if (!node?.data || !editCols.includes(col) || !applies(node.data.data, col)) return notify.error(new Error(t('ui.schemeEdit.pasteNotEditable')))
      return setCell(node.data.id, col, single)
    }
    const parsed = parsePastedRows(text, itemsRef.current)
    if (parsed.rows.length === 0) return notify.error(new Error(t('ui.schemeEdit.pasteNothing')))
    if (parsed.problems.length > 0) {
      const shown = parsed.problems.slice(0, 8).join('\n')
      const more = parsed.problems.length > 8 ? `\n${t('ui.problem.more', { n: parsed.problems.length - 8 })}` : ''
      return notify.error(new Error(`${t('ui.schemeEdit.pasteRefused', { n: parsed.problems.length })}\n${shown}${more}`))
    }
    const at = currentRef.current
    const next = ops.insertRows(itemsRef.current, at, parsed.rows)
    for (const r of parsed.rows) expand(next.find((x) => x.code === r.code)?.parentCode ?? null)
    expand(at === null ? null : (itemsRef.current.find((x) => x.code === at)?.parentCode ?? null))
    apply(next, { code: parsed.rows[0].code, col: 'tree', edit: false })
    setCurrent(parsed.rows[0].code)
    notify.success(t(parsed.headerSkipped ? 'ui.schemeEdit.pastedHeader' : 'ui.schemeEdit.pasted', { n: parsed.rows.length }))
  }

  const weightsParent = useMemo(() => {
    const item = current === null ? undefined : history.items.find((i) => i.code === current)
    if (!item) return null
    return history.items.some((i) => i.parentCode === item.code) ? item.code : item.parentCode
  }, [current, history.items])

  return (
    <div className="scheme-editor" data-testid="scheme-editor" data-readonly={readOnly}>
      <EditorToolbar
        readOnly={readOnly}
        state={state}
        history={history}
        onRun={run}
        onExpandAll={tree.expandAll}
        onCollapseAll={tree.collapseAll}
        onWeights={() => onWeights(weightsParent)}
        weightsFor={weightsParent}
      />
      <div className="editor-grid" data-testid="indicator-grid-box" onPaste={onPaste} onKeyDown={onKeyDown}>
        <DataGrid<EditorRow>
          testId="indicator-grid"
          exportTitle={exportTitle}
          gridRef={grid}
          rowData={rows}
          columnDefs={columns}
          optionalColumns={[
            { colId: 'direction', label: t('ui.schemeEdit.direction') },
            { colId: 'cap', label: t('ui.schemeEdit.cap') },
            { colId: 'validFrom', label: t('ui.schemeEdit.validFrom') },
          ]}
          {...editorGrid}
          onCellEditRequest={onEditRequest}
          onCellFocused={onCellFocused}
          onRowDataUpdated={(e) => {
            const p = pending.current
            pending.current = null
            if (p) focusRow(e.api, p)
          }}
          getRowId={tree.gridProps.getRowId}
          isExternalFilterPresent={tree.gridProps.isExternalFilterPresent}
          doesExternalFilterPass={tree.gridProps.doesExternalFilterPass}
          context={context}
        />
      </div>
      {deleting && <DeleteConfirm deleting={deleting} onConfirm={confirmDelete} onCancel={() => setDeleting(null)} />}
    </div>
  )
}
