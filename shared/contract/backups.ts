import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import type { BackupKeepRule } from '../domain/backup-rotation'

export type { BackupKeepRule }

/** Why a copy was taken: by hand, or before an import's commit, an approval, a restore or a migration. */
export const backupKinds = ['manual', 'import', 'approval', 'restore', 'migration'] as const
export type BackupKind = (typeof backupKinds)[number]

/** One copy in the backups folder beside the database, as its manifest records it. */
export interface BackupEntry {
  /** the file's name inside the backups folder */
  file: string
  createdAt: string
  kind: BackupKind
  /** the text given with a manual backup (`--reason`), else the kind's code */
  reason: string
  /** what an automatic copy came before: `roster-import`, `ratings-import 2025-Q1` (method, period), the period approved, the migration, the file restored */
  detail: string | null
  /** the last migration applied in the copy */
  schemaVersion: number
  sha256: string
  bytes: number
}

/** A copy just made, with where it is on disk. */
export interface CreatedBackup extends BackupEntry {
  path: string
}

export interface BackupList {
  folder: string
  backups: BackupEntry[]
  keep: BackupKeepRule
}

export interface RestoreResult {
  /** the file restored from, as given */
  restoredFrom: string
  schemaVersion: number
  /** the copy of the database as it was just before the restore */
  safetyBackup: BackupEntry
  /** every session in the restored file was ended: everyone, the restoring admin too, signs in again */
  sessionsEnded: number
}

export const keepRuleSchema = z.object({ keepLast: z.number().int().min(1).max(1000), keepMonthly: z.boolean() })

export const backupsMethods = {
  'backup-list': method<BackupList>()(z.object({}), { mutates: false, access: access.systemAdmin }),
  /** a copy now, through SQLite's online backup (progress, cancel); the folder then kept by the rotation rule */
  'backup-create': method<CreatedBackup>()(z.object({ reason: z.string().trim().min(1).max(200).optional() }), {
    mutates: true,
    long: true,
    outsideTransaction: true,
    access: access.systemAdmin,
  }),
  /**
   * Replaces the database with a backup (its name from backup-list) or any Kaohe database file (a
   * path, from the command line), after checking it; the current data is backed up first.
   */
  'backup-restore': method<RestoreResult>()(z.object({ file: z.string().trim().min(1).max(4000) }), {
    mutates: true,
    long: true,
    outsideTransaction: true,
    access: access.systemAdmin,
  }),
  'backup-settings-get': method<BackupKeepRule>()(z.object({}), { mutates: false, access: access.systemAdmin }),
  'backup-settings-update': method<BackupKeepRule>()(keepRuleSchema, { mutates: true, outsideTransaction: true, access: access.systemAdmin }),
}
