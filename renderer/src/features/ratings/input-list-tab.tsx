import { useMemo, useState } from 'react'
import type { ColDef } from 'ag-grid-community'
import { commitMethod, type InputList, type InputRowBase, type Period } from '../../../../shared/contract'
import type { RpcFailure } from '../../lib/rpc'
import { ballotVotes, inputListCounts, satisfactionResponses } from '../../../../shared/domain/input-counts'
import { t } from '../../../../shared/i18n'
import { DataGrid } from '../../components/data-grid'
import { SearchInput } from '../../components/inputs'
import { Empty, LoadError } from '../../components/page'
import { TemplateButton } from '../../components/template-button'
import { dateTime } from '../../lib/format'
import { useMayCall } from '../../lib/route-access'
import { useRpcQuery } from '../../lib/use-rpc'
import { InputImportDialog } from './input-import'
import { ballotColumns, measureColumns, satisfactionColumns, type ListedKind } from './input-list-columns'

interface ListQuery<R extends InputRowBase> {
  data: InputList<R> | undefined
  error: RpcFailure | null
  loading: boolean
  reload(): void
}

interface ViewProps<R extends InputRowBase> {
  kind: ListedKind
  period: Period
  query: ListQuery<R>
  columns: ColDef<R>[]
  /** the count line over the rows shown (all, or one batch's) */
  countText(rows: R[]): string
}

/**
 * One kind of imported input as a clerk checks it: the rows (whose, which item, the figures, which
 * file and row), a count line, and the imports they came from; choosing an import shows its rows.
 * With nothing imported it says what to import and opens the one import dialog on that kind.
 */
function InputListView<R extends InputRowBase>({ kind, period, query, columns, countText }: ViewProps<R>) {
  const [batch, setBatch] = useState<number | null>(null)
  const [search, setSearch] = useState('')
  const [importing, setImporting] = useState(false)
  const mayImport = useMayCall(commitMethod(kind))
  const list = query.data
  const rows = useMemo(() => (list ? (batch === null ? list.rows : list.rows.filter((r) => r.batchId === batch)) : []), [list, batch])
  const importButton = mayImport && (
    <button type="button" className="button button-primary" data-testid={`input-list-import-${kind}`} onClick={() => setImporting(true)}>
      {t(`ui.inputList.import.${kind}`)}
    </button>
  )
  return (
    <>
      {query.error && <LoadError error={query.error} onRetry={query.reload} />}
      {list && list.rows.length === 0 && (
        <Empty testId={`input-list-empty-${kind}`}>
          <p>{t(`ui.inputList.empty.${kind}`)}</p>
          <div className="button-row-center">
            <TemplateButton kind={kind} />
            {importButton}
          </div>
        </Empty>
      )}
      {list && list.rows.length > 0 && (
        <>
          <div className="filter-bar">
            <SearchInput placeholder={t('ui.inputList.searchPlaceholder')} testId={`input-list-search-${kind}`} value={search} onChange={setSearch} />
            <span className="summary-line" data-testid={`input-list-count-${kind}`} data-rows={rows.length}>
              {countText(rows)}
            </span>
            <span className="grow" />
            <TemplateButton kind={kind} />
            {importButton}
          </div>
          <div className="input-batches" data-testid={`input-list-batches-${kind}`}>
            <span className="muted">{t('ui.inputList.batches')}</span>
            <button type="button" className={`chip-button${batch === null ? ' active' : ''}`} aria-pressed={batch === null} data-testid={`input-batch-${kind}-all`} onClick={() => setBatch(null)}>
              {t('ui.inputList.allBatches')}
            </button>
            {list.batches.map((b) => (
              <button
                key={b.id}
                type="button"
                className={`chip-button${batch === b.id ? ' active' : ''}`}
                aria-pressed={batch === b.id}
                data-testid={`input-batch-${kind}-${b.id}`}
                data-rows={b.rows}
                onClick={() => setBatch(b.id)}
              >
                <BatchWords fileName={b.fileName} importedAt={b.importedAt} importedBy={b.importedBy} rows={b.rows} />
              </button>
            ))}
          </div>
        </>
      )}
      {list && list.rows.length > 0 && (
        <DataGrid<R>
          testId={`input-list-grid-${kind}`}
          exportTitle={t(`gridExport.title.inputList.${kind}`, { period: period.name })}
          rowData={rows}
          columnDefs={columns}
          getRowId={(p) => String(p.data.id)}
          quickFilterText={search}
        />
      )}
      {importing && <InputImportDialog period={period} initialKind={kind} onImported={query.reload} onClose={() => setImporting(false)} />}
    </>
  )
}

/** “file” · when · by whom · rows: the file's and the account's names are the office's words, marked so. */
function BatchWords({ fileName, importedAt, importedBy, rows }: { fileName: string; importedAt: string; importedBy: string; rows: number }) {
  const [before, after] = t('ui.inputList.batchBy').split('{by}')
  return (
    <>
      <span data-user-text>“{fileName}”</span> · {dateTime(importedAt)} · {before}
      <span data-user-text>{importedBy}</span>
      {after} · {t('ui.inputList.batchRows', { rows })}
    </>
  )
}

const peopleAndRows = (rows: readonly InputRowBase[]) => inputListCounts(rows)

export function SatisfactionTab({ period }: { period: Period }) {
  const query = useRpcQuery('inputs-satisfaction', { period: period.id })
  const columns = useMemo(() => satisfactionColumns(), [])
  return (
    <InputListView
      kind="satisfaction"
      period={period}
      query={query}
      columns={columns}
      countText={(rows) => t('ui.inputList.count.satisfaction', { ...peopleAndRows(rows), responses: satisfactionResponses(rows) })}
    />
  )
}

export function BallotsTab({ period }: { period: Period }) {
  const query = useRpcQuery('inputs-ballots', { period: period.id })
  const columns = useMemo(() => ballotColumns(), [])
  return (
    <InputListView kind="ballots" period={period} query={query} columns={columns} countText={(rows) => t('ui.inputList.count.ballots', { ...peopleAndRows(rows), votes: ballotVotes(rows) })} />
  )
}

export function MeasuresTab({ period }: { period: Period }) {
  const query = useRpcQuery('inputs-measures', { period: period.id })
  const columns = useMemo(() => measureColumns(), [])
  return <InputListView kind="measures" period={period} query={query} columns={columns} countText={(rows) => t('ui.inputList.count.measures', { ...peopleAndRows(rows) })} />
}
