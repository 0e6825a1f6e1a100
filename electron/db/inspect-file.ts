import fs from 'node:fs'
import path from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { t } from '../../shared/i18n'
import type { Migration } from './migrations'
import { knownTables, tableNames } from './known-tables'

export type RefusalReason = 'missing' | 'not-file' | 'empty' | 'not-sqlite' | 'damaged' | 'foreign' | 'unknown-tables' | 'newer' | 'order' | 'read-only-pending' | 'migration-failed' | 'cannot-open'

/** A database file Kaohe will not open, with why in a clerk's words (the file named). */
export class DatabaseRefused extends Error {
  constructor(
    message: string,
    readonly reason: RefusalReason = 'foreign',
  ) {
    super(message)
    this.name = 'DatabaseRefused'
  }
}

export interface Inspected {
  /** the file may not be written (its mode or its folder's): it is opened read-only */
  readOnly: boolean
  applied: { id: number; name: string }[]
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')

/**
 * Looks at an existing file without writing a byte: it must be a non-empty SQLite file holding
 * Kaohe's migration table, only tables Kaohe's migrations make, and migrations this version knows.
 * Reading a WAL-mode file makes SQLite create its -wal/-shm beside it; those are removed again
 * when they were not there before (and hold nothing).
 */
export async function inspectFile(filePath: string, list: Migration[]): Promise<Inspected> {
  const file = path.resolve(filePath)
  const stat = fs.statSync(file)
  if (!stat.isFile()) throw refused('not-file', file)
  if (stat.size === 0) throw refused('empty', file)
  if (!startsWithMagic(file)) throw refused('not-sqlite', file)
  const readOnly = isReadOnly(file)
  const leftovers = siblingsBefore(file)
  let sqlite: SqliteDatabase.Database | null = null
  try {
    sqlite = new SqliteDatabase(file, { readonly: true, fileMustExist: true })
    const tables = tableNames(sqlite)
    if (!tables.includes('schema_migrations')) throw refused('foreign', file)
    const applied = sqlite.prepare('SELECT id, name FROM schema_migrations ORDER BY id').all() as { id: number; name: string }[]
    checkApplied(file, applied, list)
    const known = await knownTables(list)
    const strange = tables.filter((name) => !known.has(name))
    if (strange.length > 0) throw refused('unknown-tables', file, { tables: shortList(strange) })
    return { readOnly, applied }
  } catch (e) {
    if (e instanceof DatabaseRefused) throw e
    const code = (e as { code?: unknown }).code
    if (code === 'SQLITE_NOTADB' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'))) throw refused('damaged', file)
    throw e
  } finally {
    sqlite?.close()
    leftovers.removeNew()
  }
}

function checkApplied(file: string, applied: { id: number; name: string }[], known: Migration[]): void {
  const unknown = applied.filter((a) => !known.some((k) => k.id === a.id && k.name === a.name))
  if (unknown.length > 0 && applied.length > known.length) throw refused('newer', file, { ids: shortList(unknown.map((u) => u.name)) })
  applied.forEach((a, i) => {
    const k = known[i]
    if (!k || k.id !== a.id || k.name !== a.name) throw refused('order', file, { at: i + 1, found: a.name, expected: k ? k.name : '—' })
  })
}

export function refused(reason: RefusalReason, file: string, vars: Record<string, string | number> = {}): DatabaseRefused {
  const key = (
    {
      missing: 'db.missing',
      'not-file': 'db.notFile',
      empty: 'db.empty',
      'not-sqlite': 'db.notSqlite',
      damaged: 'db.damaged',
      foreign: 'db.foreign',
      'unknown-tables': 'db.unknownTables',
      newer: 'db.newer',
      order: 'db.order',
      'read-only-pending': 'db.readOnlyPending',
      'migration-failed': 'db.migrationFailed',
      'cannot-open': 'db.cannotOpen',
    } as const
  )[reason]
  return new DatabaseRefused(t(key, { path: file, ...vars }), reason)
}

function startsWithMagic(file: string): boolean {
  const fd = fs.openSync(file, 'r')
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length)
    const n = fs.readSync(fd, head, 0, head.length, 0)
    return n === head.length && head.equals(SQLITE_MAGIC)
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * Read-only by its mode (no write bit for anyone: as an administrator's account could still write
 * it, the mode is what says the owner meant it so) or because this account may not write the file
 * or its folder (a WAL database writes its -wal/-shm beside it).
 */
export function isReadOnly(file: string): boolean {
  const dir = path.dirname(file)
  const noWriteBits = (p: string) => (fs.statSync(p).mode & 0o222) === 0
  return noWriteBits(file) || noWriteBits(dir) || !canWrite(file) || !canWrite(dir)
}

function canWrite(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.W_OK)
    return true
  } catch {
    return false
  }
}

/** The -wal/-shm beside a file as they were, and a way to remove only the ones made since (and empty of data). */
export function siblingsBefore(file: string): { removeNew(): void } {
  const had = new Set(['-wal', '-shm'].filter((s) => fs.existsSync(file + s)))
  return {
    removeNew() {
      const wal = file + '-wal'
      if (!had.has('-wal') && fs.existsSync(wal) && fs.statSync(wal).size > 0) return
      for (const s of ['-wal', '-shm']) {
        if (had.has(s)) continue
        try {
          fs.unlinkSync(file + s)
        } catch {
          // not made, or a read-only folder: nothing of ours to take away
        }
      }
    },
  }
}

function shortList(names: string[]): string {
  const shown = names.slice(0, 5).join('、')
  return names.length > 5 ? t('db.andMore', { shown, count: names.length }) : shown
}
