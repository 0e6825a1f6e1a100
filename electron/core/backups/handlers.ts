import path from 'node:path'
import type { HandlerContext, HandlerMap } from '../context'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'
import type { LiveDatabase } from '../../db/backups/live-database'
import { listBackups, setKeepRule, takeBackup } from '../../db/backups/take-backup'
import { readManifest } from '../../db/backups/manifest'
import { backupFolderOf } from '../../db/backups/folder'
import { restoreDatabase } from './restore'

/** The live database file, or a refusal for a dispatch over a bare connection (an in-memory test). */
export function liveDatabaseOf(ctx: HandlerContext): LiveDatabase {
  const live = ctx.backend.database
  if (!live || live.path === ':memory:') throw new AppError('conflict', t('backup.unavailable'))
  return live
}

export const backupHandlers: HandlerMap<'backup-list' | 'backup-create' | 'backup-restore' | 'backup-settings-get' | 'backup-settings-update'> = {
  async 'backup-list'(_input, ctx) {
    const { folder, backups, keep } = listBackups(liveDatabaseOf(ctx).path)
    return { folder, backups, keep }
  },
  /** runs outside any transaction (the contract says so), holding the connection while it copies */
  async 'backup-create'(input, ctx) {
    const live = liveDatabaseOf(ctx)
    const entry = await live.exclusive((sqlite) =>
      takeBackup(sqlite, live.path, {
        kind: 'manual',
        reason: input.reason,
        signal: ctx.signal,
        onProgress: (done, total) => ctx.progress(done, total, 'progress.backup'),
      }),
    )
    ctx.audit({ entity: 'backup', entityId: entry.file, after: { reason: entry.reason, schemaVersion: entry.schemaVersion, sha256: entry.sha256, bytes: entry.bytes } })
    return { ...entry, path: path.join(backupFolderOf(live.path), entry.file) }
  },
  async 'backup-restore'(input, ctx) {
    return restoreDatabase(liveDatabaseOf(ctx), input.file, ctx)
  },
  async 'backup-settings-get'(_input, ctx) {
    return readManifest(backupFolderOf(liveDatabaseOf(ctx).path)).keep
  },
  async 'backup-settings-update'(input, ctx) {
    const dbPath = liveDatabaseOf(ctx).path
    const before = readManifest(backupFolderOf(dbPath)).keep
    const after = setKeepRule(dbPath, input).keep
    ctx.audit({ entity: 'backup-settings', before, after })
    return after
  },
}
