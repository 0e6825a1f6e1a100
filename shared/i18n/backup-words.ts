import type { BackupEntry } from '../contract/backups'
import { t } from './index'
import { methodWords } from './method-words'

/**
 * Why a backup was made, in words, the same on the screen and in `kaohe backup list`: the kind, and
 * what it came before (the import in words and its period, the period approved, the migration) or
 * a manual backup's own note.
 */
export function backupReasonWords(b: Pick<BackupEntry, 'kind' | 'reason' | 'detail'>): string {
  const kind = t(`backup.kind.${b.kind}`)
  // a restore's copy names the file restored from, a file name: the kind says enough there
  const detail = b.kind === 'manual' ? (b.reason !== 'manual' ? b.reason : null) : b.kind === 'import' && b.detail ? importWords(b.detail) : b.kind === 'restore' ? null : b.detail
  return detail ? t('ui.backup.reasonWithDetail', { kind, detail }) : kind
}

function importWords(detail: string): string {
  const [method, period] = detail.split(' ')
  return [methodWords(method), period].filter(Boolean).join(' ')
}

/** 512 KB, 3.4 MB */
export function byteSizeWords(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`
}
