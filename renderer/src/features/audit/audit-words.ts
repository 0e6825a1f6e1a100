import type { AuditEntry } from '../../../../shared/contract'
import { isRole } from '../../../../shared/domain/roles'
import { isMessageKey, t } from '../../../../shared/i18n'

/** The acting role in words; an old row's text that names no role (before accounts) as stored. */
export const auditRoleWords = (role: string) => (isRole(role) ? t(`role.${role}`) : role)

/** A value as a line of text without JSON's braces and quotes: fields as 名：值, lists joined by 、. */
export function plain(value: unknown): string {
  if (value === null || value === undefined) return '—'
  if (Array.isArray(value)) return value.map(plain).join('、')
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}：${v !== null && typeof v === 'object' ? `（${plain(v)}）` : plain(v)}`)
      .join('；')
  }
  if (typeof value === 'string' && isRole(value)) return t(`role.${value}`)
  return String(value)
}

/** A before or after as one line, for the grid; the detail shows it whole. */
export function compact(value: unknown, max = 120): string {
  if (value === null || value === undefined) return ''
  const s = plain(value)
  return s.length > max ? `${s.slice(0, max)}…` : s
}

/** What an entry is about, in words where the log has a name for it; an entity without words as stored. */
export function entityWords(entity: string): string {
  const key = `ui.auditLog.entity.${entity}`
  return isMessageKey(key) ? t(key) : entity
}

/** A before or after in full, indented, for reading. */
export function full(value: unknown): string {
  if (value === null || value === undefined) return t('ui.auditLog.detail.none')
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2)
}

export const entryKey = (e: AuditEntry) => String(e.id)
