import { useMemo, useState } from 'react'
import type { ColDef } from 'ag-grid-community'
import type { Flag, Period } from '../../../../../shared/contract'
import { isMessageKey, t } from '../../../../../shared/i18n'
import { DataGrid } from '../../../components/data-grid'
import { Field } from '../../../components/field'
import { Select } from '../../../components/inputs'
import { useNotify } from '../../../components/notify'
import { LoadError } from '../../../components/page'
import { dateTime } from '../../../lib/format'
import { useMayCall } from '../../../lib/route-access'
import { rpc } from '../../../lib/rpc'
import { useRpcQuery } from '../../../lib/use-rpc'
import { ResolveDialog } from './resolve-dialog'
import { useSubmit } from '../../../lib/use-submit'

const statuses = ['open', 'confirmed', 'excluded'] as const
type StatusFilter = '' | (typeof statuses)[number]
const statusTone: Record<string, string> = { open: 'warn', confirmed: 'bad', excluded: 'plain' }

export function flagKindText(kind: string): string {
  const key = `ui.flags.kind.${kind}`
  return isMessageKey(key) ? t(key) : kind
}

/** The grid; `onDecide` is null for a role that may not resolve a flag: no column of buttons then. */
function flagColumns(onDecide: ((f: Flag, d: 'confirmed' | 'excluded') => void) | null): ColDef<Flag>[] {
  const columns: ColDef<Flag>[] = [
    { field: 'kind', headerName: t('ui.flags.kind'), width: 160, valueFormatter: (p) => flagKindText(p.value as string) },
    { field: 'role', headerName: t('ui.flags.role'), width: 90, valueFormatter: (p) => (p.value as string | null) ?? '—' },
    { field: 'rater', headerName: t('ui.flags.rater'), width: 100, valueFormatter: (p) => (p.value as string | null) || t('ui.flags.anonymous') },
    { colId: 'person', headerName: t('ui.flags.person'), width: 130, valueGetter: (p) => personText(p.data?.person) },
    { colId: 'details', headerName: t('ui.flags.details'), flex: 3, minWidth: 280, valueGetter: (p) => p.data?.details.message ?? '', tooltipValueGetter: (p) => (p.value as string) || null },
    {
      field: 'status',
      headerName: t('ui.flags.status'),
      width: 100,
      // the stored value is a code: the chip and the sheet show its word
      valueFormatter: (p) => (p.value ? t(`ui.flags.status.${p.value as (typeof statuses)[number]}`) : ''),
      cellRenderer: (p: { value: string }) => <span className={`chip chip-${statusTone[p.value] ?? 'plain'}`}>{t(`ui.flags.status.${p.value as 'open'}`)}</span>,
    },
    {
      colId: 'decision',
      headerName: t('ui.flags.decision'),
      flex: 2,
      minWidth: 240,
      valueGetter: (p) => (p.data && p.data.status !== 'open' ? t('ui.flags.decided', { by: p.data.decidedBy ?? '—', at: dateTime(p.data.decidedAt), reason: p.data.reason ?? '' }) : ''),
      tooltipValueGetter: (p) => (p.value as string) || null,
    },
  ]
  if (!onDecide) return columns
  return [
    ...columns,
    {
      colId: 'actions',
      headerName: '',
      width: 150,
      pinned: 'right',
      sortable: false,
      filter: false,
      cellRenderer: (p: { data?: Flag }) =>
        p.data && p.data.status === 'open' ? (
          <span className="cell-actions">
            <button type="button" className="button button-small" data-testid={`flag-confirm-${p.data.id}`} onClick={() => p.data && onDecide(p.data, 'confirmed')}>
              {t('ui.flags.confirm')}
            </button>
            <button type="button" className="button button-small" data-testid={`flag-exclude-${p.data.id}`} onClick={() => p.data && onDecide(p.data, 'excluded')}>
              {t('ui.flags.exclude')}
            </button>
          </span>
        ) : null,
    },
  ]
}

function personText(person: Flag['person'] | undefined): string {
  if (!person) return t('ui.flags.wholeBallot')
  return `${person.name}（${person.staffNo}）`
}

/** 交叉核查: run the checks, read each flag in words, confirm it or exclude the ballot — always with a reason. */
export function FlagsPanel({ period }: { period: Period }) {
  const notify = useNotify()
  const [status, setStatus] = useState<StatusFilter>('')
  const flags = useRpcQuery('flags-list', { period: period.id, ...(status ? { status } : {}) })
  const lastRun = useRpcQuery('flags-last-run', { period: period.id })
  const notRun = lastRun.data !== undefined && lastRun.data.at === null
  const running = useSubmit(notify.error)
  const [deciding, setDeciding] = useState<{ flag: Flag; decision: 'confirmed' | 'excluded' } | null>(null)
  const mayRun = useMayCall('flags-run')
  const mayResolve = useMayCall('flags-resolve')
  const columns = useMemo(() => flagColumns(mayResolve ? (flag, decision) => setDeciding({ flag, decision }) : null), [mayResolve])
  const rows = flags.data ?? []
  const open = rows.filter((f) => f.status === 'open').length

  const run = () =>
    running.submit(async () => {
      const r = await rpc('flags-run', { period: period.id })
      notify.success(t('ui.flags.ran', { added: r.added, kept: r.kept, dropped: r.dropped }))
      flags.reload()
      lastRun.reload()
    })

  return (
    <div className="main-panel" data-testid="flags-panel">
      <div className="filter-bar">
        <Field label={t('ui.flags.status')} inline>
          <Select<StatusFilter> testId="flags-status" value={status} options={statuses.map((s) => ({ value: s, label: t(`ui.flags.status.${s}`) }))} empty={t('ui.flags.status.all')} onChange={setStatus} />
        </Field>
        {notRun ? (
          <span className="muted" data-testid="flags-not-run">
            {t(mayRun ? 'ui.flags.notRun' : 'ui.flags.notRunReader')}
          </span>
        ) : (
          <span className="muted" data-testid="flags-count" data-count={rows.length} data-open={open}>
            {t('ui.flags.count', { n: rows.length, open })}
            {lastRun.data?.at && <span data-user-text> · {t('ui.flags.lastRun', { at: dateTime(lastRun.data.at), by: lastRun.data.by ?? '—' })}</span>}
          </span>
        )}
        {mayRun && (
          <>
            <span className="grow" />
            <button type="button" className="button button-primary" data-testid="flags-run" disabled={running.busy} onClick={() => void run()}>
              {running.busy ? t('ui.flags.running') : t(notRun ? 'ui.flags.runFirst' : 'ui.flags.run')}
            </button>
          </>
        )}
      </div>
      <p className="field-help">{t(mayResolve ? 'ui.flags.help' : 'ui.flags.helpReader')}</p>
      {flags.error && <LoadError error={flags.error} onRetry={flags.reload} />}
      <DataGrid<Flag>
        testId="flags-grid"
        exportTitle={t('gridExport.title.flags', { period: period.name })}
        rowData={rows}
        columnDefs={columns}
        getRowId={(p) => String(p.data.id)}
        tooltipShowDelay={300}
        loading={flags.loading && !flags.data}
      />
      {deciding && (
        <ResolveDialog
          flag={deciding.flag}
          decision={deciding.decision}
          describe={`${flagKindText(deciding.flag.kind)} · ${deciding.flag.role ?? ''} ${deciding.flag.rater ?? t('ui.flags.anonymous')} · ${personText(deciding.flag.person)}`}
          onClose={() => setDeciding(null)}
          onDone={() => {
            setDeciding(null)
            flags.reload()
          }}
        />
      )}
    </div>
  )
}
