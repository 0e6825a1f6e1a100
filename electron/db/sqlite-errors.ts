import type { RpcError } from '../../shared/contract'
import { t } from '../../shared/i18n'

/**
 * SQLite's failures (better-sqlite3 gives its result code, extended ones included: SQLITE_IOERR_WRITE…)
 * in a clerk's words and an AppError code; null for anything else. A failing statement inside the
 * call's transaction rolls the whole call back, so "nothing was changed" holds.
 */
export function sqliteFailure(e: unknown, dbPath: string): RpcError | null {
  const code = e && typeof e === 'object' && 'code' in e ? (e as { code: unknown }).code : null
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null
  const is = (base: string) => code === base || code.startsWith(`${base}_`)
  if (is('SQLITE_READONLY')) return { code: 'read-only', message: t('db.readOnly', { path: dbPath }) }
  if (is('SQLITE_BUSY') || is('SQLITE_LOCKED')) return { code: 'busy', message: t('error.sqlite.busy') }
  if (is('SQLITE_FULL')) return { code: 'storage', message: t('error.sqlite.full') }
  if (is('SQLITE_CORRUPT') || is('SQLITE_NOTADB')) return { code: 'damaged', message: t('error.sqlite.corrupt') }
  if (is('SQLITE_IOERR')) return { code: 'storage', message: t('error.sqlite.ioerr') }
  if (is('SQLITE_CANTOPEN')) return { code: 'storage', message: t('error.sqlite.cantOpen') }
  return null
}
