import { useState } from 'react'
import type { BackupEntry } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { ErrorLine } from '../../../components/error-line'
import { Facts } from '../../../components/facts'
import { Field } from '../../../components/field'
import { TextInput } from '../../../components/inputs'
import { useNotify } from '../../../components/notify'
import { LoadError } from '../../../components/page'
import { BusyProgress } from '../../../components/progress-bar'
import { rpc } from '../../../lib/rpc'
import { useRpcQuery } from '../../../lib/use-rpc'
import { useSubmit } from '../../../lib/use-submit'
import { BackupTable } from './backup-table'
import { KeepRuleForm } from './keep-rule-form'
import { RestoreDialog } from './restore-dialog'
import './backups.css'

/**
 * 设置 → 备份与恢复, the 系统管理员's: the copies beside the database with why and when each was
 * made, 立即备份 with its progress and cancel, 恢复 of one after a confirmation, and the rule for
 * what is kept. Restore offers the folder's backups only: the page cannot read a path on disk in a
 * browser, and any other Kaohe file is restored with `kaohe backup restore FILE`.
 */
export function BackupCard() {
  const notify = useNotify()
  const listed = useRpcQuery('backup-list', {})
  const [reason, setReason] = useState('')
  const [restoring, setRestoring] = useState<BackupEntry | null>(null)
  const making = useSubmit()

  const make = () =>
    making.submit(async (call) => {
      const note = reason.trim()
      const made = await rpc('backup-create', note ? { reason: note } : {}, call)
      setReason('')
      listed.reload()
      notify.success(t('ui.backup.done', { file: made.file }))
    })

  const keep = listed.data?.keep
  return (
    <section className="card backup-card" data-testid="backup-card">
      <h2 className="panel-title">{t('ui.backup.title')}</h2>
      <p className="field-help">{t('ui.backup.intro')}</p>
      {listed.error && <LoadError error={listed.error} onRetry={listed.reload} />}
      {listed.data && <Facts stacked facts={[{ label: t('ui.backup.folder'), value: listed.data.folder, valueProps: { className: 'mono break', 'data-testid': 'backup-folder' } }]} />}
      <div className="backup-now">
        <Field label={t('ui.backup.reasonLabel')}>
          <TextInput testId="backup-reason" value={reason} maxLength={200} disabled={making.busy} onChange={setReason} />
        </Field>
        <button type="button" className="button button-primary" data-testid="backup-now" disabled={making.busy} onClick={() => void make()}>
          {t('ui.backup.now')}
        </button>
      </div>
      <BusyProgress submit={making} label={t('ui.backup.working')} testId="backup-progress" />
      <ErrorLine testId="backup-error" error={making.error} />
      {listed.data && <BackupTable backups={listed.data.backups} busy={making.busy} onRestore={setRestoring} />}
      <p className="field-help">{t('ui.backup.otherFiles')}</p>
      {keep && <KeepRuleForm keep={keep} onSaved={listed.reload} />}
      {restoring && <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} />}
    </section>
  )
}
