import { useState } from 'react'
import type { Flag } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { Dialog, DialogActions } from '../../../components/dialog'
import { useNotify } from '../../../components/notify'
import { rpc } from '../../../lib/rpc'

/** 确认 keeps the flag on record as a real problem; 排除 leaves the ballot out. Either way the reason is required. */
export function ResolveDialog({ flag, decision, describe, onDone, onClose }: { flag: Flag; decision: 'confirmed' | 'excluded'; describe: string; onDone(): void; onClose(): void }) {
  const notify = useNotify()
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const save = async () => {
    setBusy(true)
    try {
      await rpc('flag-resolve', { id: flag.id, decision, reason: reason.trim() })
      notify.success(t(decision === 'confirmed' ? 'ui.flags.confirmedDone' : 'ui.flags.excludedDone'))
      onDone()
    } catch (e) {
      notify.error(e)
      setBusy(false)
    }
  }
  return (
    <Dialog
      title={t(decision === 'confirmed' ? 'ui.flags.confirmTitle' : 'ui.flags.excludeTitle')}
      testId="flag-resolve-dialog"
      busy={busy}
      onClose={onClose}
      footer={<DialogActions cancelTestId="flag-resolve-cancel" okTestId="flag-resolve-confirm" busy={busy} ok={reason.trim() !== ''} label={t(decision === 'confirmed' ? 'ui.flags.confirm' : 'ui.flags.exclude')} danger={decision === 'excluded'} onCancel={onClose} onOk={() => void save()} />}
    >
      <div className="resolve-body">
      <p className="cell-strong">{describe}</p>
      <p className="muted">{flag.details.message}</p>
      <p>{t(decision === 'confirmed' ? 'ui.flags.confirmBody' : 'ui.flags.excludeBody')}</p>
      <label className="field">
        <span className="field-label">{t('ui.flags.reason')}</span>
        <textarea data-testid="flag-reason" rows={3} value={reason} placeholder={t('ui.flags.reasonPlaceholder')} onChange={(e) => setReason(e.target.value)} />
        {reason.trim() === '' && <span className="field-help">{t('ui.flags.reasonRequired')}</span>}
      </label>
      </div>
    </Dialog>
  )
}
