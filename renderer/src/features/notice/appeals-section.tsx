import { useMemo, useState } from 'react'
import type { ColDef } from 'ag-grid-community'
import type { Appeal, Period, PeriodStatus } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { DataGrid, defaultColDef } from '../../components/data-grid'
import { exportText } from '../../components/grid-export'
import { useNotify } from '../../components/notify'
import { LoadError } from '../../components/page'
import { useMayCall } from '../../lib/route-access'
import { useRpcQuery } from '../../lib/use-rpc'
import { AppealAddDialog } from './appeal-add-dialog'
import { AppealDecideDialog } from './appeal-decide-dialog'
import { AppealDetail } from './appeal-detail'
import { kindText } from './appeal-words'

// a short list: no filter row, every column rendered (a test or a screen reader finds each cell)
const colDef: ColDef<Appeal> = { ...(defaultColDef as ColDef<Appeal>), filter: false, floatingFilter: false }
const rowSelection = { mode: 'singleRow', checkboxes: false, enableClickSelection: true } as const
const statusTone = { pending: 'warn', upheld: 'ok', rejected: 'plain' } as const

/** filed after the deadline, or decided after its own */
const isLate = (appeal: Appeal) => Boolean(appeal.deadlines?.late || appeal.decidedLate)

/** The badge of a late filing or a late decision: the committee decides on the facts, the app only flags. */
function LateBadge({ appeal }: { appeal: Appeal }) {
  const late = appeal.deadlines?.late ?? false
  if (!isLate(appeal)) return null
  return (
    <span className="chip chip-bad" data-testid="appeal-late" title={late ? t('ui.decide.appeal.lateFiled', { days: appeal.deadlines?.daysLate ?? 0 }) : t('ui.decide.appeal.lateDecided')}>
      {t('ui.decide.appeal.late')}
    </span>
  )
}

/** The grid; `onDecide` is null for a role that may not decide an appeal: no column of buttons then. */
function appealColumns(onDecide: ((a: Appeal) => void) | null, canDecide: boolean): ColDef<Appeal>[] {
  const columns: ColDef<Appeal>[] = [
    { field: 'id', headerName: t('ui.decide.col.no'), width: 66, minWidth: 60, sort: 'desc', type: 'rightAligned' },
    { field: 'name', headerName: t('ui.person.name'), width: 90 },
    { field: 'department', headerName: t('ui.person.department'), width: 124 },
    { field: 'kind', headerName: t('ui.decide.col.kind'), width: 80, valueFormatter: (p) => kindText(p.value as Appeal['kind']) },
    { field: 'filedOn', headerName: t('ui.decide.col.filedOn'), width: 104 },
    { colId: 'fileBy', headerName: t('ui.decide.col.fileBy'), width: 104, valueGetter: (p) => p.data?.deadlines?.fileBy ?? '—' },
    { colId: 'decideBy', headerName: t('ui.decide.col.decideBy'), width: 104, valueGetter: (p) => p.data?.deadlines?.decideBy ?? '—' },
    {
      colId: 'late',
      headerName: t('ui.decide.col.late'),
      width: 76,
      valueGetter: (p) => (p.data ? isLate(p.data) : false),
      cellRenderer: (p: { data?: Appeal }) => (p.data ? <LateBadge appeal={p.data} /> : null),
      // the badge's word, not true/false
      context: exportText<Appeal>((late) => (late === true ? t('ui.decide.appeal.late') : null)),
    },
    {
      field: 'status',
      headerName: t('ui.decide.col.status'),
      width: 90,
      valueFormatter: (p) => (p.value ? t(`ui.decide.appealStatus.${p.value as Appeal['status']}`) : ''),
      cellRenderer: (p: { data?: Appeal }) =>
        p.data ? (
          <span className={`chip chip-${statusTone[p.data.status]}`} data-testid="appeal-status" data-status={p.data.status}>
            {t(`ui.decide.appealStatus.${p.data.status}`)}
          </span>
        ) : null,
    },
    { field: 'decidedOn', headerName: t('ui.decide.col.decidedOn'), width: 104, valueFormatter: (p) => p.value ?? '—' },
    { field: 'reason', headerName: t('ui.decide.col.reason'), flex: 1, minWidth: 110, tooltipField: 'reason' },
  ]
  if (!onDecide) return columns
  return [
    ...columns,
    {
      colId: 'actions',
      headerName: '',
      width: 100,
      pinned: 'right',
      sortable: false,
      cellRenderer: (p: { data?: Appeal }) =>
        p.data?.status === 'pending' && canDecide ? (
          <button type="button" className="button button-small" data-testid="appeal-decide-open" onClick={() => p.data && onDecide(p.data)}>
            {t('ui.decide.appeal.decide')}
          </button>
        ) : null,
    },
  ]
}

/** 复核与申诉 of the chosen period: file one, decide it, and read what a correction changed. */
export function AppealsSection({ period, status, noticed, onChanged }: { period: Period; status: PeriodStatus; noticed: boolean; onChanged(): void }) {
  const notify = useNotify()
  const list = useRpcQuery('appeals-list', { period: period.id })
  // the changes table names dimensions by name, as the results grid does
  const results = useRpcQuery('results-list', { period: period.id })
  const dimensionNames = useMemo(() => Object.fromEntries((results.data?.dimensions ?? []).map((d) => [d.code, d.name])), [results.data])
  const [adding, setAdding] = useState(false)
  const [deciding, setDeciding] = useState<Appeal | null>(null)
  const [selected, setSelected] = useState<number | null>(null)
  // appeals come after approval; a final period's results stand
  const open = status === 'approved' || status === 'noticed'
  const mayAdd = useMayCall('appeals-add')
  const mayDecide = useMayCall('appeals-decide')
  const columns = useMemo(() => appealColumns(mayDecide ? setDeciding : null, open), [mayDecide, open])
  const rows = list.data ?? []
  const chosen = rows.find((a) => a.id === selected) ?? null
  const pending = rows.filter((a) => a.status === 'pending').length

  return (
    <section className="card card-fill appeals-card" data-testid="appeals">
      <h2 className="panel-title">
        <span>
          {t('ui.decide.appeal.title')}
          <span className="muted small appeals-count" data-testid="appeals-count" data-count={rows.length} data-pending={pending}>
            {t('ui.decide.appeal.count', { n: rows.length, pending })}
          </span>
        </span>
        {mayAdd && (
          <button type="button" className="button button-small button-primary" data-testid="appeal-add-open" disabled={!open} onClick={() => setAdding(true)}>
            {t('ui.decide.appeal.add')}
          </button>
        )}
      </h2>
      <p className="field-help">{open ? (noticed ? t('ui.decide.appeal.help') : t('ui.decide.appeal.helpNoNotice')) : t('ui.decide.appeal.closed')}</p>
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      <DataGrid<Appeal>
        testId="appeals-grid"
        exportTitle={t('gridExport.title.appeals', { period: period.name })}
        height={240}
        rowData={rows}
        columnDefs={columns}
        getRowId={(p) => String(p.data.id)}
        loading={list.loading && !list.data}
        rowSelection={rowSelection}
        defaultColDef={colDef}
        suppressColumnVirtualisation
        onSelectionChanged={(e) => setSelected(e.api.getSelectedRows()[0]?.id ?? null)}
        tooltipShowDelay={300}
      />
      {chosen ? <AppealDetail appeal={chosen} dimensionNames={dimensionNames} /> : rows.length > 0 && <p className="muted small">{t('ui.decide.appeal.pickOne')}</p>}
      {adding && (
        <AppealAddDialog
          period={period}
          onClose={() => setAdding(false)}
          onAdded={(a) => {
            setAdding(false)
            setSelected(a.id)
            notify.success(t('ui.decide.appeal.added', { name: a.name, kind: kindText(a.kind) }))
            list.reload()
          }}
        />
      )}
      {deciding && (
        <AppealDecideDialog
          appeal={deciding}
          period={period}
          onClose={() => setDeciding(null)}
          onDecided={(a) => {
            setDeciding(null)
            setSelected(a.id)
            notify.success(t(a.status === 'upheld' ? 'ui.decide.appeal.upheldDone' : 'ui.decide.appeal.rejectedDone', { name: a.name, n: a.changes.length }))
            list.reload()
            onChanged()
          }}
        />
      )}
    </section>
  )
}
