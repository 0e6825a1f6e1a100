/**
 * Which backups the folder keeps: the newest `keepLast`, and with `keepMonthly` also the newest of
 * every calendar month (local time) before them, kept for good — a year's work can be gone back to
 * month by month long after the last thirty copies have turned over.
 */
export interface BackupKeepRule {
  keepLast: number
  keepMonthly: boolean
}

export const defaultKeepRule: BackupKeepRule = { keepLast: 30, keepMonthly: true }

export interface DatedBackup {
  file: string
  createdAt: string
}

/** The files to keep, by the rule; every other file the rotation deletes. */
export function backupsToKeep(backups: readonly DatedBackup[], rule: BackupKeepRule): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  const keep = new Set(newestFirst.slice(0, Math.max(1, rule.keepLast)).map((b) => b.file))
  if (rule.keepMonthly) {
    const months = new Set<string>()
    for (const b of newestFirst) {
      const month = monthOf(b.createdAt)
      if (months.has(month)) continue
      months.add(month)
      keep.add(b.file)
    }
  }
  return keep
}

function monthOf(iso: string): string {
  const d = new Date(iso)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`
}
