import { useEffect, useMemo, useRef, useState } from 'react'
import type { AgGridReact } from 'ag-grid-react'
import type { IRowNode } from 'ag-grid-community'
import type { PeriodResults, ProgressEvent, ResultRow } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { DataGrid } from '../../components/data-grid'
import { useNotify } from '../../components/notify'
import { Empty, LoadError, Page } from '../../components/page'
import { usePeriodChoice } from '../../components/period-picker'
import { ProgressBar } from '../../components/progress-bar'
import { dateTime } from '../../lib/format'
import { isCancelled, rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { GradeChip } from './grade-chip'
import { resultColumns } from './results-columns'
import { DepartmentSelect } from '../../components/department-select'

export function ResultsPage() {
  const notify = useNotify()
  const { period, picker } = usePeriodChoice()
  const listed = useRpcQuery('results-list', period ? { period: period.id } : null)
  const [computed, setComputed] = useState<PeriodResults | null>(null)
  const [progress, setProgress] = useState<ProgressEvent | null>(null)
  const [computing, setComputing] = useState<AbortController | null>(null)
  const [search, setSearch] = useState('')
  const [dept, setDept] = useState('')
  const deptRef = useRef(dept)
  deptRef.current = dept
  const grid = useRef<AgGridReact<ResultRow>>(null)
  const [shown, setShown] = useState(0)

  const results = computed && computed.period === period?.id ? computed : listed.data && listed.data.period === period?.id ? listed.data : null
  const rows = results?.rows ?? []
  const columns = useMemo(() => resultColumns(results?.dimensions ?? []), [results?.dimensions])
  const departments = useMemo(() => [...new Set(rows.map((r) => r.department))].sort((a, b) => a.localeCompare(b, 'zh-CN')), [rows])
  const grades = useMemo(() => {
    const counts = new Map<string, number>()
    for (const r of rows) counts.set(r.grade, (counts.get(r.grade) ?? 0) + 1)
    return [...counts.entries()]
  }, [rows])

  useEffect(() => setComputed(null), [period?.id])
  useEffect(() => grid.current?.api?.onFilterChanged(), [dept])

  const compute = async () => {
    if (!period) return
    const c = new AbortController()
    setComputing(c)
    setProgress(null)
    try {
      const r = await rpc('results-compute', { period: period.id }, { signal: c.signal, onProgress: setProgress })
      setComputed(r)
      notify.success(t('ui.results.computed', { period: period.id, n: r.rows.length }))
      listed.reload()
    } catch (e) {
      if (isCancelled(e)) notify.info(t('error.cancelled'))
      else notify.error(e)
    } finally {
      setComputing(null)
    }
  }

  // a period never computed is not an error worth a red box: it simply has no results yet
  const listError = listed.error && listed.error.code !== 'not-found' ? listed.error : null

  return (
    <Page
      title={t('nav.results')}
      testId="page-results"
      actions={
        <>
          {picker}
          <button type="button" className="button button-primary" data-testid="results-compute" disabled={!period || computing !== null} onClick={() => void compute()}>
            {t('action.compute')}
          </button>
        </>
      }
    >
      {!period && <Empty testId="results-no-period">{t('ui.period.needOne')}</Empty>}
      {computing && <ProgressBar testId="compute-progress" event={progress} label={t('progress.computing')} onCancel={() => computing.abort()} />}
      {listError && <LoadError error={listError} onRetry={listed.reload} />}
      {period && (
        <>
          <div className="summary-bar" data-testid="results-summary">
            <span>{results?.computedAt ? t('ui.results.computedAt', { at: dateTime(results.computedAt) }) : t('ui.results.notComputed')}</span>
            {results && results.rows.length > 0 && (
              <>
                <span>{t('ui.results.graded', { graded: results.graded, quota: results.goodQuota })}</span>
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
            <DepartmentSelect testId="results-department" value={dept} departments={departments} allLabel={t('ui.results.allDepartments')} onChange={setDept} />
            <input
              type="search"
              className="search"
              placeholder={t('ui.results.searchPlaceholder')}
              aria-label={t('action.search')}
              data-testid="results-search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </div>
          <DataGrid<ResultRow>
            testId="results-grid"
            gridRef={grid}
            rowData={rows}
            columnDefs={columns}
            getRowId={(p) => p.data.staffNo}
            quickFilterText={search}
            loading={listed.loading && !results}
            tooltipShowDelay={300}
            isExternalFilterPresent={() => deptRef.current !== ''}
            doesExternalFilterPass={(node: IRowNode<ResultRow>) => !deptRef.current || node.data?.department === deptRef.current}
            onModelUpdated={() => setShown(grid.current?.api?.getDisplayedRowCount() ?? 0)}
          />
        </>
      )}
    </Page>
  )
}
