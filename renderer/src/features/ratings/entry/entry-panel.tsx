import { useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react'
import type { AgGridReact } from 'ag-grid-react'
import type { CellEditRequestEvent, ColDef, ColGroupDef, ICellRendererParams } from 'ag-grid-community'
import type { EntryIndicator, EntryRow, Period } from '../../../../../shared/contract'
import { raterRoles, type RaterRole } from '../../../../../shared/domain/settings'
import { t } from '../../../../../shared/i18n'
import { inputsEditable } from '../../../../../shared/domain/period-lifecycle'
import { DataGrid } from '../../../components/data-grid'
import { ErrorLine } from '../../../components/error-line'
import { Field } from '../../../components/field'
import { Select, TextInput } from '../../../components/inputs'
import { exportText } from '../../../components/grid-export'
import { useNotify } from '../../../components/notify'
import { Empty, LoadError } from '../../../components/page'
import { useMayCall } from '../../../lib/route-access'
import { useRpcQuery } from '../../../lib/use-rpc'
import { cellKey, parseBlock, parseScore, placeBlock } from './entry-cells'
import { useEntryState } from './use-entry-state'

interface GridRow extends EntryRow {
  shown: Record<string, { text: string; bad: string | null }>
}

const roleIds: Record<RaterRole, string> = { 领导: 'leader', 互评: 'peer', 自评: 'self', 群众: 'public' }
const FIXED = new Set(['staffNo', 'name', 'department'])

function ScoreCell(p: ICellRendererParams<GridRow>) {
  const code = p.colDef?.colId ?? ''
  const row = p.data
  if (!row || !row.applicable.includes(code)) return <span className="entry-na" data-state="na" />
  const cell = row.shown[code]
  if (cell?.bad) {
    return (
      <span className="entry-bad" data-state="bad" title={cell.bad}>
        {cell.text}
        <span className="entry-bad-mark" aria-hidden="true">!</span>
      </span>
    )
  }
  return <span data-state={cell?.text ? 'ok' : 'empty'}>{cell?.text ?? ''}</span>
}

/** A score cell as the sheet should hold it: blank where it does not apply, a score as a number, a refused text as typed. */
function entryWords(row: GridRow | undefined, code: string): string | number | null {
  const cell = row?.shown[code]
  if (!row || !cell || !row.applicable.includes(code) || cell.text === '') return null
  const parsed = cell.bad ? null : parseScore(cell.text)
  return parsed?.ok && parsed.value !== null ? parsed.value : cell.text
}

function columns(indicators: EntryIndicator[], locked: boolean): (ColDef<GridRow> | ColGroupDef<GridRow>)[] {
  const groups = new Map<string, EntryIndicator[]>()
  for (const ind of indicators) {
    const top = ind.path[0] ?? ''
    groups.set(top, [...(groups.get(top) ?? []), ind])
  }
  const scoreCol = (ind: EntryIndicator): ColDef<GridRow> => ({
    colId: ind.code,
    headerName: `${ind.code} ${ind.name}`,
    headerTooltip: [...ind.path, ind.name].join(' / '),
    width: 118,
    wrapHeaderText: true,
    autoHeaderHeight: true,
    sortable: false,
    filter: false,
    editable: (p) => !locked && Boolean(p.data?.applicable.includes(ind.code)),
    valueGetter: (p) => p.data?.shown[ind.code]?.text ?? '',
    cellRenderer: ScoreCell,
    cellClass: 'entry-cell',
    cellClassRules: {
      'entry-cell-na': (p) => !p.data?.applicable.includes(ind.code),
      'entry-cell-bad': (p) => Boolean(p.data?.shown[ind.code]?.bad),
    },
    tooltipValueGetter: (p) => p.data?.shown[ind.code]?.bad ?? null,
    context: exportText<GridRow>((_, row) => entryWords(row, ind.code)),
  })
  return [
    { field: 'staffNo', colId: 'staffNo', headerName: t('ui.person.staffNo'), width: 96, pinned: 'left', editable: false },
    { field: 'name', colId: 'name', headerName: t('ui.person.name'), width: 90, pinned: 'left', editable: false },
    { field: 'department', colId: 'department', headerName: t('ui.person.department'), width: 130, editable: false },
    ...[...groups.entries()].map(([top, inds]) =>
      top ? ({ headerName: top, headerClass: 'group-center', children: inds.map(scoreCol) } as ColGroupDef<GridRow>) : scoreCol(inds[0]),
    ),
  ]
}

/** 录入: one rater's scores, people × indicators, typed and pasted like a spreadsheet and saved as you go. */
export function EntryPanel({ period }: { period: Period }) {
  const notify = useNotify()
  const [role, setRole] = useState<RaterRole>('领导')
  const [raterText, setRaterText] = useState('')
  const [rater, setRater] = useState('')
  useEffect(() => {
    const timer = setTimeout(() => setRater(raterText.trim()), 450)
    return () => clearTimeout(timer)
  }, [raterText])
  const target = useMemo(() => (rater ? { period: period.id, role, rater } : null), [period.id, role, rater])
  const loaded = useRpcQuery('entry-load', target)
  const state = useEntryState(target, loaded.data)
  const gridRef = useRef<AgGridReact<GridRow>>(null)
  const [lastRefusal, setLastRefusal] = useState<string | null>(null)
  // from approval on the ratings are the record: read-only, corrected only through an appeal
  const approved = !inputsEditable(period.status)
  // a role that may not save scores reads them: the grid takes no edits or pastes, nothing to undo or save
  const maySave = useMayCall('entry-save')
  const locked = approved || !maySave

  const cols = useMemo(() => columns(loaded.data?.indicators ?? [], locked), [loaded.data, locked])
  // a row object is kept while what it shows is the same, so after an edit the grid refreshes that row alone
  const shownRows = useRef(new Map<string, { source: EntryRow; row: GridRow }>())
  const rows = useMemo<GridRow[]>(
    () =>
      (loaded.data?.rows ?? []).map((r) => {
        const shown: GridRow['shown'] = {}
        for (const code of r.applicable) {
          const key = cellKey(r.staffNo, code)
          const bad = state.refused.get(key)
          const v = state.values.get(key)
          shown[code] = bad ? { text: bad.text, bad: bad.reason } : { text: v === null || v === undefined ? '' : String(v), bad: null }
        }
        const kept = shownRows.current.get(r.staffNo)
        if (kept && kept.source === r && sameShown(kept.row.shown, shown)) return kept.row
        const row = { ...r, shown }
        shownRows.current.set(r.staffNo, { source: r, row })
        return row
      }),
    [loaded.data, state.values, state.refused],
  )
  const names = useMemo(() => new Map((loaded.data?.rows ?? []).map((r) => [r.staffNo, r.name])), [loaded.data])

  const describeRefusals = (keys: { staffNo: string; code: string; text: string; reason: string }[]) => {
    if (keys.length === 0) return setLastRefusal(null)
    const first = keys[0]
    setLastRefusal(t('ui.entry.refusedAt', { name: names.get(first.staffNo) ?? first.staffNo, code: first.code, text: first.text, reason: first.reason, n: keys.length }))
  }

  const onEdit = (e: CellEditRequestEvent<GridRow>) => {
    const code = e.colDef.colId
    if (!e.data || !code || FIXED.has(code)) return
    const res = state.edit([{ staffNo: e.data.staffNo, code, text: e.newValue }])
    if (res.refused > 0) {
      const text = String(e.newValue ?? '')
      describeRefusals([{ staffNo: e.data.staffNo, code, text, reason: refusalReason(text) }])
    } else setLastRefusal(null)
  }

  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    if (locked) return
    const api = gridRef.current?.api
    const text = e.clipboardData.getData('text/plain')
    if (!api || !text) return
    const block = parseBlock(text)
    const editingInput = (e.target as HTMLElement).closest('.ag-cell-inline-editing')
    // one value into an open editor is the editor's own business
    if (editingInput && block.length === 1 && block[0].length === 1) return
    const focused = api.getFocusedCell()
    if (!focused) return
    e.preventDefault()
    api.stopEditing(true)
    const colOrder = api
      .getAllDisplayedColumns()
      .map((c) => c.getColId())
      .filter((id) => !FIXED.has(id))
    const fromCol = colOrder.indexOf(focused.column.getColId())
    if (fromCol < 0) return notify.error(new Error(t('ui.entry.pasteWhere')))
    const rowOrder: string[] = []
    api.forEachNodeAfterFilterAndSort((n) => n.data && rowOrder.push(n.data.staffNo))
    const placed = placeBlock(block, rowOrder, colOrder, focused.rowIndex, fromCol)
    const res = state.edit(placed)
    const refusedCells = placed
      .map((p) => ({ ...p, reason: refusalReason(p.text) }))
      .filter((p) => p.reason !== '')
    describeRefusals(refusedCells)
    notify.info(t('ui.entry.pasted', { applied: res.applied, refused: res.refused, skipped: res.skipped }))
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!(e.ctrlKey || e.metaKey)) return
    if ((e.target as HTMLElement).closest('.ag-cell-inline-editing')) return
    const key = e.key.toLowerCase()
    if (key === 'z' && !e.shiftKey) {
      e.preventDefault()
      state.undo()
    } else if (key === 'y' || (key === 'z' && e.shiftKey)) {
      e.preventDefault()
      state.redo()
    }
  }

  return (
    <div className="entry-panel" data-testid="entry-panel" data-loads={state.loads}>
      <div className="filter-bar">
        <Field label={t('ui.entry.role')} inline>
          <Select testId="entry-role" value={role} options={raterRoles.map((r) => ({ value: r, label: t(`ui.role.${roleIds[r] as 'leader'}`) }))} onChange={setRole} />
        </Field>
        <Field label={t('ui.entry.rater')} inline>
          <TextInput testId="entry-rater" placeholder={t('ui.entry.raterPlaceholder')} value={raterText} onChange={setRaterText} />
        </Field>
        <button type="button" className="button" data-testid="entry-reload" disabled={!target} onClick={loaded.reload}>
          {t('ui.entry.reload')}
        </button>
        {maySave && (
          <>
            <button type="button" className="button" data-testid="entry-undo" disabled={!state.canUndo} onClick={state.undo} title="Ctrl+Z">
              {t('ui.entry.undo')}
            </button>
            <button type="button" className="button" data-testid="entry-redo" disabled={!state.canRedo} onClick={state.redo} title="Ctrl+Y">
              {t('ui.entry.redo')}
            </button>
            <span className="grow" />
            <span className={`save-status save-${state.status}`} data-testid="entry-status" data-state={state.status} role="status">
              {t(`ui.entry.status.${state.status}`)}
            </span>
          </>
        )}
        {maySave && state.status === 'failed' && state.saveError && (
          <button type="button" className="button button-small" data-testid="entry-retry" onClick={state.retry}>
            {t('ui.entry.retry')}
          </button>
        )}
      </div>
      {approved ? (
        <div className="banner banner-info" role="status" data-testid="entry-locked">
          {t('ui.entry.locked', { period: period.id })}
        </div>
      ) : (
        <p className="field-help">{t(maySave ? 'ui.entry.help' : 'ui.entry.helpReader')}</p>
      )}
      <ErrorLine testId="entry-save-error" error={state.saveError} />
      <ErrorLine testId="entry-refusal" error={lastRefusal} />
      {!target && <Empty testId="entry-no-rater">{t('ui.entry.needRater')}</Empty>}
      {loaded.error && <LoadError error={loaded.error} onRetry={loaded.reload} />}
      {target && loaded.data && loaded.data.indicators.length === 0 && <Empty testId="entry-no-indicators">{t('ui.entry.noIndicators')}</Empty>}
      {target && (
        <div className="entry-grid-box" onPasteCapture={onPaste} onKeyDownCapture={onKeyDown}>
          <DataGrid<GridRow>
            testId="entry-grid"
            exportTitle={t('gridExport.title.entry', { period: period.name, role: t(`ui.role.${roleIds[role] as 'leader'}`), rater })}
            gridRef={gridRef}
            rowData={rows}
            columnDefs={cols}
            getRowId={(p) => p.data.staffNo}
            readOnlyEdit
            onCellEditRequest={onEdit}
            enterNavigatesVertically
            enterNavigatesVerticallyAfterEdit
            stopEditingWhenCellsLoseFocus
            enableCellTextSelection={false}
            tooltipShowDelay={200}
            loading={loaded.loading && !loaded.data}
          />
        </div>
      )}
    </div>
  )
}

function sameShown(a: GridRow['shown'], b: GridRow['shown']): boolean {
  const codes = Object.keys(b)
  return Object.keys(a).length === codes.length && codes.every((c) => a[c]?.text === b[c].text && a[c]?.bad === b[c].bad)
}

/** The words for a text the cell refuses ('' when it is a good score). */
function refusalReason(text: string): string {
  const parsed = parseScore(text)
  if (parsed.ok) return ''
  return t(parsed.reason === 'range' ? 'ui.entry.refusedRange' : 'ui.entry.refusedNumber')
}
