import fs from 'node:fs'
import path from 'node:path'
import type { BackupKind } from '../../../shared/contract/backups'

/** The backups of `kaohe.db` live beside it, in `kaohe.db.backups/`: one folder per database, moved with it. */
export function backupFolderOf(dbPath: string): string {
  const resolved = path.resolve(dbPath)
  return path.join(path.dirname(resolved), `${path.basename(resolved)}.backups`)
}

/** `kaohe-20261207-225308-import.db`: sorts by time, says why; a second copy in the same second gets `-2`. */
export function newBackupName(folder: string, dbPath: string, kind: BackupKind, now: Date): string {
  const base = path.basename(dbPath).replace(/\.[^.]+$/, '') || 'kaohe'
  const p = (n: number) => String(n).padStart(2, '0')
  const stamp = `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`
  for (let n = 1; ; n++) {
    const name = `${base}-${stamp}-${kind}${n > 1 ? `-${n}` : ''}.db`
    if (!fs.existsSync(path.join(folder, name))) return name
  }
}
