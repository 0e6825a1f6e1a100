import { useState } from 'react'
import { t } from '../../../../shared/i18n'
import { ConfirmDialog } from '../../components/confirm-dialog'
import { Field } from '../../components/field'
import { TextInput } from '../../components/inputs'
import { useNotify } from '../../components/notify'
import { rpc } from '../../lib/rpc'
import { useSubmit } from '../../lib/use-submit'

export type Removal = { kind: 'objective'; id: number; title: string; keyResults: number } | { kind: 'kr'; id: number; title: string; reports: number }

/** 删除 with a confirmation: what goes with it, that the log keeps it all, and an optional reason for the log. */
export function RemoveDialog({ removal, onRemoved, onClose }: { removal: Removal; onRemoved(): void; onClose(): void }) {
  const notify = useNotify()
  const [reason, setReason] = useState('')
  const { busy, submit } = useSubmit(notify.error)
  // a second click while the first removal runs does nothing
  const remove = () => {
    if (busy) return
    void submit(async () => {
      const input = { id: removal.id, ...(reason.trim() ? { reason: reason.trim() } : {}) }
      if (removal.kind === 'objective') await rpc('okr-objective-remove', input)
      else await rpc('okr-kr-remove', input)
      notify.success(t('ui.okr.remove.done', { title: removal.title }))
      onRemoved()
    })
  }
  return (
    <ConfirmDialog
      title={removal.kind === 'objective' ? t('ui.okr.remove.objectiveTitle') : t('ui.okr.remove.krTitle')}
      testId="okr-remove"
      confirmLabel={t('ui.okr.remove.confirm')}
      danger
      onConfirm={remove}
      onCancel={onClose}
    >
      <p>
        {removal.kind === 'objective'
          ? t('ui.okr.remove.objectiveBody', { title: removal.title, count: removal.keyResults })
          : t('ui.okr.remove.krBody', { title: removal.title, count: removal.reports })}
      </p>
      <Field label={t('ui.okr.remove.reason')}>
        <TextInput testId="okr-remove-reason" maxLength={1000} value={reason} onChange={setReason} />
      </Field>
    </ConfirmDialog>
  )
}
