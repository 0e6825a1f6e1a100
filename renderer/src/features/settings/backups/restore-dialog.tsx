import type { BackupEntry } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { backupReasonWords } from '../../../../../shared/i18n/backup-words'
import { FormDialog } from '../../../components/dialog'
import { dateTime } from '../../../lib/format'
import { rpc } from '../../../lib/rpc'
import { endSession, getSession } from '../../../lib/session'
import { useSubmit } from '../../../lib/use-submit'

/**
 * The question before a restore, saying what will happen: the backup replaces the database, the
 * current data is backed up first, everyone signs in again. After it the backend has ended every
 * session in the restored file, the restoring admin's too, so the window goes to 登录 with the
 * outcome in words rather than failing at its next call.
 */
export function RestoreDialog({ backup, onClose }: { backup: BackupEntry; onClose(): void }) {
  const restoring = useSubmit()
  const time = dateTime(backup.createdAt)
  const restore = () =>
    restoring.submit(async (call) => {
      await rpc('backup-restore', { file: backup.file }, call)
      const session = getSession()
      const name = session.status === 'signed-in' ? session.info.name : undefined
      endSession({ message: t('ui.backup.restoredSignIn', { time }), tone: 'info', name })
    })
  return (
    <FormDialog
      title={t('ui.backup.restoreTitle')}
      testId="backup-restore-dialog"
      onClose={onClose}
      submit={restoring}
      progressLabel={t('ui.backup.restoring')}
      action={{ label: t('ui.backup.restoreConfirm'), ok: !restoring.busy, danger: true, testId: 'backup-restore-confirm', onOk: () => void restore() }}
    >
      <div className="confirm-body">
        <p data-testid="backup-restore-what">{t('ui.backup.restoreWhat', { time, reason: backupReasonWords(backup) })}</p>
        <p>{t('ui.backup.restoreSafety')}</p>
        <p>{t('ui.backup.restoreSignIn')}</p>
      </div>
    </FormDialog>
  )
}
