import type { BackupEntry } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { backupReasonWords, byteSizeWords } from '../../../../../shared/i18n/backup-words'
import { Empty } from '../../../components/page'
import { dateTime } from '../../../lib/format'

/** The backups, newest first: time, why, size, schema version, the checksum's first characters, 恢复. */
export function BackupTable({ backups, busy, onRestore }: { backups: BackupEntry[]; busy: boolean; onRestore(b: BackupEntry): void }) {
  if (backups.length === 0) return <Empty testId="backup-empty">{t('ui.backup.empty')}</Empty>
  return (
    <div className="backup-table-wrap">
      <table className="table backup-table" data-testid="backup-table">
        <thead>
          <tr>
            <th>{t('ui.backup.col.time')}</th>
            <th>{t('ui.backup.col.reason')}</th>
            <th className="num">{t('ui.backup.col.size')}</th>
            <th className="num">{t('ui.backup.col.version')}</th>
            <th>{t('ui.backup.col.checksum')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {backups.map((b) => (
            <tr key={b.file} data-testid="backup-row" data-file={b.file} data-kind={b.kind}>
              <td>{dateTime(b.createdAt)}</td>
              <td className="backup-reason" data-testid="backup-row-reason">
                {backupReasonWords(b)}
              </td>
              <td className="num">{byteSizeWords(b.bytes)}</td>
              <td className="num">{b.schemaVersion}</td>
              <td className="mono" title={`SHA-256 ${b.sha256}`}>
                {b.sha256.slice(0, 8)}
              </td>
              <td>
                <button type="button" className="button button-small" data-testid="backup-row-restore" disabled={busy} onClick={() => onRestore(b)}>
                  {t('ui.backup.restore')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
