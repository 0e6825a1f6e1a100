import { useMemo, useState } from 'react'
import type { ColDef } from 'ag-grid-community'
import { commitMethod, type GradeHistoryEntry, type Person } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { CountedGrid } from '../../components/counted-grid'
import { emptyOverlay } from '../../components/data-grid'
import { ImportButton } from '../../components/import-button'
import { SearchInput, Select } from '../../components/inputs'
import { LoadError } from '../../components/page'
import { TemplateButton } from '../../components/template-button'
import { useMayCall } from '../../lib/route-access'
import { useRpcQuery } from '../../lib/use-rpc'
import { NO_VALUE } from '../../../../shared/grid-export/snapshot'
import { GradeChip } from '../results/grade-chip'
import { HistoryImportDialog } from './history-import'
import { matchesPerson, yearChoices, yearOptions } from './history-filters'
import './history-screens.css'

interface HistoryRow extends GradeHistoryEntry {
  department: string
}

function historyColumns(): ColDef<HistoryRow>[] {
  const quarter = (i: 0 | 1 | 2 | 3): ColDef<HistoryRow> => ({
    colId: `q${i + 1}`,
    headerName: t(`ui.history.q${i + 1}` as 'ui.history.q1'),
    width: 96,
    valueGetter: (p) => p.data?.quarters[i] ?? '',
    // a quarter without a grade shows the dash, on screen and in the sheet
    valueFormatter: (p) => (p.value ? String(p.value) : NO_VALUE),
    cellRenderer: (p: { value: string }) => (p.value ? <GradeChip grade={p.value} /> : <span className="muted">{NO_VALUE}</span>),
  })
  return [
    { field: 'staffNo', headerName: t('ui.person.staffNo'), width: 96, pinned: 'left' },
    { field: 'name', headerName: t('ui.person.name'), width: 110, pinned: 'left' },
    { field: 'department', headerName: t('ui.person.department'), flex: 1, minWidth: 150 },
    { field: 'year', headerName: t('ui.history.year'), width: 100, cellDataType: 'text' },
    { field: 'annualGrade', headerName: t('ui.history.annualGrade'), width: 120, cellRenderer: (p: { value: string }) => <GradeChip grade={p.value} /> },
    quarter(0),
    quarter(1),
    quarter(2),
    quarter(3),
  ]
}

/** 历史等次: past years' annual (and quarterly) grades the consecutive-year rules read, imported from a workbook. */
export function HistoryTab({ people }: { people: readonly Person[] }) {
  const history = useRpcQuery('history-list', {})
  const [search, setSearch] = useState('')
  const [year, setYear] = useState('')
  const [importing, setImporting] = useState(false)
  const mayImport = useMayCall(commitMethod('history'))
  const columns = useMemo(() => historyColumns(), [])
  const departments = useMemo(() => new Map(people.map((p) => [p.staffNo, p.department])), [people])
  // by person, newest year first, without a two-column sort marker crowding the year header
  const all = useMemo<HistoryRow[]>(
    () =>
      (history.data ?? [])
        .map((h) => ({ ...h, department: departments.get(h.staffNo) ?? '' }))
        .sort((a, b) => (a.staffNo < b.staffNo ? -1 : a.staffNo > b.staffNo ? 1 : b.year - a.year)),
    [history.data, departments],
  )
  const years = useMemo(() => yearChoices(all.map((h) => h.year)), [all])
  const rows = useMemo(() => all.filter((h) => (year === '' || h.year === Number(year)) && matchesPerson(h, search)), [all, year, search])

  return (
    <>
      {history.error && <LoadError error={history.error} onRetry={history.reload} />}
      <div className="filter-bar org-records-toolbar">
        <SearchInput placeholder={t('ui.history.searchPlaceholder')} testId="history-search" value={search} onChange={setSearch} />
        <Select aria-label={t('ui.history.year')} testId="history-year" value={year} options={yearOptions(years)} empty={t('ui.history.allYears')} onChange={setYear} />
        <span className="grow" />
        <TemplateButton kind="history" label={t('ui.history.template')} />
        {mayImport && <ImportButton label={t('ui.history.import')} testId="history-import-file" primary onOpen={() => setImporting(true)} />}
      </div>
      <p className="field-help">{t('ui.history.help')}</p>
      <CountedGrid<HistoryRow>
        count={{ testId: 'history-count', total: all.length, text: (shown) => t('ui.history.count', { shown, total: all.length }) }}
        testId="history-grid"
        exportTitle={t('gridExport.title.history')}
        rowData={rows}
        columnDefs={columns}
        getRowId={(p) => `${p.data.staffNo}-${p.data.year}`}
        loading={history.loading && !history.data}
        overlayNoRowsTemplate={emptyOverlay(all.length === 0, 'history-empty', t(mayImport ? 'ui.history.empty' : 'ui.history.emptyReader'))}
      />
      {importing && <HistoryImportDialog onImported={history.reload} onClose={() => setImporting(false)} />}
    </>
  )
}
