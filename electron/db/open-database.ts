import fs from 'node:fs'
import path from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { Kysely } from 'kysely'
import { sqliteDialect } from './sqlite-dialect'
import type { Database } from './schema'
import { migrations as knownMigrations, type Migration } from './migrations'
import { DatabaseRefused, inspectFile, refused, siblingsBefore } from './inspect-file'
import { backupBeforeMigrating, contentHash } from './migration-backup'
import { sqliteFailure } from './sqlite-errors'
import { t } from '../../shared/i18n'

export { DatabaseRefused } from './inspect-file'

export interface OpenedDatabase {
  db: Kysely<Database>
  sqlite: SqliteDatabase.Database
  path: string
  /** the backup taken before migrations ran (or found from an earlier attempt on the same content), if any */
  backupPath: string | null
  /** the file may not be written: opened for viewing only, every change refused */
  readOnly: boolean
  close(): Promise<void>
}

export interface OpenOptions {
  /**
   * Make the database when no file is there: only `kaohe init` and the app's first launch at its
   * own default path (and tests, which stand for them). An existing file is never replaced.
   */
  create?: boolean
  /** the steps this version knows; tests pass a shorter or longer list to stand for another version */
  migrations?: Migration[]
}

/**
 * Opens Kaohe's one SQLite file. An existing file is first looked at without writing
 * (electron/db/inspect-file.ts) and refused unless it is a Kaohe database this version can read;
 * one that may not be written opens read-only (refused if it still needs upgrading). A writable one
 * is backed up once before any pending migration, then upgraded. No file: made only with `create`.
 */
export async function openDatabase(filePath: string, opts: OpenOptions = {}): Promise<OpenedDatabase> {
  try {
    return await open(filePath, opts)
  } catch (e) {
    throw refusalOf(e, filePath)
  }
}

/**
 * SQLite or the file system failing while opening (a damaged file, an unreadable folder, a hot WAL
 * a read-only folder cannot recover) in the clerk's words with the file named; anything else as it is.
 */
function refusalOf(e: unknown, filePath: string): unknown {
  if (e instanceof DatabaseRefused) return e
  const file = filePath === ':memory:' ? filePath : path.resolve(filePath)
  const sqlite = sqliteFailure(e, file)
  const errno = (e as NodeJS.ErrnoException | null)?.code
  if (!sqlite && !(typeof errno === 'string' && /^E[A-Z]+$/.test(errno))) return e
  const refusal = new DatabaseRefused(t('db.cannotOpen', { path: file, why: sqlite?.message ?? t('error.sqlite.cantOpen') }), 'cannot-open')
  refusal.cause = e
  return refusal
}

async function open(filePath: string, opts: OpenOptions): Promise<OpenedDatabase> {
  const list = opts.migrations ?? knownMigrations
  if (filePath === ':memory:') return openWritable(filePath, list, [], null, false)
  const file = path.resolve(filePath)
  if (!fs.existsSync(file)) {
    if (!opts.create) throw refused('missing', file)
    await createAt(file, list)
  }
  const { readOnly, applied } = await inspectFile(file, list)
  if (readOnly) {
    if (applied.length < list.length) throw refused('read-only-pending', file)
    return openReadOnly(file)
  }
  const pending = list.slice(applied.length)
  // hashed before this process writes anything, so a retried upgrade names the same backup
  const hash = pending.length > 0 && applied.length > 0 ? contentHash(file) : null
  return openWritable(file, list, applied, hash, true)
}

/** Crash safety: WAL, and every commit synced to disk before it is acknowledged (ARCHITECTURE.md). */
function applyPragmas(sqlite: SqliteDatabase.Database, file: string): void {
  if (file !== ':memory:') sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
}

async function openWritable(file: string, list: Migration[], applied: { id: number }[], hash: string | null, mustExist: boolean): Promise<OpenedDatabase> {
  const sqlite = new SqliteDatabase(file, { fileMustExist: mustExist })
  const db = new Kysely<Database>({ dialect: sqliteDialect(sqlite) })
  try {
    applyPragmas(sqlite, file)
    const pending = list.slice(applied.length)
    let backupPath: string | null = null
    if (pending.length > 0 && hash !== null) backupPath = (await backupBeforeMigrating(sqlite, file, pending[0].name, hash)).path
    await migrate(db, pending, file, backupPath)
    return { db, sqlite, path: file, backupPath, readOnly: false, close: () => closeBoth(db, sqlite) }
  } catch (e) {
    await closeBoth(db, sqlite)
    throw e
  }
}

async function migrate(db: Kysely<Database>, pending: Migration[], file: string, backupPath: string | null): Promise<void> {
  if (pending.length > 0) await db.schema.createTable('schema_migrations').ifNotExists().addColumn('id', 'integer', (c) => c.primaryKey()).addColumn('name', 'text', (c) => c.notNull()).addColumn('applied_at', 'text', (c) => c.notNull()).execute()
  for (const m of pending) {
    try {
      await db.transaction().execute(async (trx) => {
        await m.up(trx as unknown as Kysely<unknown>)
        await trx.insertInto('schema_migrations').values({ id: m.id, name: m.name, applied_at: new Date().toISOString() }).execute()
      })
    } catch (e) {
      const error = refused('migration-failed', file, { name: m.name, backup: backupPath ?? '—' })
      error.cause = e
      throw error
    }
  }
}

/**
 * Kysely closes the connection only if it ever used it; closing SQLite's own too makes the last
 * close checkpoint the WAL into the file and remove the -wal/-shm.
 */
async function closeBoth(db: Kysely<Database>, sqlite: SqliteDatabase.Database): Promise<void> {
  await db.destroy()
  if (sqlite.open) sqlite.close()
}

function openReadOnly(file: string): OpenedDatabase {
  const leftovers = siblingsBefore(file)
  const sqlite = new SqliteDatabase(file, { readonly: true, fileMustExist: true })
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  const db = new Kysely<Database>({ dialect: sqliteDialect(sqlite) })
  return {
    db,
    sqlite,
    path: file,
    backupPath: null,
    readOnly: true,
    close: async () => {
      await closeBoth(db, sqlite)
      leftovers.removeNew()
    },
  }
}

/**
 * A new database, made whole under a temporary name and then linked into place, so a crash while
 * making it leaves no half-made file where Kaohe looks, and a file that appeared meanwhile is kept.
 */
async function createAt(file: string, list: Migration[]): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temp = `${file}.creating-${process.pid}`
  fs.rmSync(temp, { force: true })
  const made = await openWritable(temp, list, [], null, false)
  await made.close()
  try {
    fs.linkSync(temp, file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    // a file system without hard links (a FAT stick): rename, having looked first
    if (code !== 'EEXIST' && !fs.existsSync(file)) fs.renameSync(temp, file)
  } finally {
    fs.rmSync(temp, { force: true })
  }
}
