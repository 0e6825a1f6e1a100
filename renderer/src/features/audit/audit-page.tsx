import { useEffect, useMemo, useRef, useState } from 'react'
import type { SizeColumnsToContentStrategy } from 'ag-grid-community'
import type { AgGridReact } from 'ag-grid-react'
import type { AuditEntry, AuditVerification } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { CountedGrid } from '../../components/counted-grid'
import { emptyOverlay } from '../../components/data-grid'
import { useNotify } from '../../components/notify'
import { LoadError, Page } from '../../components/page'
import { rpc } from '../../lib/rpc'
import { useExport } from '../../lib/use-export'
import { useRpcQuery } from '../../lib/use-rpc'
import { useSubmit } from '../../lib/use-submit'
import { useMyAccess } from '../accounts/session-access'
import { auditColumns } from './audit-columns'
import { AuditDetailDialog } from './audit-detail-dialog'
import { AuditFilterBar, filterInput, noFilters, type AuditFilters } from './audit-filters'
import { AuditVerifyLine } from './audit-verify-line'
import { entryKey } from './audit-words'
import './audit.css'

/** the screen shows this many entries, newest first; one more is asked for to know whether more exist */
export const AUDIT_SHOWN = 500
const rowSelection = { mode: 'singleRow', checkboxes: false, enableClickSelection: true } as const
// the role and the action are words to read whole (安全保密管理员, "change the password"); the change columns take what is left
const fitWords: SizeColumnsToContentStrategy = { type: 'fitCellContents', colIds: ['role', 'method'], continuous: true }

interface Seen {
  methods: ReadonlySet<string>
  users: ReadonlySet<string>
  entities: ReadonlySet<string>
}
const merge = (a: ReadonlySet<string>, more: Iterable<string>) => {
  const next = new Set(a)
  for (const v of more) next.add(v)
  return next.size === a.size ? a : next
}

/**
 * 审计 (安全审计员): the audit log filtered by account, action, object and dates; 核验 walks its hash
 * chain and names the first broken row; 导出 writes the same selection as a workbook (itself audited).
 */
export function AuditPage() {
  const notify = useNotify()
  const me = useMyAccess()
  const grid = useRef<AgGridReact<AuditEntry>>(null)
  const [draft, setDraft] = useState<AuditFilters>(noFilters)
  const [applied, setApplied] = useState<AuditFilters>(noFilters)
  const list = useRpcQuery('audit-list', { limit: AUDIT_SHOWN + 1, ...filterInput(applied) })
  const entries = useMemo(() => (list.data ?? []).slice(0, AUDIT_SHOWN), [list.data])
  const more = (list.data?.length ?? 0) > AUDIT_SHOWN
  const columns = useMemo(() => auditColumns(), [])
  const [seen, setSeen] = useState<Seen>({ methods: new Set(), users: new Set(), entities: new Set() })
  const [detail, setDetail] = useState<AuditEntry | null>(null)
  const [verification, setVerification] = useState<AuditVerification | null>(null)
  const verifying = useSubmit(notify.error)
  const exporting = useExport()

  // the suggestions grow with every load, so a narrowed list still offers what was met before
  useEffect(() => {
    const rows = list.data
    if (!rows) return
    setSeen((s) => ({
      methods: merge(s.methods, rows.map((e) => e.method)),
      users: merge(s.users, rows.map((e) => e.user)),
      entities: merge(s.entities, rows.map((e) => e.entity)),
    }))
  }, [list.data])

  const brokenShown = verification !== null && !verification.ok && entries.some((e) => e.id === verification.id)
  const showBroken = (v: AuditVerification) => {
    const api = grid.current?.api
    const node = !v.ok ? api?.getRowNode(String(v.id)) : undefined
    if (!api || !node) return
    node.setSelected(true, true)
    api.ensureNodeVisible(node, 'middle')
  }
  const verify = () =>
    verifying.submit(async () => {
      const v = await rpc('audit-verify', {})
      setVerification(v)
      showBroken(v)
    })
  const apply = (f: AuditFilters) => {
    setDraft(f)
    setApplied(f)
  }

  const actions = (
    <>
      {me.may('audit-verify') && (
        <button type="button" className="button" data-testid="audit-verify" disabled={verifying.busy} onClick={() => void verify()}>
          {verifying.busy ? t('ui.auditLog.verify.busy') : t('ui.auditLog.verify')}
        </button>
      )}
      {me.may('audit-export') && (
        <button
          type="button"
          className="button button-primary"
          data-testid="audit-export"
          disabled={exporting.running}
          onClick={() => void exporting.run((opts) => rpc('audit-export', filterInput(applied), opts))}
        >
          {exporting.running ? t('ui.auditLog.export.busy') : t('ui.auditLog.export')}
        </button>
      )}
    </>
  )

  return (
    <Page title={t('nav.audit')} testId="page-audit" actions={actions} subtitle={t('ui.auditLog.subtitle')}>
      <AuditFilterBar value={draft} onChange={setDraft} seen={seen} onApply={() => apply(draft)} onClear={() => apply(noFilters)} />
      {verification && <AuditVerifyLine verification={verification} shown={brokenShown} onClose={() => setVerification(null)} />}
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      <CountedGrid<AuditEntry>
        count={{ testId: 'audit-count', total: entries.length, text: (shown) => t('ui.auditLog.count', { shown, total: entries.length }) }}
        caption={
          more && (
            <span className="chip chip-warn" data-testid="audit-more">
              {t('ui.auditLog.more', { n: AUDIT_SHOWN })}
            </span>
          )
        }
        testId="audit-log-grid"
        gridRef={grid}
        rowData={entries}
        columnDefs={columns}
        getRowId={(p) => entryKey(p.data)}
        rowSelection={rowSelection}
        loading={list.loading && !list.data}
        overlayNoRowsTemplate={emptyOverlay(list.data !== undefined, 'audit-empty', t('ui.auditLog.empty'))}
        tooltipShowDelay={300}
        autoSizeStrategy={fitWords}
        onRowClicked={(e) => e.data && setDetail(e.data)}
        onRowDataUpdated={() => verification && showBroken(verification)}
      />
      {detail && <AuditDetailDialog entry={detail} onClose={() => setDetail(null)} />}
    </Page>
  )
}
