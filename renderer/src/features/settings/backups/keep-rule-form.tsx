import { useEffect, useState } from 'react'
import type { BackupKeepRule } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { ErrorLine } from '../../../components/error-line'
import { Field } from '../../../components/field'
import { Checkbox, NumberInput } from '../../../components/inputs'
import { useNotify } from '../../../components/notify'
import { rpc } from '../../../lib/rpc'
import { useSubmit } from '../../../lib/use-submit'

/** How many backups the folder keeps (shared/domain/backup-rotation.ts); saving applies the rule at once. */
export function KeepRuleForm({ keep, onSaved }: { keep: BackupKeepRule; onSaved(): void }) {
  const notify = useNotify()
  const asForm = (k: BackupKeepRule) => ({ keepLast: String(k.keepLast), keepMonthly: k.keepMonthly })
  const [form, setForm] = useState(() => asForm(keep))
  const saving = useSubmit()
  useEffect(() => setForm(asForm(keep)), [keep])
  const keepLast = /^\d{1,4}$/.test(form.keepLast.trim()) ? Number(form.keepLast.trim()) : NaN
  const valid = keepLast >= 1 && keepLast <= 1000
  const dirty = keepLast !== keep.keepLast || form.keepMonthly !== keep.keepMonthly
  const save = () =>
    saving.submit(async () => {
      await rpc('backup-settings-update', { keepLast, keepMonthly: form.keepMonthly })
      onSaved()
      notify.success(t('ui.backup.keepSaved'))
    })
  return (
    <fieldset className="backup-keep" data-testid="backup-keep">
      <legend>{t('ui.backup.keepTitle')}</legend>
      <div className="backup-keep-row">
        <Field label={t('ui.backup.keepLast')} narrow>
          <NumberInput testId="backup-keep-last" unit={t('ui.backup.copies')} value={form.keepLast} invalid={!valid} onChange={(v) => setForm({ ...form, keepLast: v })} />
        </Field>
        <Checkbox testId="backup-keep-monthly" checked={form.keepMonthly} label={t('ui.backup.keepMonthly')} onChange={(v) => setForm({ ...form, keepMonthly: v })} />
        <button type="button" className="button" data-testid="backup-keep-save" disabled={!dirty || !valid || saving.busy} onClick={() => void save()}>
          {t('action.save')}
        </button>
      </div>
      <ErrorLine testId="backup-keep-error" error={saving.error} />
    </fieldset>
  )
}
