import fs from 'node:fs'
import path from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from './schema'
import { t } from '../../shared/i18n'
import { migrations as knownMigrations, type Migration } from './migrations'

export interface OpenedDatabase {
  db: Kysely<Database>
  sqlite: SqliteDatabase.Database
  path: string
  /** the backup written before migrations ran, if any */
  backupPath: string | null
  close(): Promise<void>
}

export class DatabaseRefused extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DatabaseRefused'
  }
}


/**
 * Opens (creating if needed) the one SQLite file, checks the recorded migrations against the known
 * ones, backs the file up before running any pending migration on existing data, then runs them.
 */
export async function openDatabase(filePath: string, migrationList: Migration[] = knownMigrations): Promise<OpenedDatabase> {
  const isMemory = filePath === ':memory:'
  if (!isMemory) fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true })
  const existed = !isMemory && fs.existsSync(filePath) && fs.statSync(filePath).size > 0
  const sqlite = new SqliteDatabase(filePath)
  try {
    if (!isMemory) sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('busy_timeout = 5000')
    sqlite.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    )
    const applied = sqlite.prepare('SELECT id, name FROM schema_migrations ORDER BY id').all() as { id: number; name: string }[]
    checkApplied(applied, migrationList)
    const pending = migrationList.slice(applied.length)
    let backupPath: string | null = null
    const hasData = existed && (applied.length > 0 || userTableCount(sqlite) > 0)
    if (pending.length > 0 && hasData) {
      backupPath = `${filePath}.before-${pending[0].name}-${stamp()}.bak`
      await sqlite.backup(backupPath)
    }
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
    for (const m of pending) {
      await db.transaction().execute(async (trx) => {
        await m.up(trx as unknown as Kysely<unknown>)
        await trx
          .insertInto('schema_migrations')
          .values({ id: m.id, name: m.name, applied_at: new Date().toISOString() })
          .execute()
      })
    }
    return {
      db,
      sqlite,
      path: filePath,
      backupPath,
      close: async () => {
        await db.destroy()
      },
    }
  } catch (e) {
    if (sqlite.open) sqlite.close()
    throw e
  }
}

function checkApplied(applied: { id: number; name: string }[], known: Migration[]): void {
  const unknown = applied.filter((a) => !known.some((k) => k.id === a.id && k.name === a.name))
  if (unknown.length > 0 && applied.length > known.length) {
    throw new DatabaseRefused(t('db.newer', { ids: unknown.map((u) => u.name).join('、') }))
  }
  applied.forEach((a, i) => {
    const k = known[i]
    if (!k || k.id !== a.id || k.name !== a.name) {
      throw new DatabaseRefused(t('db.order', { at: i + 1, found: a.name, expected: k ? k.name : '—' }))
    }
  })
}

function userTableCount(sqlite: SqliteDatabase.Database): number {
  const row = sqlite
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'")
    .get() as { n: number }
  return row.n
}

function stamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')
}
