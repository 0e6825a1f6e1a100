import { useState } from 'react'
import { t } from '../../../../shared/i18n'
import { ConfirmDialog } from '../../components/confirm-dialog'
import { useNotify } from '../../components/notify'
import { rpc } from '../../lib/rpc'

export type Removal = { kind: 'objective'; id: number; title: string; keyResults: number } | { kind: 'kr'; id: number; title: string; reports: number }

/** 删除 with a confirmation: what goes with it, that the log keeps it all, and an optional reason for the log. */
export function RemoveDialog({ removal, onRemoved, onClose }: { removal: Removal; onRemoved(): void; onClose(): void }) {
  const notify = useNotify()
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const remove = async () => {
    if (busy) return
    setBusy(true)
    try {
      const input = { id: removal.id, ...(reason.trim() ? { reason: reason.trim() } : {}) }
      if (removal.kind === 'objective') await rpc('okr-objective-remove', input)
      else await rpc('okr-kr-remove', input)
      notify.success(t('ui.okr.remove.done', { title: removal.title }))
      onRemoved()
    } catch (e) {
      notify.error(e)
      setBusy(false)
    }
  }
  return (
    <ConfirmDialog
      title={removal.kind === 'objective' ? t('ui.okr.remove.objectiveTitle') : t('ui.okr.remove.krTitle')}
      testId="okr-remove"
      confirmLabel={t('ui.okr.remove.confirm')}
      danger
      onConfirm={() => void remove()}
      onCancel={onClose}
    >
      <p>
        {removal.kind === 'objective'
          ? t('ui.okr.remove.objectiveBody', { title: removal.title, count: removal.keyResults })
          : t('ui.okr.remove.krBody', { title: removal.title, count: removal.reports })}
      </p>
      <label className="field">
        <span className="field-label">{t('ui.okr.remove.reason')}</span>
        <input type="text" data-testid="okr-remove-reason" maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
    </ConfirmDialog>
  )
}
