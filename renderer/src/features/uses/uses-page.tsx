import { useEffect, useMemo, useRef, useState } from 'react'
import type { ColDef, CellValueChangedEvent } from 'ag-grid-community'
import type { ResultUses, UseItem, UseListKind, UseStatus } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { openingYear } from '../../../../shared/domain/uses-opening-year'
import { DataGrid, emptyOverlay } from '../../components/data-grid'
import { useNotify } from '../../components/notify'
import { Empty, LoadError, Page } from '../../components/page'
import { Tabs } from '../../components/tabs'
import { downloadFile } from '../../lib/files'
import { dateTime } from '../../lib/format'
import { useMayCall } from '../../lib/route-access'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { useSubmit } from '../../lib/use-submit'
import './uses.css'
import { useYears, YearSelect } from '../../components/year-select'

/** A consequence's state in words, for a role that reads it but may not mark it. */
function UseState({ item }: { item: UseItem }) {
  return (
    <span className={item.status === 'done' ? 'chip chip-ok' : 'chip'} data-testid={`use-state-${item.subject}`} data-status={item.status}>
      {item.status === 'done' ? `✓ ${t('ui.decide.useStatus.done')}` : t('ui.decide.useStatus.pending')}
    </span>
  )
}

/**
 * The toggle reads its handler through a ref, so the columns are built once and the grid keeps its
 * state. `mayMark`: the status is a button and the note editable only for a role that may mark them.
 */
function useColumns(toggle: { current: (item: UseItem) => void }, mayMark: boolean): ColDef<UseItem>[] {
  return useMemo(
    () => [
      { field: 'name', headerName: t('ui.person.name'), width: 100, pinned: 'left' },
      { field: 'department', headerName: t('ui.person.department'), width: 140 },
      { field: 'basis', headerName: t('ui.decide.uses.basis'), flex: 1, minWidth: 200, tooltipField: 'basis' },
      { field: 'action', headerName: t('ui.decide.uses.action'), flex: 1.4, minWidth: 240, tooltipField: 'action' },
      {
        field: 'status',
        headerName: t('ui.decide.uses.status'),
        width: 120,
        valueFormatter: (p) => (p.value ? t(`ui.decide.useStatus.${p.value as UseStatus}`) : ''),
        cellRenderer: (p: { data?: UseItem }) =>
          p.data && !mayMark ? (
            <UseState item={p.data} />
          ) : p.data ? (
            <button
              type="button"
              className={p.data.status === 'done' ? 'button button-small use-done' : 'button button-small'}
              data-testid={`use-status-${p.data.subject}`}
              data-status={p.data.status}
              title={t('ui.decide.uses.toggleHelp')}
              onClick={() => p.data && toggle.current(p.data)}
            >
              {p.data.status === 'done' ? `✓ ${t('ui.decide.useStatus.done')}` : t('ui.decide.useStatus.pending')}
            </button>
          ) : null,
      },
      { field: 'note', headerName: t('ui.decide.uses.note'), width: 200, editable: mayMark, tooltipField: 'note', cellClass: mayMark ? 'cell-editable' : undefined, valueFormatter: (p) => p.value ?? '' },
      { field: 'updatedAt', headerName: t('ui.decide.uses.updated'), width: 200, filter: false, valueFormatter: (p) => (p.data?.updatedAt ? `${p.data.updatedBy ?? ''} ${dateTime(p.data.updatedAt)}` : '—') },
    ],
    [toggle, mayMark],
  )
}

/** 结果运用: what a year's grades lead to, list by list, and whether each consequence has been carried out. */
export function UsesPage() {
  const notify = useNotify()
  const periods = useRpcQuery('period-list', {})
  const years = useYears(periods.data)
  const opening = useMemo(() => (periods.data ? openingYear(periods.data) : null), [periods.data])
  const [year, setYear] = useState<number | null>(null)
  const chosenYear = year ?? opening
  const listed = useRpcQuery('uses-list', chosenYear !== null ? { year: chosenYear } : null)
  const [uses, setUses] = useState<ResultUses | null>(null)
  const [kind, setKind] = useState<UseListKind>('commendation')
  const exporting = useSubmit(notify.error)

  useEffect(() => setUses(listed.data ?? null), [listed.data])

  const replaceItem = (k: UseListKind, item: UseItem) =>
    setUses((u) => (u ? { ...u, lists: u.lists.map((l) => (l.kind === k ? { ...l, items: l.items.map((i) => (i.subject === item.subject ? item : i)) } : l)) } : u))

  const mark = async (item: UseItem, status: UseStatus, note: string | null) => {
    if (chosenYear === null) return
    try {
      const saved = await rpc('uses-mark', { year: chosenYear, kind, subject: item.subject, status, ...(note !== null ? { note } : {}) })
      replaceItem(kind, saved)
    } catch (e) {
      notify.error(e)
      listed.reload()
    }
  }
  const toggle = useRef((item: UseItem) => void mark(item, item.status === 'done' ? 'pending' : 'done', item.note))
  toggle.current = (item: UseItem) => void mark(item, item.status === 'done' ? 'pending' : 'done', item.note)
  const columns = useColumns(toggle, useMayCall('uses-mark'))

  const exportIt = () =>
    exporting.submit(async () => {
      if (chosenYear === null) return
      downloadFile(await rpc('uses-export', { year: chosenYear }))
    })

  const list = uses?.lists.find((l) => l.kind === kind) ?? null
  return (
    <Page
      title={t('nav.uses')}
      testId="page-uses"
      actions={
        <>
          <YearSelect testId="uses-year" years={years} value={chosenYear} onChange={setYear} />
          <button type="button" className="button" data-testid="uses-export" disabled={!uses || exporting.busy} onClick={() => void exportIt()}>
            {t('ui.decide.uses.export')}
          </button>
        </>
      }
    >
      {listed.error && <LoadError error={listed.error} onRetry={listed.reload} />}
      {uses && (
        <div className="summary-bar" data-testid="uses-summary" data-annual={uses.annualPeriod ?? ''}>
          {uses.annualPeriod ? t('ui.decide.uses.fromPeriod', { year: uses.year, period: uses.annualPeriod }) : t('ui.decide.uses.noAnnual', { year: uses.year })}
        </div>
      )}
      <Tabs
        className="uses-tabs"
        tabs={(uses?.lists ?? []).map((l) => l.kind)}
        active={kind}
        onChange={setKind}
        testIdPrefix="uses-tab"
        label={(k) => {
          const l = uses?.lists.find((x) => x.kind === k)
          const n = l?.items.length ?? 0
          return (
            <>
              {l?.title}
              <span className={n > 0 ? 'badge badge-some' : 'badge'} data-testid={`uses-count-${k}`} data-count={n}>
                {n}
              </span>
            </>
          )
        }}
      />
      {list && <p className="field-help">{t(`ui.decide.usesHelp.${list.kind}`)}</p>}
      {uses && !list && <Empty>{t('ui.decide.uses.empty')}</Empty>}
      {list && (
        <DataGrid<UseItem>
          testId="uses-grid"
          exportTitle={t('gridExport.title.uses', { year: uses?.year ?? '', list: list.title })}
          rowData={list.items}
          columnDefs={columns}
          optionalColumns={[{ colId: 'updatedAt', label: t('ui.decide.uses.updated') }]}
          overlayNoRowsTemplate={emptyOverlay(listed.data !== undefined, 'uses-empty', t('ui.empty.uses'))}
          getRowId={(p) => p.data.subject}
          loading={listed.loading}
          tooltipShowDelay={300}
          stopEditingWhenCellsLoseFocus
          onCellValueChanged={(e: CellValueChangedEvent<UseItem>) => {
            if (!e.data || e.colDef.field !== 'note') return
            void mark(e.data, e.data.status, String(e.newValue ?? ''))
          }}
        />
      )}
    </Page>
  )
}
