import SqliteDatabase from 'better-sqlite3'

/**
 * Ends every session still open in a database file about to be restored: they were live when the
 * backup was taken, and a restore must not bring back a sign-in ended since (a logout, a disabled
 * account). Everyone, the restoring 系统管理员 too, signs in again. Returns how many it ended.
 */
export function endSessionsInFile(file: string, now: Date): number {
  const db = new SqliteDatabase(file, { fileMustExist: true })
  try {
    return db.prepare("UPDATE sessions SET ended_at = ?, ended_reason = 'restored' WHERE ended_at IS NULL").run(now.toISOString()).changes
  } finally {
    db.close()
  }
}
