import type { ColDef } from 'ag-grid-community'
import type { AuditEntry } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { methodWords } from '../../../../shared/i18n/method-words'
import { dateTime } from '../../lib/format'
import { auditRoleWords, compact, entityWords, plain } from './audit-words'

/** The log as the auditor reads it: local time, who as which role, what in words, on what, and the change. */
export function auditColumns(): ColDef<AuditEntry>[] {
  return [
    { field: 'id', headerName: t('ui.auditLog.col.id'), width: 70, minWidth: 60, cellDataType: 'number', sort: 'desc' },
    { field: 'at', headerName: t('ui.auditLog.col.at'), width: 150, cellDataType: 'text', valueFormatter: (p) => dateTime(p.value), filterValueGetter: (p) => dateTime(p.data?.at) },
    { field: 'user', headerName: t('ui.auditLog.col.user'), width: 90 },
    { colId: 'role', headerName: t('ui.auditLog.col.role'), width: 110, valueGetter: (p) => (p.data ? auditRoleWords(p.data.role) : '') },
    { colId: 'method', headerName: t('ui.auditLog.col.method'), width: 140, valueGetter: (p) => (p.data ? methodWords(p.data.method) : '') },
    { field: 'entity', headerName: t('ui.auditLog.col.entity'), width: 96, valueFormatter: (p) => entityWords(p.value ?? '') },
    { field: 'entityId', headerName: t('ui.auditLog.col.entityId'), width: 100 },
    { colId: 'before', headerName: t('ui.auditLog.col.before'), flex: 1, minWidth: 90, valueGetter: (p) => compact(p.data?.before), tooltipValueGetter: (p) => plain(p.data?.before) },
    { colId: 'after', headerName: t('ui.auditLog.col.after'), flex: 1, minWidth: 90, valueGetter: (p) => compact(p.data?.after), tooltipValueGetter: (p) => plain(p.data?.after) },
  ]
}
