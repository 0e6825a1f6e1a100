import { useMemo, useState } from 'react'
import type { ColDef } from 'ag-grid-community'
import type { Period } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { ConfirmDialog } from '../../components/confirm-dialog'
import { DataGrid, emptyOverlay } from '../../components/data-grid'
import { useNotify } from '../../components/notify'
import { LoadError, Page } from '../../components/page'
import { NoPeriod, periodKindText, periodStatusText, usePeriodChoice, useSetPeriod } from '../../components/period-picker'
import { Tabs } from '../../components/tabs'
import { dateTime } from '../../lib/format'
import { useMayCall } from '../../lib/route-access'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { StagesTab, type StagesFilter } from '../stages/stages-tab'
import { AdvanceDialog } from './advance-dialog'
import { PeopleTab } from './people-tab'
import { PeriodForm } from './period-form'

const statusTone: Record<Period['status'], string> = {
  draft: 'plain',
  open: 'ok',
  review: 'warn',
  approved: 'info',
  noticed: 'info',
  final: 'strong',
}

/** The lifecycle steps a row offers, each only to a role that may take it (null: that step's button is not drawn). */
interface RowSteps {
  open: ((p: Period) => void) | null
  advance: ((p: Period) => void) | null
}

function periodColumns(steps: RowSteps): ColDef<Period>[] {
  const { open: onOpen, advance: onAdvance } = steps
  const columns: ColDef<Period>[] = [
    { field: 'id', headerName: t('ui.period.id'), width: 120, sort: 'desc', pinned: 'left' },
    { field: 'name', headerName: t('ui.period.name'), flex: 1, minWidth: 150 },
    { field: 'kind', headerName: t('ui.period.kind'), width: 90, valueFormatter: (p) => (p.value ? periodKindText(p.value) : '') },
    {
      field: 'status',
      headerName: t('ui.period.status'),
      width: 100,
      // the stored value is a code: the chip and the sheet show its word
      valueFormatter: (p) => (p.value ? periodStatusText(p.value as Period['status']) : ''),
      cellRenderer: (p: { value: Period['status'] }) => <span className={`chip chip-${statusTone[p.value] ?? 'plain'}`}>{periodStatusText(p.value)}</span>,
    },
    {
      colId: 'scheme',
      headerName: t('ui.period.scheme'),
      valueGetter: (p) => (p.data ? t('ui.scheme.option', { name: p.data.schemeName, version: p.data.schemeVersion }) : ''),
      width: 170,
    },
    {
      colId: 'range',
      headerName: t('ui.period.range'),
      valueGetter: (p) => (p.data ? `${p.data.startDate} ~ ${p.data.endDate}` : ''),
      width: 200,
    },
    { field: 'participants', headerName: t('ui.period.participants'), width: 90, type: 'rightAligned', filter: 'agNumberColumnFilter' },
    { field: 'ratingCount', headerName: t('ui.period.ratingCount'), width: 90, type: 'rightAligned', filter: 'agNumberColumnFilter' },
    { field: 'computedAt', headerName: t('ui.period.computedAt'), width: 160, cellDataType: 'text', valueFormatter: (p) => (p.value ? dateTime(p.value) : t('ui.period.notComputed')) },
    { field: 'createdAt', headerName: t('ui.period.createdAt'), width: 160, cellDataType: 'text', valueFormatter: (p) => dateTime(p.value) },
  ]
  // a role that takes neither step gets no empty column of buttons
  if (!onOpen && !onAdvance) return columns
  return [
    ...columns,
    {
      colId: 'actions',
      headerName: '',
      width: 150,
      sortable: false,
      filter: false,
      pinned: 'right',
      cellRenderer: ({ data: row }: { data?: Period }) => {
        if (row?.status === 'draft')
          return onOpen ? (
            <button type="button" className="button button-small" data-testid={`period-open-${row.id}`} onClick={() => onOpen(row)}>
              {t('ui.periodOpen.button')}
            </button>
          ) : null
        if (row && row.status !== 'final' && onAdvance)
          return (
            <button type="button" className="button button-small" data-testid={`period-advance-${row.id}`} onClick={() => onAdvance(row)}>
              {t('ui.advance.button')}
            </button>
          )
        return null
      },
    },
  ]
}

type PeriodTab = 'list' | 'people' | 'stages'
const periodTabs: PeriodTab[] = ['list', 'people', 'stages']

/** 考核周期: the periods and their lifecycle, who takes part in the chosen one, and the four stages per person. */
export function PeriodPage() {
  const [tab, setTab] = useState<PeriodTab>('list')
  // a lifecycle step re-mounts the screen so the picker and every tab read the new status
  const [nonce, setNonce] = useState(0)
  // 推进's blocked list in the period list leads to the stages tab, filtered to the group to fix
  const [filter, setFilter] = useState<StagesFilter | undefined>(undefined)
  const setPeriod = useSetPeriod()
  const showStage = (periodId: string, f: StagesFilter) => {
    setPeriod(periodId)
    setFilter(f)
    setTab('stages')
  }
  return <PeriodScreen key={nonce} tab={tab} setTab={setTab} filter={filter} onShowStage={showStage} onChanged={() => setNonce((n) => n + 1)} />
}

function PeriodScreen({ tab, setTab, filter, onShowStage, onChanged }: { tab: PeriodTab; setTab(t: PeriodTab): void; filter: StagesFilter | undefined; onShowStage(periodId: string, f: StagesFilter): void; onChanged(): void }) {
  const { period, picker } = usePeriodChoice()
  return (
    <Page title={t('nav.period')} testId="page-period" actions={tab === 'list' ? undefined : picker}>
      <Tabs tabs={periodTabs} active={tab} onChange={setTab} label={(k) => t(`ui.periodTabs.${k}`)} testIdPrefix="period-tab" />
      {tab === 'list' && <PeriodList onChanged={onChanged} onShowStage={onShowStage} />}
      {tab !== 'list' && !period && <NoPeriod testId="period-none-chosen" />}
      {tab === 'people' && period && <PeopleTab key={period.id} period={period} />}
      {tab === 'stages' && period && <StagesTab key={`${period.id}/${filter?.department ?? ''}/${filter?.missing ?? ''}`} period={period} filter={filter} onAdvanced={onChanged} />}
    </Page>
  )
}

function PeriodList({ onChanged, onShowStage }: { onChanged(): void; onShowStage(periodId: string, f: StagesFilter): void }) {
  const periods = useRpcQuery('period-list', {})
  const schemes = useRpcQuery('scheme-list', {})
  const notify = useNotify()
  const [opening, setOpening] = useState<Period | null>(null)
  const [advancing, setAdvancing] = useState<Period | null>(null)
  const setPeriod = useSetPeriod()
  const mayOpen = useMayCall('period-open')
  const mayAdvance = useMayCall('period-advance')
  const columns = useMemo(() => periodColumns({ open: mayOpen ? setOpening : null, advance: mayAdvance ? setAdvancing : null }), [mayOpen, mayAdvance])
  const mayCreate = useMayCall('period-create')
  const rows = periods.data ?? []
  const open = async (p: Period) => {
    setOpening(null)
    try {
      await rpc('period-open', { id: p.id })
      notify.success(t('ui.periodOpen.done', { id: p.id, scheme: p.schemeName, version: p.schemeVersion }))
    } catch (e) {
      notify.error(e)
    }
    onChanged()
  }
  return (
    <>
      {periods.error && <LoadError error={periods.error} onRetry={periods.reload} />}
      {schemes.error && <LoadError error={schemes.error} onRetry={schemes.reload} />}
      {mayCreate && <PeriodForm schemes={schemes.data ?? []} existing={rows.map((p) => p.id)} onCreated={onChanged} />}
      <div className="main-panel">
        <div className="grid-caption">
          <span data-testid="period-count" data-count={rows.length}>
            {t('ui.period.count', { n: rows.length })}
          </span>
        </div>
        <DataGrid<Period>
          testId="period-grid"
          exportTitle={t('gridExport.title.periods')}
          rowData={rows}
          columnDefs={columns}
          optionalColumns={[
            { colId: 'computedAt', label: t('ui.period.computedAt') },
            { colId: 'createdAt', label: t('ui.period.createdAt') },
          ]}
          overlayNoRowsTemplate={emptyOverlay(periods.data !== undefined && rows.length === 0, 'period-empty', t(mayCreate ? 'ui.empty.periods' : 'ui.empty.periodsReader'))}
          getRowId={(p) => p.data.id}
          loading={periods.loading && !periods.data}
        />
      </div>
      {opening && (
        <ConfirmDialog
          title={t('ui.periodOpen.title', { id: opening.id })}
          testId="period-open-confirm"
          confirmLabel={t('ui.periodOpen.button')}
          onConfirm={() => void open(opening)}
          onCancel={() => setOpening(null)}
        >
          <p>{t('ui.periodOpen.body', { scheme: opening.schemeName, version: opening.schemeVersion })}</p>
        </ConfirmDialog>
      )}
      {advancing && (
        <AdvanceDialog
          period={advancing}
          onClose={() => setAdvancing(null)}
          onFix={(g) => {
            setAdvancing(null)
            if (g.stage === 'peer') {
              setPeriod(advancing.id)
              window.location.hash = '#/ratings'
            } else onShowStage(advancing.id, { department: g.department, missing: g.stage })
          }}
          onDone={(p) => {
            setAdvancing(null)
            notify.success(t('ui.advance.done', { id: p.id, status: periodStatusText(p.status) }))
            onChanged()
          }}
        />
      )}
    </>
  )
}
