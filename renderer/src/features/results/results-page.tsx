import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { AgGridReact } from 'ag-grid-react'
import type { IRowNode } from 'ag-grid-community'
import type { PeriodResults, ResultRow } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { DataGrid, emptyOverlay } from '../../components/data-grid'
import { Checkbox, SearchInput } from '../../components/inputs'
import { useNotify, useToastFailure } from '../../components/notify'
import { LoadError, Page } from '../../components/page'
import { NoPeriod, usePeriodChoice } from '../../components/period-picker'
import { BusyProgress } from '../../components/progress-bar'
import { dateTime } from '../../lib/format'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { useSubmit } from '../../lib/use-submit'
import { GradeChip } from './grade-chip'
import { resultColumns } from './results-columns'
import { DepartmentSelect } from '../../components/department-select'
import { ExplainPanel } from './explain-panel'
import { isFlagged } from './flag-badges'
import { QuotaLine } from './quota-line'
import { SelectionBar } from './selection-bar'
import './results.css'
import { computeBlocked } from './decision-gates'
import { useExportAllSheets } from './export-all-sheets'
import { useMayCall } from '../../lib/route-access'

const rowSelection = { mode: 'singleRow', checkboxes: false, enableClickSelection: true } as const

export function ResultsPage() {
  const notify = useNotify()
  const { period, picker } = usePeriodChoice()
  const listed = useRpcQuery('results-list', period ? { period: period.id } : null)
  const [computed, setComputed] = useState<PeriodResults | null>(null)
  const computing = useSubmit(useToastFailure())
  const [search, setSearch] = useState('')
  const [dept, setDept] = useState('')
  const [flaggedOnly, setFlaggedOnly] = useState(false)
  const filters = useRef({ dept, flaggedOnly })
  filters.current = { dept, flaggedOnly }
  const grid = useRef<AgGridReact<ResultRow>>(null)
  const [shown, setShown] = useState(0)
  const [selected, setSelected] = useState<string | null>(null)
  const [explaining, setExplaining] = useState<string | null>(null)
  // bumped after a decision so the open explanation is read again
  const [version, setVersion] = useState(0)

  const results = computed && computed.period === period?.id ? computed : listed.data && listed.data.period === period?.id ? listed.data : null
  const rows = useMemo(() => results?.rows ?? [], [results])
  const anyOverride = rows.some((r) => r.proposedGrade !== r.grade)
  const compact = explaining !== null
  const columns = useMemo(
    () => resultColumns({ dimensions: results?.dimensions ?? [], kind: results?.kind ?? 'quarter', anyOverride, compact }),
    [results?.dimensions, results?.kind, anyOverride, compact],
  )
  const departments = useMemo(() => [...new Set(rows.map((r) => r.department))].sort((a, b) => a.localeCompare(b, 'zh-CN')), [rows])
  const grades = useMemo(() => {
    const counts = new Map<string, number>()
    for (const r of rows) counts.set(r.grade, (counts.get(r.grade) ?? 0) + 1)
    return [...counts.entries()]
  }, [rows])
  const selectedRow = rows.find((r) => r.staffNo === selected) ?? null
  const computeLocked = computeBlocked(period)
  const mayCompute = useMayCall('results-compute')
  const allSheets = useExportAllSheets(period?.id ?? null, dept, rows.length > 0)

  useEffect(() => {
    setComputed(null)
    setSelected(null)
    setExplaining(null)
  }, [period?.id])
  useEffect(() => grid.current?.api?.onFilterChanged(), [dept, flaggedOnly])

  const compute = () =>
    computing.submit(async (call) => {
      if (!period) return
      const r = await rpc('results-compute', { period: period.id }, call)
      setComputed(r)
      setVersion((v) => v + 1)
      notify.success(t('ui.results.computed', { period: period.id, n: r.rows.length }))
      listed.reload()
    })

  const rowChanged = useCallback(
    (row: ResultRow) => {
      if (!results) return
      setComputed({ ...results, rows: results.rows.map((r) => (r.staffNo === row.staffNo ? row : r)) })
      setVersion((v) => v + 1)
    },
    [results],
  )
  const recomputed = useCallback(() => {
    setComputed(null)
    listed.reload()
    setVersion((v) => v + 1)
  }, [listed])

  // a period never computed is not an error worth a red box: it simply has no results yet
  const listError = listed.error && listed.error.code !== 'not-found' ? listed.error : null

  return (
    <Page
      title={t('nav.results')}
      testId="page-results"
      actions={
        <>
          {picker}
          {mayCompute && (
            <button
              type="button"
              className="button button-primary"
              data-testid="results-compute"
              disabled={!period || computing.busy || computeLocked !== null}
              title={computeLocked ?? undefined}
              onClick={() => void compute()}
            >
              {t('action.compute')}
            </button>
          )}
        </>
      }
    >
      {!period && <NoPeriod testId="results-no-period" />}
      <BusyProgress submit={computing} testId="compute-progress" label={t('progress.computing')} />
      {listError && <LoadError error={listError} onRetry={listed.reload} />}
      {period && (
        <>
          <div className="summary-bar" data-testid="results-summary">
            <span>{results?.computedAt ? t('ui.results.computedAt', { at: dateTime(results.computedAt) }) : t(mayCompute ? 'ui.results.notComputed' : 'ui.results.notComputedReader')}</span>
            {results && results.rows.length > 0 && (
              <>
                <QuotaLine results={results} />
                <span className="grade-counts">
                  {grades.map(([g, n]) => (
                    <span key={g} className="grade-count">
                      <GradeChip grade={g} /> {n}
                    </span>
                  ))}
                </span>
              </>
            )}
          </div>
          <div className="grid-caption">
            <span data-testid="results-count" data-count={shown}>
              {t('ui.results.count', { shown, total: rows.length })}
            </span>
            <span className="grow" />
            <Checkbox className="field field-inline check-inline" testId="results-flagged-only" checked={flaggedOnly} onChange={setFlaggedOnly} label={t('ui.res.flaggedOnly')} />
            <DepartmentSelect testId="results-department" value={dept} departments={departments} allLabel={t('ui.results.allDepartments')} onChange={setDept} />
            <SearchInput placeholder={t('ui.results.searchPlaceholder')} testId="results-search" value={search} onChange={setSearch} />
            {allSheets.button}
          </div>
          {allSheets.progress}
          <SelectionBar period={period} results={results} row={selectedRow} onExplain={() => setExplaining(selected)} onRowChanged={rowChanged} onRecomputed={recomputed} />
          <div className="split">
            {/* beside the explanation the grid keeps rank, name, total and grade: the panel shows the rest */}
            <div className="main-panel" data-grid-compact={compact ? 'true' : undefined}>
              <DataGrid<ResultRow>
                testId="results-grid"
                exportTitle={t('gridExport.title.results', { period: period.name })}
                gridRef={grid}
                rowData={rows}
                columnDefs={columns}
                optionalColumns={[{ colId: 'notes', label: t('ui.results.notes') }]}
                overlayNoRowsTemplate={emptyOverlay(!listed.loading && rows.length === 0, 'results-empty', t(mayCompute ? 'ui.empty.results' : 'ui.empty.resultsReader'))}
                getRowId={(p) => p.data.staffNo}
                rowSelection={rowSelection}
                quickFilterText={search}
                loading={listed.loading && !results}
                tooltipShowDelay={300}
                isExternalFilterPresent={() => filters.current.dept !== '' || filters.current.flaggedOnly}
                doesExternalFilterPass={(node: IRowNode<ResultRow>) =>
                  (!filters.current.dept || node.data?.department === filters.current.dept) && (!filters.current.flaggedOnly || (node.data !== undefined && isFlagged(node.data)))
                }
                onModelUpdated={() => setShown(grid.current?.api?.getDisplayedRowCount() ?? 0)}
                onSelectionChanged={(e) => {
                  const staffNo = e.api.getSelectedRows()[0]?.staffNo ?? null
                  setSelected(staffNo)
                  // an open explanation follows the selection
                  setExplaining((cur) => (cur && staffNo ? staffNo : cur))
                }}
                onRowDoubleClicked={(e) => {
                  if (!e.data) return
                  e.node.setSelected(true)
                  setSelected(e.data.staffNo)
                  setExplaining(e.data.staffNo)
                }}
              />
            </div>
            {explaining && <ExplainPanel period={period.id} staffNo={explaining} version={version} settings={results?.settings ?? null} onClose={() => setExplaining(null)} />}
          </div>
        </>
      )}
    </Page>
  )
}
