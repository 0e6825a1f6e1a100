import type { AuditEntry } from '../../../../shared/contract'
import { isRole } from '../../../../shared/domain/roles'
import { isMessageKey, t } from '../../../../shared/i18n'
import { dateTime } from '../../lib/format'

/** The acting role in words; an old row's text that names no role (before accounts) as stored. */
export const auditRoleWords = (role: string) => (isRole(role) ? t(`role.${role}`) : role)

const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

/** A name or word the log stores, in words where it has them (grants, event kinds), else as stored. */
function word(prefix: 'field' | 'value', raw: string): string {
  const key = `ui.auditLog.${prefix}.${raw}`
  return isMessageKey(key) ? t(key) : raw
}

/** One role grant as the accounts screen says it: 部门领导（财政所、党政办公室）. */
function grantWords(g: { role: unknown; departments: unknown }): string | null {
  if (typeof g.role !== 'string' || !isRole(g.role)) return null
  if (g.departments === null || g.departments === undefined) return t(`role.${g.role}`)
  if (!Array.isArray(g.departments)) return null
  const paths = g.departments.map((d) => (d && typeof d === 'object' && 'path' in d ? String(d.path) : String(d)))
  return t('ui.session.roleIn', { role: t(`role.${g.role}`), departments: paths.join(t('ui.listSeparator')) })
}

/** A field's value: an event kind in words, a nested record in brackets. */
function fieldValue(key: string, v: unknown): string {
  if (key === 'event' && typeof v === 'string') return word('value', v)
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? `（${plain(v)}）` : plain(v)
}

/** A value as a line of text without JSON's braces and quotes: fields as 名：值, lists joined by 、. */
export function plain(value: unknown): string {
  if (value === null || value === undefined) return '—'
  if (typeof value === 'boolean') return t(value ? 'ui.yes' : 'ui.no')
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(plain).join(t('ui.listSeparator'))
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>
    if ('role' in o && 'departments' in o) {
      const g = grantWords(o as { role: unknown; departments: unknown })
      if (g) return g
    }
    return Object.entries(o)
      .map(([k, v]) => `${word('field', k)}${t('ui.auditLog.sep.field')}${fieldValue(k, v)}`)
      .join(t('ui.auditLog.sep.entry'))
  }
  if (typeof value === 'string') {
    if (isRole(value)) return t(`role.${value}`)
    if (isoTime.test(value)) return dateTime(value)
  }
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

/** A before or after in full, for reading: a record one field a line, anything else as one line. */
export function full(value: unknown): string {
  if (value === null || value === undefined) return t('ui.auditLog.detail.none')
  if (typeof value !== 'object' || Array.isArray(value)) return plain(value)
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${word('field', k)}${t('ui.auditLog.sep.field')}${fieldValue(k, v)}`)
    .join('\n')
}

export const entryKey = (e: AuditEntry) => String(e.id)
