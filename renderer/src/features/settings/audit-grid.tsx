import { useMemo } from 'react'
import type { ColDef } from 'ag-grid-community'
import type { AuditEntry } from '../../../../shared/contract'
import { isMessageKey, t } from '../../../../shared/i18n'
import { DataGrid } from '../../components/data-grid'
import { dateTime } from '../../lib/format'

export function methodText(method: string): string {
  const key = `ui.method.${method}`
  return isMessageKey(key) ? t(key) : method
}

function brief(value: unknown): string {
  if (value === null || value === undefined) return ''
  const s = typeof value === 'string' ? value : JSON.stringify(value)
  return s.length > 160 ? s.slice(0, 160) + '…' : s
}

function auditColumns(): ColDef<AuditEntry>[] {
  return [
    { field: 'at', headerName: t('ui.audit.at'), width: 160, sort: 'desc', cellDataType: 'text', valueFormatter: (p) => dateTime(p.value) },
    { field: 'user', headerName: t('ui.audit.user'), width: 90 },
    { field: 'method', headerName: t('ui.audit.method'), width: 120, valueFormatter: (p) => methodText(p.value), filterValueGetter: (p) => methodText(p.data?.method ?? '') },
    { colId: 'entity', headerName: t('ui.audit.entity'), width: 150, valueGetter: (p) => (p.data ? [p.data.entity, p.data.entityId].filter(Boolean).join(' · ') : '') },
    {
      colId: 'change',
      headerName: t('ui.audit.change'),
      flex: 1,
      minWidth: 160,
      valueGetter: (p) => brief(p.data?.after ?? p.data?.before),
      tooltipValueGetter: (p) => (p.data ? JSON.stringify({ before: p.data.before, after: p.data.after }, null, 1) : null),
    },
  ]
}

export function AuditGrid({ entries, loading }: { entries: AuditEntry[]; loading: boolean }) {
  const columns = useMemo(() => auditColumns(), [])
  // a short log beside the form: sorting, no filter row
  return (
    <DataGrid<AuditEntry>
      testId="audit-grid"
      exportTitle={t('gridExport.title.audit')}
      rowData={entries}
      columnDefs={columns}
      getRowId={(p) => String(p.data.id)}
      defaultColDef={{ sortable: true, resizable: true, suppressHeaderMenuButton: true }}
      loading={loading && entries.length === 0}
      tooltipShowDelay={300}
      height={320}
    />
  )
}
