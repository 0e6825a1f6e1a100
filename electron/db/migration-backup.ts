import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type SqliteDatabase from 'better-sqlite3'
import { backupFolderOf } from './backups/folder'
import { backupBeforeMigration, listBackups } from './backups/take-backup'

/**
 * What the file holds now, as a short hash of its bytes (and of its -wal's, which hold committed
 * changes not yet copied in): the same content gives the same backup name.
 */
export function contentHash(file: string): string {
  const hash = crypto.createHash('sha256')
  for (const part of [file, `${file}-wal`]) {
    if (!fs.existsSync(part)) continue
    const fd = fs.openSync(part, 'r')
    try {
      const chunk = Buffer.alloc(1 << 20)
      let n: number
      while ((n = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0) hash.update(chunk.subarray(0, n))
    } finally {
      fs.closeSync(fd)
    }
  }
  return hash.digest('hex').slice(0, 12)
}

/**
 * The copy taken before upgrading `file` with the step `firstPending`: a backup like every other,
 * in the backups folder and its manifest (kind 'migration', the step and the content's hash as its
 * detail). A second attempt on the same content (an upgrade that failed and is tried again) finds
 * its backup already listed and writes no other.
 */
export async function backupBeforeMigrating(sqlite: SqliteDatabase.Database, file: string, firstPending: string, hash: string): Promise<{ path: string; reused: boolean }> {
  const detail = `${firstPending} ${hash}`
  const listed = listBackups(file)
  const earlier = listed.backups.find((b) => b.kind === 'migration' && b.detail === detail)
  if (earlier) return { path: path.join(listed.folder, earlier.file), reused: true }
  const entry = await backupBeforeMigration(sqlite, file, detail)
  return { path: path.join(backupFolderOf(file), entry.file), reused: false }
}
