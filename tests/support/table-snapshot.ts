import crypto from 'node:crypto'
import type Database from 'better-sqlite3'
import SqliteDatabase from 'better-sqlite3'

/** Every table's row count and a hash of every row, in rowid order: equal before and after means nothing was written. */
export function tableSnapshot(sqlite: Database.Database): { counts: Record<string, number>; hash: string } {
  const tables = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((r) => r.name)
  const counts: Record<string, number> = {}
  const hash = crypto.createHash('sha256')
  for (const table of tables) {
    const rows = sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()
    counts[table] = rows.length
    hash.update(`${table}\n${JSON.stringify(rows)}\n`)
  }
  return { counts, hash: hash.digest('hex') }
}

/** The row counts of `tables` in a database file, read without a write (the file as a command left it). */
export function fileTableCounts(file: string, tables: readonly string[]): Record<string, number> {
  const s = new SqliteDatabase(file, { readonly: true })
  try {
    return Object.fromEntries(tables.map((t) => [t, (s.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n]))
  } finally {
    s.close()
  }
}
