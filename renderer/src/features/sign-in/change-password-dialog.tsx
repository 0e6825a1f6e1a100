import { useState } from 'react'
import { t } from '../../../../shared/i18n'
import { FormDialog } from '../../components/dialog'
import { Field } from '../../components/field'
import { PasswordInput } from '../../components/inputs'
import { useNotify } from '../../components/notify'
import { useRpcQuery } from '../../lib/use-rpc'
import { useSubmit } from '../../lib/use-submit'
import { changePassword } from './session-actions'
import { emptyNewPassword, NewPasswordFields, newPasswordReady, PasswordRules } from './password-fields'

/** 修改密码 from the header: the old password, the new one twice, the unit's rules beside them. */
export function ChangePasswordDialog({ onClose }: { onClose(): void }) {
  const notify = useNotify()
  const settings = useRpcQuery('security-settings-get', {})
  const [old, setOld] = useState('')
  const [password, setPassword] = useState(emptyNewPassword)
  const submit = useSubmit()
  const ok = old !== '' && newPasswordReady(password)
  const save = () =>
    void submit.submit(async () => {
      await changePassword(old, password.first)
      notify.success(t('ui.password.changed'))
      onClose()
    })
  return (
    <FormDialog title={t('ui.password.change')} testId="change-password-dialog" onClose={onClose} submit={submit} action={{ label: t('ui.password.change'), ok, onOk: save }}>
      <Field label={t('ui.password.old')}>
        <PasswordInput testId="change-password-old" autoComplete="current-password" autoFocus value={old} onChange={setOld} />
      </Field>
      <NewPasswordFields testId="change-password" value={password} onChange={setPassword} labels={{ first: t('ui.password.new'), again: t('ui.password.newAgain') }} />
      {settings.data && <PasswordRules policy={settings.data.password} changing />}
    </FormDialog>
  )
}
