import fs from 'node:fs'
import SqliteDatabase from 'better-sqlite3'
import { t } from '../../../shared/i18n'
import { migrations as knownMigrations, type Migration } from '../migrations'

export type FileCheck = { ok: true; schemaVersion: number } | { ok: false; reason: string }

/**
 * Whether a file may replace the database: it opens read-only as SQLite, passes
 * `PRAGMA integrity_check`, records migrations that are a prefix of ours (an older Kaohe is fine,
 * the open migrates it; a newer or a different one is not), and has an enabled 系统管理员 — a file
 * without one would leave the app to whoever creates the first account. Reads, never writes.
 */
export function checkDatabaseFile(file: string, known: readonly Migration[] = knownMigrations): FileCheck {
  const refuse = (reason: string): FileCheck => ({ ok: false, reason })
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return refuse(t('backup.check.missing', { file }))
  if (fs.statSync(file).size === 0) return refuse(t('backup.check.empty', { file }))
  let db: SqliteDatabase.Database | null = null
  try {
    db = new SqliteDatabase(file, { readonly: true, fileMustExist: true })
    const problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check)
    if (problems.length !== 1 || problems[0] !== 'ok') return refuse(t('backup.check.damaged', { file, problem: problems[0] ?? '' }))
    if (!hasTable(db, 'schema_migrations')) return refuse(t('backup.check.foreign', { file }))
    const applied = db.prepare('SELECT id, name FROM schema_migrations ORDER BY id').all() as { id: number; name: string }[]
    if (applied.length === 0) return refuse(t('backup.check.foreign', { file }))
    const unknown = applied.filter((a) => !known.some((k) => k.id === a.id && k.name === a.name))
    if (unknown.length > 0 && applied.length > known.length) return refuse(t('backup.check.newer', { file, names: unknown.map((u) => u.name).join('、') }))
    const mismatch = applied.findIndex((a, i) => known[i]?.id !== a.id || known[i]?.name !== a.name)
    if (mismatch >= 0) return refuse(t('backup.check.order', { file, found: applied[mismatch].name }))
    if (!hasTable(db, 'account_roles') || enabledSysadmins(db) === 0) return refuse(t('backup.check.noAdmin', { file }))
    return { ok: true, schemaVersion: applied[applied.length - 1].id }
  } catch (e) {
    // "file is not a database", "database disk image is malformed": not a file to restore from
    return refuse(t('backup.check.notDatabase', { file, problem: e instanceof Error ? e.message : String(e) }))
  } finally {
    db?.close()
  }
}

function hasTable(db: SqliteDatabase.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined
}

function enabledSysadmins(db: SqliteDatabase.Database): number {
  const row = db
    .prepare("SELECT count(*) AS n FROM account_roles r JOIN accounts a ON a.id = r.account_id WHERE r.role = 'sysadmin' AND a.disabled = 0")
    .get() as { n: number }
  return row.n
}
