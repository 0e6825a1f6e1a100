import { useMemo, useState } from 'react'
import type { ColDef, ColGroupDef } from 'ag-grid-community'
import { commitMethod, type Period } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { domainWord } from '../../../../shared/i18n/domain-words'
import { DataGrid } from '../../components/data-grid'
import { SearchInput } from '../../components/inputs'
import { LoadError, Page } from '../../components/page'
import { NoPeriod, usePeriodChoice } from '../../components/period-picker'
import { Tabs } from '../../components/tabs'
import { TemplateButton } from '../../components/template-button'
import { fixed2 } from '../../lib/format'
import { useMayCall } from '../../lib/route-access'
import { useRpcQuery } from '../../lib/use-rpc'
import { pivotRatings, type RatingRow } from './ratings-pivot'
import { EntryPanel } from './entry/entry-panel'
import { FlagsPanel } from './flags/flags-panel'
import { InputImportDialog, type InputKindChoice } from './input-import'
import { BallotsTab, MeasuresTab, SatisfactionTab } from './input-list-tab'
import './ratings.css'

function ratingColumns(roles: string[]): (ColDef<RatingRow> | ColGroupDef<RatingRow>)[] {
  return [
    // narrow and fixed (a flex column is sized before the vertical scrollbar appears and then cuts the last
    // mean), so that three rater roles' count and mean fit beside the person at 1366×768
    { field: 'staffNo', headerName: t('ui.person.staffNo'), width: 96, pinned: 'left', sort: 'asc' },
    { field: 'name', headerName: t('ui.person.name'), width: 80, pinned: 'left' },
    { field: 'department', headerName: t('ui.person.department'), width: 110, tooltipField: 'department' },
    { field: 'indicatorCode', headerName: t('ui.indicator.code'), width: 70 },
    { field: 'indicatorName', headerName: t('ui.indicator.name'), width: 200, tooltipField: 'indicatorName' },
    ...roles.map(
      (role): ColGroupDef<RatingRow> => ({
        headerName: domainWord(role),
        headerClass: 'group-center',
        children: [
          {
            colId: `${role}-count`,
            headerName: t('ui.ratings.count'),
            width: 60,
            type: 'rightAligned',
            filter: 'agNumberColumnFilter',
            valueGetter: (p) => p.data?.roles[role]?.count ?? null,
          },
          {
            colId: `${role}-mean`,
            headerName: t('ui.ratings.mean'),
            width: 72,
            type: 'rightAligned',
            filter: 'agNumberColumnFilter',
            valueGetter: (p) => p.data?.roles[role]?.mean ?? null,
            valueFormatter: (p) => (p.value === null || p.value === undefined ? '—' : fixed2(p.value as number)),
          },
        ],
      }),
    ),
  ]
}

type RatingsTab = 'imports' | 'satisfaction' | 'ballots' | 'measures' | 'entry' | 'flags'
// the imported inputs beside the ratings, each its own tab, before the entry grid and the cross-checks
const ratingTabs: RatingsTab[] = ['imports', 'satisfaction', 'ballots', 'measures', 'entry', 'flags']

/** 评分: what was imported (the ratings, and satisfaction, ballots and measured values each in its tab, with the one import dialog), the entry grid, and the cross-checks. */
export function RatingsPage() {
  const { period, picker } = usePeriodChoice()
  const [tab, setTab] = useState<RatingsTab>('imports')
  return (
    <Page title={t('nav.ratings')} testId="page-ratings" actions={picker}>
      {!period && <NoPeriod testId="ratings-no-period" />}
      {period && (
        <>
          <Tabs tabs={ratingTabs} active={tab} onChange={setTab} label={(k) => t(`ui.ratingsTabs.${k}`)} testIdPrefix="ratings-tab" />
          {tab === 'imports' && <ImportsTab period={period} />}
          {tab === 'satisfaction' && <SatisfactionTab key={period.id} period={period} />}
          {tab === 'ballots' && <BallotsTab key={period.id} period={period} />}
          {tab === 'measures' && <MeasuresTab key={period.id} period={period} />}
          {tab === 'entry' && <EntryPanel key={period.id} period={period} />}
          {tab === 'flags' && <FlagsPanel key={period.id} period={period} />}
        </>
      )}
    </Page>
  )
}

function ImportsTab({ period }: { period: Period }) {
  const summary = useRpcQuery('ratings-summary', { period: period.id })
  const inputs = useRpcQuery('inputs-summary', { period: period.id })
  const [importing, setImporting] = useState<InputKindChoice | null>(null)
  const [search, setSearch] = useState('')
  // the one dialog imports all four kinds of input, each a clerk's work: gated on the kind it opens with
  const mayImport = useMayCall(commitMethod('ratings'))
  const { rows, roles } = useMemo(() => pivotRatings(summary.data ?? []), [summary.data])
  const columns = useMemo(() => ratingColumns(roles), [roles])
  const people = useMemo(() => new Set(rows.map((r) => r.staffNo)).size, [rows])
  const ratings = useMemo(() => rows.reduce((n, r) => n + r.total, 0), [rows])
  const totals = inputs.data?.totals
  const reload = () => {
    summary.reload()
    inputs.reload()
  }
  return (
    <>
      <div className="filter-bar">
        <SearchInput placeholder={t('ui.ratings.searchPlaceholder')} testId="ratings-search" value={search} onChange={setSearch} />
        <span className="grow" />
        <TemplateButton kind="ratings" />
        {mayImport && (
          <button type="button" className="button button-primary" data-testid="inputs-import-open" onClick={() => setImporting('ratings')}>
            {t('ui.inputs.open')}
          </button>
        )}
      </div>
      {summary.error && <LoadError error={summary.error} onRetry={summary.reload} />}
      <div className="summary-bar" data-testid="ratings-stats">
        <span>{t('ui.ratings.stats', { people, items: rows.length, ratings })}</span>
        {totals && (
          <span data-testid="inputs-totals" data-ballots={totals.ballots} data-satisfaction={totals.satisfaction} data-measures={totals.measures}>
            {t('ui.inputs.totals', { ballots: totals.ballots, satisfaction: totals.satisfaction, measures: totals.measures })}
          </span>
        )}
        <span className="muted">{t('ui.ratings.rolesHint')}</span>
      </div>
      <DataGrid<RatingRow>
        testId="ratings-grid"
        exportTitle={t('gridExport.title.ratings', { period: period.name })}
        rowData={rows}
        columnDefs={columns}
        getRowId={(p) => p.data.id}
        quickFilterText={search}
        loading={summary.loading && !summary.data}
      />
      {importing && <InputImportDialog period={period} initialKind={importing} onImported={reload} onClose={() => setImporting(null)} />}
    </>
  )
}
