import { useMemo, useState } from 'react'
import type { ColDef } from 'ag-grid-community'
import { commitMethod, penaltyRecordTypes, type PenaltyEntry, type Person } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { CountedGrid } from '../../components/counted-grid'
import { emptyOverlay } from '../../components/data-grid'
import { ImportButton } from '../../components/import-button'
import { SearchInput, Select } from '../../components/inputs'
import { useNotify } from '../../components/notify'
import { LoadError } from '../../components/page'
import { TemplateButton } from '../../components/template-button'
import { dateTime } from '../../lib/format'
import { useMayCall } from '../../lib/route-access'
import { useRpcQuery } from '../../lib/use-rpc'
import { matchesPerson, yearChoices, yearOptions } from './history-filters'
import { PenaltyAddDialog } from './penalties-add-dialog'
import { PenaltiesImportDialog } from './penalties-import'
import './history-screens.css'

interface PenaltyRow extends PenaltyEntry {
  department: string
}

function penaltyColumns(): ColDef<PenaltyRow>[] {
  return [
    { field: 'staffNo', headerName: t('ui.person.staffNo'), width: 90, pinned: 'left' },
    { field: 'name', headerName: t('ui.person.name'), width: 96, pinned: 'left' },
    { field: 'department', headerName: t('ui.person.department'), width: 120, tooltipField: 'department' },
    {
      field: 'type',
      headerName: t('ui.penalty.type'),
      width: 130,
      cellRenderer: (p: { data?: PenaltyRow }) =>
        p.data ? (
          <span className={p.data.kind === 'negative' ? 'chip chip-warn' : 'chip chip-bad'} data-kind={p.data.kind}>
            {p.data.type}
          </span>
        ) : null,
    },
    { field: 'decidedOn', headerName: t('ui.penalty.decidedOn'), width: 124, sort: 'desc', cellDataType: 'text' },
    {
      field: 'termMonths',
      headerName: t('ui.penalty.term'),
      width: 104,
      cellDataType: 'text',
      valueFormatter: (p) => (p.value === null || p.value === undefined ? '—' : t('ui.penalty.termMonths', { n: p.value as number })),
    },
    { field: 'reason', headerName: t('ui.penalty.reason'), flex: 1, minWidth: 140, wrapText: true, autoHeight: true, cellClass: 'cell-wrap', valueFormatter: (p) => p.value ?? '' },
    // the rule is what this screen is for: wrapped, never cut off
    { field: 'rule', headerName: t('ui.penalty.rule'), flex: 2, minWidth: 240, wrapText: true, autoHeight: true, cellClass: 'cell-wrap penalty-rule-cell' },
    {
      colId: 'entered',
      headerName: t('ui.penalty.entered'),
      width: 180,
      wrapText: true,
      autoHeight: true,
      cellClass: 'cell-wrap',
      valueGetter: (p) => (p.data ? t('ui.penalty.enteredBy', { by: p.data.createdBy, at: dateTime(p.data.createdAt) }) : ''),
      tooltipValueGetter: (p) =>
        p.data ? (p.data.batchId === null ? t('ui.penalty.sourceManual') : t('ui.penalty.sourceImport', { batch: p.data.batchId })) : '',
    },
  ]
}

/** 处分与负面清单: every recorded penalty and negative-list entry with the grading rule it triggers; imported or added one by one. */
export function PenaltiesTab({ people }: { people: readonly Person[] }) {
  const notify = useNotify()
  const penalties = useRpcQuery('penalties-list', {})
  const [search, setSearch] = useState('')
  const [year, setYear] = useState('')
  const [type, setType] = useState('')
  const [importing, setImporting] = useState(false)
  const [adding, setAdding] = useState(false)
  const mayImport = useMayCall(commitMethod('penalties'))
  const mayAdd = useMayCall('penalties-add')
  const columns = useMemo(() => penaltyColumns(), [])
  const departments = useMemo(() => new Map(people.map((p) => [p.staffNo, p.department])), [people])
  const all = useMemo<PenaltyRow[]>(() => (penalties.data ?? []).map((p) => ({ ...p, department: departments.get(p.staffNo) ?? '' })), [penalties.data, departments])
  const years = useMemo(() => yearChoices(all.map((p) => Number(p.decidedOn.slice(0, 4)))), [all])
  const rows = useMemo(
    () => all.filter((p) => (year === '' || p.decidedOn.startsWith(`${year}-`)) && (type === '' || p.type === type) && matchesPerson(p, search)),
    [all, year, type, search],
  )

  return (
    <>
      {penalties.error && <LoadError error={penalties.error} onRetry={penalties.reload} />}
      <div className="filter-bar org-records-toolbar">
        <SearchInput placeholder={t('ui.penalty.searchPlaceholder')} testId="penalty-search" value={search} onChange={setSearch} />
        <Select aria-label={t('ui.penalty.decidedOn')} testId="penalty-year" value={year} options={yearOptions(years)} empty={t('ui.penalty.allYears')} onChange={setYear} />
        <Select<string> aria-label={t('ui.penalty.type')} testId="penalty-type-filter" value={type} options={penaltyRecordTypes} empty={t('ui.penalty.allTypes')} onChange={setType} />
        <span className="grow" />
        <TemplateButton kind="penalties" label={t('ui.penalty.template')} />
        {mayImport && <ImportButton label={t('ui.penalty.import')} testId="penalty-import-file" onOpen={() => setImporting(true)} />}
        {mayAdd && (
          <button type="button" className="button button-primary" data-testid="penalty-add-open" onClick={() => setAdding(true)}>
            {t('ui.penalty.add')}
          </button>
        )}
      </div>
      <p className="field-help">{t('ui.penalty.help')}</p>
      <CountedGrid<PenaltyRow>
        count={{ testId: 'penalty-count', total: all.length, text: (shown) => t('ui.penalty.count', { shown, total: all.length }) }}
        testId="penalty-grid"
        exportTitle={t('gridExport.title.penalties')}
        rowData={rows}
        columnDefs={columns}
        getRowId={(p) => String(p.data.id)}
        loading={penalties.loading && !penalties.data}
        tooltipShowDelay={300}
        overlayNoRowsTemplate={emptyOverlay(all.length === 0, 'penalty-empty', t('ui.penalty.empty'))}
      />
      {importing && <PenaltiesImportDialog onImported={penalties.reload} onClose={() => setImporting(false)} />}
      {adding && (
        <PenaltyAddDialog
          people={people}
          onClose={() => setAdding(false)}
          onAdded={(p) => {
            setAdding(false)
            notify.success(t('ui.penalty.added', { staffNo: p.staffNo, name: p.name, type: p.type, date: p.decidedOn }))
            penalties.reload()
          }}
        />
      )}
    </>
  )
}
