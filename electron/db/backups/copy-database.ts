import fs from 'node:fs'
import path from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { Cancelled } from '../../../shared/contract/app-error'
import { companionsOf, fsyncFile, fsyncFolder, removeIfPresent } from './files'

export interface CopyOptions {
  onProgress?(done: number, total: number): void
  signal?: AbortSignal
}

// pages per step: small enough that progress moves and a cancel is heard, large enough not to crawl
const pagesPerStep = 256

/**
 * Copies a database through SQLite's online backup API (a consistent snapshot of what is committed,
 * whatever sits in the write-ahead log) into `dest`, by way of a partial file renamed only once it is
 * complete and on disk. The copy is one self-contained file (rollback journal, not WAL), so reading
 * it later leaves no companions beside it. A cancel removes the partial file.
 */
export async function copyDatabase(source: SqliteDatabase.Database, dest: string, opts: CopyOptions = {}): Promise<void> {
  const partial = `${dest}.partial`
  removeIfPresent(partial)
  try {
    await source.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        if (opts.signal?.aborted) throw new Cancelled()
        opts.onProgress?.(totalPages - remainingPages, totalPages)
        if (opts.signal?.aborted) throw new Cancelled()
        return pagesPerStep
      },
    })
    // a cancel that came with the last step still wins: nothing is kept half-asked-for
    if (opts.signal?.aborted) throw new Cancelled()
    opts.onProgress?.(1, 1)
    const copy = new SqliteDatabase(partial)
    try {
      copy.pragma('journal_mode = DELETE')
    } finally {
      copy.close()
    }
    fsyncFile(partial)
    fs.renameSync(partial, dest)
    fsyncFolder(path.dirname(dest))
  } catch (e) {
    removeIfPresent(partial)
    for (const c of companionsOf(partial)) removeIfPresent(c)
    throw e
  }
}

/** The last migration applied in a database file (0 when it has none). */
export function schemaVersionOf(sqlite: SqliteDatabase.Database): number {
  const row = sqlite.prepare('SELECT max(id) AS v FROM schema_migrations').get() as { v: number | null }
  return row.v ?? 0
}

export function schemaVersionOfFile(file: string): number {
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true })
  try {
    return schemaVersionOf(db)
  } finally {
    db.close()
  }
}
