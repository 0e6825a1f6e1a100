import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { AgGridReact } from 'ag-grid-react'
import type { CellEditRequestEvent } from 'ag-grid-community'
import type { Indicator } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { DataGrid } from '../../components/data-grid'
import { useNotify } from '../../components/notify'
import { Empty, LoadError, Page } from '../../components/page'
import { TemplateButton } from '../../components/template-button'
import { useTreeGrid, type TreeRow } from '../../components/tree-grid'
import { dateTime } from '../../lib/format'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { indicatorColumns } from './indicator-columns'
import { SchemeImportDialog } from './scheme-import-dialog'
import { WeightSumBadge } from './weight-sum-badge'
import { ROOT, weightSums } from '../../../../shared/domain/weight-sums'

type Row = TreeRow<Indicator>
const getId = (i: Indicator) => i.code
const getParentId = (i: Indicator) => i.parentCode
const bySortOrder = (a: Indicator, b: Indicator) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code)
const noFilters = { sortable: false, filter: false, floatingFilter: false, resizable: true, suppressHeaderMenuButton: true }

export function SchemePage() {
  const notify = useNotify()
  const list = useRpcQuery('scheme-list', {})
  const [name, setName] = useState<string | null>(null)
  const [importing, setImporting] = useState(false)
  const schemes = list.data ?? []

  useEffect(() => {
    if (schemes.length > 0 && (name === null || !schemes.some((s) => s.name === name))) setName(schemes[0].name)
  }, [schemes, name])

  const scheme = useRpcQuery('scheme-get', name === null ? null : { name })
  const current = scheme.data && scheme.data.name === name ? scheme.data : undefined
  const indicators = useMemo(() => current?.indicators ?? [], [current])
  const frozen = current?.status === 'frozen'
  const sums = useMemo(() => weightSums(indicators), [indicators])
  const bad = [...sums.values()].filter((s) => !s.ok)

  const grid = useRef<AgGridReact<Row>>(null)
  const tree = useTreeGrid({ items: indicators, getId, getParentId, compare: bySortOrder, gridRef: grid })
  const columns = useMemo(() => indicatorColumns({ editable: !frozen, sums }), [frozen, sums])

  const onEdit = useCallback(
    async (e: CellEditRequestEvent<Row>) => {
      const ind = e.data?.data
      if (!ind || name === null) return
      const col = e.column.getColId()
      let patch: { weight?: number; name?: string; description?: string | null }
      if (col === 'weight') {
        const v = e.newValue as number
        if (!Number.isFinite(v) || v < 0 || v > 100) {
          notify.error(new Error(t('ui.scheme.weightInvalid', { value: String(e.newValue ?? '') })))
          return
        }
        patch = { weight: Math.round(v * 1e6) / 1e8 }
      } else if (col === 'name') {
        const v = String(e.newValue ?? '')
        if (!v) return notify.error(new Error(t('ui.scheme.nameRequired')))
        patch = { name: v }
      } else if (col === 'description') {
        patch = { description: String(e.newValue ?? '') || null }
      } else return
      try {
        await rpc('scheme-indicator-update', { name, code: ind.code, patch })
      } catch (err) {
        // readOnlyEdit: the grid still shows the stored value, so a refusal simply leaves it as it was
        notify.error(err)
      }
      scheme.reload()
    },
    [name, notify, scheme],
  )

  const rootSum = sums.get(ROOT)
  return (
    <Page
      title={t('nav.scheme')}
      testId="page-scheme"
      actions={
        <>
          <label className="field field-inline">
            <span className="field-label">{t('ui.scheme.label')}</span>
            <select data-testid="scheme-select" value={name ?? ''} onChange={(e) => setName(e.target.value)} disabled={schemes.length === 0}>
              {schemes.length === 0 && <option value="">{t('ui.scheme.none')}</option>}
              {schemes.map((s) => (
                <option key={s.id} value={s.name}>
                  {t('ui.scheme.option', { name: s.name, version: s.version })}
                </option>
              ))}
            </select>
          </label>
          <TemplateButton kind="scheme" />
          <button type="button" className="button button-primary" data-testid="scheme-import-open" onClick={() => setImporting(true)}>
            {t('ui.scheme.import')}
          </button>
        </>
      }
    >
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      {scheme.error && <LoadError error={scheme.error} onRetry={scheme.reload} />}
      {!list.loading && schemes.length === 0 && !list.error && <Empty testId="scheme-empty">{t('ui.scheme.emptyHint')}</Empty>}
      {current && (
        <>
          <div className="summary-bar" data-testid="scheme-summary">
            <span className={frozen ? 'chip chip-warn' : 'chip chip-ok'} data-testid="scheme-status" data-status={current.status}>
              {frozen ? t('ui.scheme.frozen') : t('ui.scheme.draft')}
            </span>
            <span>{t('ui.scheme.version', { version: current.version })}</span>
            <span>{t('ui.scheme.indicatorCount', { n: current.indicatorCount })}</span>
            <span className="muted">{t('ui.scheme.createdAt', { at: dateTime(current.createdAt) })}</span>
            {frozen && current.frozenBy && <span className="muted">{t('ui.scheme.frozenBy', { period: current.frozenBy })}</span>}
            <span className="grow" />
            {rootSum && <WeightSumBadge sum={rootSum} label={t('ui.scheme.rootSum')} />}
            <span className={bad.length ? 'text-bad' : 'text-ok'} data-testid="weight-check" data-bad={bad.length}>
              {bad.length ? t('ui.scheme.sumsBad', { n: bad.length, list: bad.map((b) => (b.parent === ROOT ? t('ui.scheme.top') : b.parent)).join(t('ui.listSeparator')) }) : t('ui.scheme.sumsOk')}
            </span>
            <button type="button" className="button button-small" data-testid="tree-expand-all" onClick={tree.expandAll}>
              {t('ui.tree.expandAll')}
            </button>
            <button type="button" className="button button-small" data-testid="tree-collapse-all" onClick={tree.collapseAll}>
              {t('ui.tree.collapseAll')}
            </button>
          </div>
          {frozen && <p className="hint">{t('ui.scheme.frozenHint')}</p>}
          <DataGrid<Row>
            testId="indicator-grid"
            gridRef={grid}
            rowData={tree.rows}
            columnDefs={columns}
            defaultColDef={noFilters}
            readOnlyEdit
            singleClickEdit={false}
            stopEditingWhenCellsLoseFocus
            onCellEditRequest={(e) => void onEdit(e)}
            getRowClass={(p) => (p.data && p.data.depth === 0 ? 'row-top' : undefined)}
            {...tree.gridProps}
          />
        </>
      )}
      {importing && (
        <SchemeImportDialog
          existing={schemes.map((s) => s.name)}
          onClose={() => setImporting(false)}
          onImported={(imported) => {
            list.reload()
            setName(imported)
            scheme.reload()
          }}
        />
      )}
    </Page>
  )
}
