import { useMemo } from 'react'
import type { CellValueChangedEvent, ColDef } from 'ag-grid-community'
import { participationStatuses, type Period, type PeriodPersonRow } from '../../../../shared/contract'
import { inputsEditable } from '../../../../shared/domain/period-lifecycle'
import { t } from '../../../../shared/i18n'
import { DataGrid } from '../../components/data-grid'
import { useNotify } from '../../components/notify'
import { LoadError } from '../../components/page'
import { useMayCall } from '../../lib/route-access'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { exportText } from '../../components/grid-export'
import { StageChips, stageChipWords } from '../stages/stage-chips'

const statusTone: Record<string, string> = { 参加: 'ok', 不定等次: 'warn', 不参加: 'plain' }

function peopleColumns(editable: boolean): ColDef<PeriodPersonRow>[] {
  return [
    { field: 'staffNo', headerName: t('ui.person.staffNo'), width: 100, pinned: 'left', sort: 'asc' },
    { field: 'name', headerName: t('ui.person.name'), width: 100, pinned: 'left' },
    { field: 'department', headerName: t('ui.person.department'), width: 160 },
    {
      field: 'status',
      colId: 'status',
      headerName: t('ui.people.status'),
      width: 130,
      editable,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...participationStatuses] },
      cellClass: editable ? 'cell-editable' : undefined,
      cellRenderer: (p: { value: string }) => <span className={`chip chip-${statusTone[p.value] ?? 'plain'}`}>{p.value}</span>,
    },
    {
      field: 'reason',
      colId: 'reason',
      headerName: t('ui.people.reason'),
      flex: 1,
      minWidth: 200,
      editable,
      cellClass: editable ? 'cell-editable' : undefined,
      valueFormatter: (p) => p.value ?? '',
    },
    {
      colId: 'stages',
      headerName: t('ui.people.stages'),
      width: 300,
      sortable: false,
      filter: false,
      cellRenderer: (p: { data?: PeriodPersonRow }) => (p.data ? <StageChips stages={p.data.stages} /> : null),
      context: exportText<PeriodPersonRow>((_, row) => (row ? stageChipWords(row.stages) : null)),
    },
  ]
}

/** 参加人员: each person's participation in the period (参加 / 不定等次 with its reason / 不参加), editable until approval. */
export function PeopleTab({ period }: { period: Period }) {
  const notify = useNotify()
  const people = useRpcQuery('period-people', { id: period.id })
  const open = inputsEditable(period.status)
  // a role that may not change participation reads the grid: no editable cells, no "click to change"
  const mayUpdate = useMayCall('period-person-update')
  const editable = open && mayUpdate
  const columns = useMemo(() => peopleColumns(editable), [editable])
  const rows = people.data ?? []
  const counts = useMemo(() => {
    const c: Record<string, number> = {}
    for (const r of rows) c[r.status] = (c[r.status] ?? 0) + 1
    return c
  }, [rows])

  const onChange = async (e: CellValueChangedEvent<PeriodPersonRow>) => {
    if (!e.data) return
    try {
      await rpc('period-person-update', { id: period.id, staffNo: e.data.staffNo, status: e.data.status as (typeof participationStatuses)[number], reason: e.data.reason?.trim() || null })
      notify.success(t('ui.people.saved', { name: e.data.name }))
    } catch (err) {
      notify.error(err)
    }
    people.reload()
  }

  return (
    <div className="main-panel">
      {people.error && <LoadError error={people.error} onRetry={people.reload} />}
      <div className="grid-caption">
        <span data-testid="people-count" data-count={rows.length}>
          {t('ui.people.count', { n: rows.length, in: counts['参加'] ?? 0, ungraded: counts['不定等次'] ?? 0, out: counts['不参加'] ?? 0 })}
        </span>
        {(editable || !open) && <span className="muted">{editable ? t('ui.people.editHelp') : t('ui.people.frozen')}</span>}
      </div>
      <DataGrid<PeriodPersonRow>
        testId="people-grid"
        exportTitle={t('gridExport.title.people', { period: period.name })}
        rowData={rows}
        columnDefs={columns}
        getRowId={(p) => p.data.staffNo}
        onCellValueChanged={(e) => void onChange(e)}
        singleClickEdit
        loading={people.loading && !people.data}
      />
    </div>
  )
}
