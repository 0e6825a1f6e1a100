import fs from 'node:fs'
import path from 'node:path'
import type SqliteDatabase from 'better-sqlite3'
import type { BackupEntry, BackupKind } from '../../../shared/contract/backups'
import { backupsToKeep } from '../../../shared/domain/backup-rotation'
import { backupFolderOf, newBackupName } from './folder'
import { readManifest, updateManifest, type Manifest } from './manifest'
import { copyDatabase, schemaVersionOfFile, type CopyOptions } from './copy-database'
import { fileSha256, removeIfPresent } from './files'

export interface TakeBackupOptions extends CopyOptions {
  kind: BackupKind
  /** a manual backup's own words; the kind's code otherwise */
  reason?: string
  detail?: string | null
  now?: Date
}

/**
 * Copies the database into its backups folder, records the copy in the manifest (time, reason,
 * schema version, SHA-256, size) and lets the rotation rule drop what it no longer keeps. The caller
 * makes sure no write transaction is open on `sqlite` (see live-database.ts).
 */
export async function takeBackup(sqlite: SqliteDatabase.Database, dbPath: string, opts: TakeBackupOptions): Promise<BackupEntry> {
  const folder = backupFolderOf(dbPath)
  fs.mkdirSync(folder, { recursive: true })
  const now = opts.now ?? new Date()
  const file = newBackupName(folder, dbPath, opts.kind, now)
  const full = path.join(folder, file)
  await copyDatabase(sqlite, full, opts)
  const entry: BackupEntry = {
    file,
    createdAt: now.toISOString(),
    kind: opts.kind,
    reason: opts.reason ?? opts.kind,
    detail: opts.detail ?? null,
    schemaVersion: schemaVersionOfFile(full),
    sha256: await fileSha256(full),
    bytes: fs.statSync(full).size,
  }
  updateRotated(folder, (m) => ({ ...m, backups: [entry, ...m.backups.filter((b) => b.file !== file)] }))
  return entry
}

/**
 * The backup dbsafe's open takes before a migration runs on existing data: the same folder, manifest
 * and rotation as every other, with the first pending migration's name as its detail. Runs before
 * anything else uses the connection, so no transaction can be open.
 */
export function backupBeforeMigration(sqlite: SqliteDatabase.Database, dbPath: string, firstPending: string): Promise<BackupEntry> {
  return takeBackup(sqlite, dbPath, { kind: 'migration', detail: firstPending })
}

/** The backups still on disk, newest first, with the folder's rotation rule. */
export function listBackups(dbPath: string): Manifest & { folder: string } {
  const folder = backupFolderOf(dbPath)
  const m = readManifest(folder)
  return { ...m, folder, backups: m.backups.filter((b) => fs.existsSync(path.join(folder, b.file))) }
}

/** Changes the manifest, keeps what the rule keeps and only then deletes the rest, so a crash never lists a missing file. */
function updateRotated(folder: string, change: (m: Manifest) => Manifest): Manifest {
  let dropped: string[] = []
  const next = updateManifest(folder, (old) => {
    const m = change(old)
    const keep = backupsToKeep(m.backups, m.keep)
    dropped = m.backups.filter((b) => !keep.has(b.file)).map((b) => b.file)
    return { ...m, backups: m.backups.filter((b) => keep.has(b.file)) }
  })
  for (const file of dropped) removeIfPresent(path.join(folder, file))
  return next
}

/** Removes one backup and its manifest entry: the automatic copy before a call that then changed nothing. */
export function discardBackup(dbPath: string, file: string): void {
  const folder = backupFolderOf(dbPath)
  updateManifest(folder, (m) => ({ ...m, backups: m.backups.filter((b) => b.file !== file) }))
  removeIfPresent(path.join(folder, file))
}

/** A new rotation rule, applied at once. */
export function setKeepRule(dbPath: string, keep: Manifest['keep']): Manifest {
  return updateRotated(backupFolderOf(dbPath), (m) => ({ ...m, keep }))
}
