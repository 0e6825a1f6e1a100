import Database from 'better-sqlite3'

/**
 * Rewrites one audit row's `after` straight in the database file, past the program, as someone with
 * the file would: while the server runs (WAL lets a second connection write beside it). Returns the
 * rows changed.
 */
export function rewriteAuditAfter(dbPath: string, id: number, after: unknown): number {
  const db = new Database(dbPath)
  try {
    return db.prepare('update audit_log set after = ? where id = ?').run(JSON.stringify(after), id).changes
  } finally {
    db.close()
  }
}
