import type { BackupBefore, MethodName } from '../../../shared/contract'
import { AppError, Cancelled } from '../../../shared/contract/app-error'
import type { ProgressEvent } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import type { LiveDatabase } from '../../db/backups/live-database'
import { discardBackup, takeBackup } from '../../db/backups/take-backup'
import { checkNextTransition } from '../period/lifecycle'

export interface BackupHookOptions {
  onProgress?: (event: ProgressEvent) => void
  signal?: AbortSignal
}

/**
 * The copy the dispatch asks for before a `backupBefore` method's transaction opens: before every
 * import's commit, and before the period-advance that approves (review → approved; the other steps
 * are not worth a copy each). It runs holding the one connection, so it waits for any write in
 * progress and copies only committed data. A failed copy refuses the call: nothing is written
 * without its backup. It answers with how to drop the copy again, which the dispatch does when the
 * call then fails (a refused file, a cancel): the database is as it was, and a row of useless
 * copies would only push real ones out of the rotation.
 */
export function automaticBackups(live: LiveDatabase) {
  return async (kind: BackupBefore, method: MethodName, input: unknown, opts: BackupHookOptions): Promise<(() => void) | undefined> => {
    const fields = (input ?? {}) as { id?: unknown; period?: unknown }
    if (kind === 'approval') {
      const id = typeof fields.id === 'string' ? fields.id : null
      if (id === null) return undefined
      const next = await checkNextTransition(await live.db(), id).catch(() => null)
      if (!next || next.to !== 'approved' || !next.allowed) return undefined
    }
    const detail = kind === 'approval' ? String(fields.id) : typeof fields.period === 'string' ? `${method} ${fields.period}` : method
    try {
      const entry = await live.exclusive((sqlite) =>
        takeBackup(sqlite, live.path, {
          kind,
          detail,
          signal: opts.signal,
          onProgress: (done, total) => opts.onProgress?.({ done, total, stage: 'progress.backup' }),
        }),
      )
      return () => discardBackup(live.path, entry.file)
    } catch (e) {
      if (e instanceof Cancelled) throw e
      throw new AppError('conflict', t('backup.auto.failed', { problem: e instanceof Error ? e.message : String(e) }))
    }
  }
}
