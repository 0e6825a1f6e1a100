import fs from 'node:fs'
import path from 'node:path'
import type { BackupList, CreatedBackup, RestoreResult } from '../../shared/contract'
import { t } from '../../shared/i18n'
import { backupReasonWords, byteSizeWords } from '../../shared/i18n/backup-words'
import { localDateTime } from '../excel/write/report-words'
import { call, type CommandEnv } from './command-env'
import { optional, UsageError } from './options'

/**
 * `backup create [--reason TEXT]`: prints the backup file's path last (other programs read it).
 * `backup list [--json]`: JSON `[{file, createdAt, reason, schemaVersion, sha256, bytes}]`, newest
 * first, `file` the full path (what `backup restore` takes). `backup restore FILE`: a path (any
 * Kaohe database file) or a backup's name in the folder; exit 1 with the reason when it fails its checks.
 */
export async function backupCommand(env: CommandEnv): Promise<number> {
  const sub = env.args.positionals[1]
  if (sub === 'create') return create(env)
  if (sub === 'list') return list(env)
  if (sub === 'restore') return restore(env)
  throw new UsageError(t('cli.backup.usage'))
}

async function create(env: CommandEnv): Promise<number> {
  const reason = optional(env, 'reason')
  const made = await call<CreatedBackup>(env, 'backup-create', reason === undefined ? {} : { reason })
  if (!env.json) env.io.out(t('cli.backup.created', { kind: t(`backup.kind.${made.kind}`), size: byteSizeWords(made.bytes), sha: made.sha256.slice(0, 12) }))
  env.io.out(made.path)
  return 0
}

async function list(env: CommandEnv): Promise<number> {
  const listed = await call<BackupList>(env, 'backup-list', {})
  const rows = listed.backups.map((b) => ({ ...b, file: path.join(listed.folder, b.file) }))
  if (env.json) {
    env.io.out(JSON.stringify(rows.map(({ file, createdAt, reason, schemaVersion, sha256, bytes }) => ({ file, createdAt, reason, schemaVersion, sha256, bytes })), null, 2))
    return 0
  }
  if (rows.length === 0) env.io.out(t('cli.backup.none', { folder: listed.folder }))
  for (const b of rows) env.io.out([localDateTime(b.createdAt), backupReasonWords(b), byteSizeWords(b.bytes), `v${b.schemaVersion}`, b.sha256.slice(0, 12), b.file].join('  '))
  return 0
}

async function restore(env: CommandEnv): Promise<number> {
  const given = env.args.positionals[2]
  if (!given) throw new UsageError(t('cli.missingArg', { name: 'FILE' }))
  // a file here is taken as a path; a bare name not found here is a backup's name in the folder
  const file = fs.existsSync(given) ? path.resolve(given) : given
  const done = await call<RestoreResult>(env, 'backup-restore', { file })
  if (env.json) env.io.out(JSON.stringify(done, null, 2))
  else {
    env.io.out(t('cli.backup.restored', { file: done.restoredFrom, version: done.schemaVersion, safety: done.safetyBackup.file }))
    env.io.out(t('cli.backup.signInAgain', { n: done.sessionsEnded }))
  }
  return 0
}
