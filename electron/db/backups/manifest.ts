import fs from 'node:fs'
import path from 'node:path'
import type { BackupEntry } from '../../../shared/contract/backups'
import { defaultKeepRule, type BackupKeepRule } from '../../../shared/domain/backup-rotation'
import { writeFileAtomic } from './files'

/** `manifest.json` in the backups folder: every copy's time, reason, schema version and checksum, and the rotation rule. */
export interface Manifest {
  format: 1
  keep: BackupKeepRule
  backups: BackupEntry[]
}

const name = 'manifest.json'

export function readManifest(folder: string): Manifest {
  const file = path.join(folder, name)
  if (!fs.existsSync(file)) return { format: 1, keep: defaultKeepRule, backups: [] }
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Manifest>
  return { format: 1, keep: parsed.keep ?? defaultKeepRule, backups: Array.isArray(parsed.backups) ? parsed.backups : [] }
}

/**
 * Reads, changes and writes the manifest with no await in between, so two backups finishing in one
 * process cannot lose each other's entry; the write is atomic, so a crash leaves the old manifest.
 */
export function updateManifest(folder: string, change: (m: Manifest) => Manifest): Manifest {
  fs.mkdirSync(folder, { recursive: true })
  const next = change(readManifest(folder))
  next.backups.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  writeFileAtomic(path.join(folder, name), JSON.stringify(next, null, 2) + '\n')
  return next
}
