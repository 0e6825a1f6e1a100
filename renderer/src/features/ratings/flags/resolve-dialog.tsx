import { useState } from 'react'
import type { Flag } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { FormDialog } from '../../../components/dialog'
import { Field } from '../../../components/field'
import { TextArea } from '../../../components/inputs'
import { useNotify } from '../../../components/notify'
import { rpc } from '../../../lib/rpc'
import { useSubmit } from '../../../lib/use-submit'

/** 确认 keeps the flag on record as a real problem; 排除 leaves the ballot out. Either way the reason is required. */
export function ResolveDialog({ flag, decision, describe, onDone, onClose }: { flag: Flag; decision: 'confirmed' | 'excluded'; describe: string; onDone(): void; onClose(): void }) {
  const notify = useNotify()
  const [reason, setReason] = useState('')
  const saving = useSubmit(notify.error)
  const save = () =>
    saving.submit(async () => {
      await rpc('flags-resolve', { id: flag.id, decision, reason: reason.trim() })
      notify.success(t(decision === 'confirmed' ? 'ui.flags.confirmedDone' : 'ui.flags.excludedDone'))
      onDone()
    })
  return (
    <FormDialog
      title={t(decision === 'confirmed' ? 'ui.flags.confirmTitle' : 'ui.flags.excludeTitle')}
      testId="flag-resolve-dialog"
      onClose={onClose}
      submit={saving}
      action={{ label: t(decision === 'confirmed' ? 'ui.flags.confirm' : 'ui.flags.exclude'), ok: reason.trim() !== '', onOk: save, danger: decision === 'excluded', testId: 'flag-resolve-confirm' }}
    >
      <div className="resolve-body">
        <p className="cell-strong">{describe}</p>
        <p className="muted">{flag.details.message}</p>
        <p>{t(decision === 'confirmed' ? 'ui.flags.confirmBody' : 'ui.flags.excludeBody')}</p>
        <Field label={t('ui.flags.reason')} help={reason.trim() === '' && t('ui.flags.reasonRequired')}>
          <TextArea testId="flag-reason" rows={3} value={reason} placeholder={t('ui.flags.reasonPlaceholder')} onChange={setReason} />
        </Field>
      </div>
    </FormDialog>
  )
}
