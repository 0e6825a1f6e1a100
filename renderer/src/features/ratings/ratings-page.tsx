import { useMemo, useState } from 'react'
import type { ColDef, ColGroupDef } from 'ag-grid-community'
import { t } from '../../../../shared/i18n'
import { DataGrid } from '../../components/data-grid'
import { FileButton } from '../../components/file-button'
import { ImportDialog } from '../../components/import-dialog'
import { Empty, LoadError, Page } from '../../components/page'
import { usePeriodChoice } from '../../components/period-picker'
import { TemplateButton } from '../../components/template-button'
import { fixed2 } from '../../lib/format'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { pivotRatings, type RatingRow } from './ratings-pivot'

function ratingColumns(roles: string[]): (ColDef<RatingRow> | ColGroupDef<RatingRow>)[] {
  return [
    { field: 'staffNo', headerName: t('ui.person.staffNo'), width: 96, pinned: 'left', sort: 'asc' },
    { field: 'name', headerName: t('ui.person.name'), width: 90, pinned: 'left' },
    { field: 'department', headerName: t('ui.person.department'), width: 140 },
    { field: 'indicatorCode', headerName: t('ui.indicator.code'), width: 84 },
    { field: 'indicatorName', headerName: t('ui.indicator.name'), minWidth: 140, flex: 1 },
    ...roles.map(
      (role): ColGroupDef<RatingRow> => ({
        headerName: role,
        headerClass: 'group-center',
        children: [
          {
            colId: `${role}-count`,
            headerName: t('ui.ratings.count'),
            width: 76,
            type: 'rightAligned',
            filter: 'agNumberColumnFilter',
            valueGetter: (p) => p.data?.roles[role]?.count ?? null,
          },
          {
            colId: `${role}-mean`,
            headerName: t('ui.ratings.mean'),
            width: 90,
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

export function RatingsPage() {
  const { period, picker } = usePeriodChoice()
  const summary = useRpcQuery('ratings-summary', period ? { period: period.id } : null)
  const [file, setFile] = useState<File | null>(null)
  const [search, setSearch] = useState('')
  const { rows, roles } = useMemo(() => pivotRatings(summary.data ?? []), [summary.data])
  const columns = useMemo(() => ratingColumns(roles), [roles])
  const people = useMemo(() => new Set(rows.map((r) => r.staffNo)).size, [rows])
  const ratings = useMemo(() => rows.reduce((n, r) => n + r.total, 0), [rows])

  return (
    <Page
      title={t('nav.ratings')}
      testId="page-ratings"
      actions={
        <>
          {picker}
          <input
            type="search"
            className="search"
            placeholder={t('ui.ratings.searchPlaceholder')}
            aria-label={t('action.search')}
            data-testid="ratings-search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <TemplateButton kind="ratings" />
          <FileButton label={t('ui.ratings.import')} testId="ratings-import-file" primary disabled={!period} onFile={setFile} />
        </>
      }
    >
      {!period && <Empty testId="ratings-no-period">{t('ui.period.needOne')}</Empty>}
      {summary.error && <LoadError error={summary.error} onRetry={summary.reload} />}
      {period && (
        <>
          <div className="summary-bar" data-testid="ratings-stats">
            <span>{t('ui.ratings.stats', { people, items: rows.length, ratings })}</span>
            <span className="muted">{t('ui.ratings.rolesHint')}</span>
          </div>
          <DataGrid<RatingRow>
            testId="ratings-grid"
            rowData={rows}
            columnDefs={columns}
            getRowId={(p) => p.data.id}
            quickFilterText={search}
            loading={summary.loading && !summary.data}
          />
        </>
      )}
      {file && period && (
        <ImportDialog
          title={t('ui.ratings.importTitle', { period: period.id })}
          file={file}
          preview={(f, opts) => rpc('ratings-import-preview', { period: period.id, file: f }, opts)}
          commit={(f, opts) => rpc('ratings-import', { period: period.id, file: f }, opts)}
          onImported={() => summary.reload()}
          onClose={() => setFile(null)}
        />
      )}
    </Page>
  )
}
