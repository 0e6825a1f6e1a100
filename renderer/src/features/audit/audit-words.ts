import type { AuditEntry } from '../../../../shared/contract'
import { isRole } from '../../../../shared/domain/roles'
import { t } from '../../../../shared/i18n'

/** The acting role in words; an old row's text that names no role (before accounts) as stored. */
export const auditRoleWords = (role: string) => (isRole(role) ? t(`role.${role}`) : role)

/** A before or after as one line, for the grid; the detail shows it whole. */
export function compact(value: unknown, max = 120): string {
  if (value === null || value === undefined) return ''
  const s = typeof value === 'string' ? value : JSON.stringify(value)
  return s.length > max ? `${s.slice(0, max)}…` : s
}

/** A before or after in full, indented, for reading. */
export function full(value: unknown): string {
  if (value === null || value === undefined) return t('ui.auditLog.detail.none')
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2)
}

export const entryKey = (e: AuditEntry) => String(e.id)
