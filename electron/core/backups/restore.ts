import fs from 'node:fs'
import path from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import type { HandlerContext } from '../context'
import type { BackupEntry, RestoreResult } from '../../../shared/contract'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'
import type { LiveDatabase } from '../../db/backups/live-database'
import { backupFolderOf } from '../../db/backups/folder'
import { discardBackup, listBackups, takeBackup } from '../../db/backups/take-backup'
import { checkDatabaseFile } from '../../db/backups/check-database-file'
import { copyDatabase } from '../../db/backups/copy-database'
import { fileSha256, removeIfPresent } from '../../db/backups/files'
import { endSessionsInFile } from '../../db/backups/end-sessions'

/**
 * A backup's name from the list is looked for in the backups folder; anything with a folder in it
 * (the command line's FILE, made absolute there) is taken as the path it names.
 */
function resolveSource(dbPath: string, file: string): string {
  return file.includes('/') || file.includes('\\') ? path.resolve(file) : path.join(backupFolderOf(dbPath), file)
}

/**
 * Replaces the database with `file`: checked first (read-only: integrity, a known schema, a
 * 系统管理员) and refused with the reason, the live file untouched; then the file is copied beside
 * the database, the current data backed up, the copy's sessions ended, and it is swapped in atomically
 * (live-database.ts). The dispatch then writes the audit entry into the restored database, so the
 * record of the restore is in the file that is served from now on.
 */
export async function restoreDatabase(live: LiveDatabase, file: string, ctx: HandlerContext): Promise<RestoreResult> {
  const source = resolveSource(live.path, file)
  if (path.resolve(source) === path.resolve(live.path)) throw new AppError('bad-file', t('backup.check.isLive', { file }))
  const listed = listBackups(live.path).backups.find((b) => path.join(backupFolderOf(live.path), b.file) === source)
  const check = checkDatabaseFile(source)
  if (!check.ok) throw new AppError('bad-file', check.reason)
  if (listed && (await fileSha256(source)) !== listed.sha256) throw new AppError('bad-file', t('backup.check.changed', { file: listed.file }))

  const dir = path.dirname(path.resolve(live.path))
  const staged = path.join(dir, `.${path.basename(live.path)}.restoring-${process.pid}-${Date.now()}`)
  let replacing = false
  let safetyBackup: BackupEntry | null = null
  try {
    // copied first: the safety copy's rotation may drop an old backup, the very one being restored
    const from = new SqliteDatabase(source, { readonly: true, fileMustExist: true })
    try {
      await copyDatabase(from, staged, { signal: ctx.signal, onProgress: (done, total) => ctx.progress(done, total, 'progress.restore.copy') })
    } finally {
      from.close()
    }
    safetyBackup = await live.exclusive((sqlite) =>
      takeBackup(sqlite, live.path, {
        kind: 'restore',
        detail: path.basename(source),
        signal: ctx.signal,
        onProgress: (done, total) => ctx.progress(done, total, 'progress.backup.safety'),
      }),
    )
    const sessionsEnded = endSessionsInFile(staged, new Date())
    // the last moment a cancel is heard: from here the swap runs to its end
    await ctx.checkpoint()
    replacing = true
    await live.replaceWith(staged)
    ctx.audit({
      entity: 'database',
      entityId: path.basename(source),
      before: { safetyBackup: safetyBackup.file },
      after: { restoredFrom: listed ? listed.file : source, schemaVersion: check.schemaVersion, sessionsEnded },
    })
    return { restoredFrom: listed ? listed.file : source, schemaVersion: check.schemaVersion, safetyBackup, sessionsEnded }
  } catch (e) {
    // stopped before the file was touched (a cancel, another program using it): the safety copy is
    // of data still live, so it goes; past that point it is the way back and stays
    if (safetyBackup && (!replacing || (e instanceof AppError && e.code === 'conflict'))) discardBackup(live.path, safetyBackup.file)
    throw e
  } finally {
    if (fs.existsSync(staged)) removeIfPresent(staged)
  }
}
