import crypto from 'node:crypto'
import fs from 'node:fs'
import type SqliteDatabase from 'better-sqlite3'

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
 * The copy taken before upgrading `file` with the step `firstPending`: `NAME.before-STEP-HASH.bak`
 * beside it. A second attempt on the same content (an upgrade that failed and is tried again)
 * finds its backup already there and writes no other. Written under a `.part` name first, so a
 * copy cut short is never taken for a whole one.
 */
export async function backupBeforeMigrating(sqlite: SqliteDatabase.Database, file: string, firstPending: string, hash: string): Promise<{ path: string; reused: boolean }> {
  const target = `${file}.before-${firstPending}-${hash}.bak`
  if (fs.existsSync(target)) return { path: target, reused: true }
  const part = `${target}.part`
  await sqlite.backup(part)
  fs.renameSync(part, target)
  return { path: target, reused: false }
}
