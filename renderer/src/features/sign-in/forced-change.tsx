import { useState, type ReactNode } from 'react'
import type { SessionInfo } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { ErrorLine } from '../../components/error-line'
import { Field, FormActions } from '../../components/field'
import { PasswordInput } from '../../components/inputs'
import { useRpcQuery } from '../../lib/use-rpc'
import { useSubmit } from '../../lib/use-submit'
import { changePassword, signOut } from './session-actions'
import { emptyNewPassword, NewPasswordFields, newPasswordReady, PasswordRules } from './password-fields'
import { SignInFrame } from './sign-in-frame'

/**
 * 修改初始密码: an account still on the password someone else gave it (or the first admin's) may do
 * nothing else until it sets its own — the backend refuses every other call — so there is no way
 * past this screen but the change, or signing out.
 */
export function ForcedChange({ info, localeSwitch }: { info: SessionInfo; localeSwitch: ReactNode }) {
  const settings = useRpcQuery('security-settings-get', {})
  const [old, setOld] = useState('')
  const [password, setPassword] = useState(emptyNewPassword)
  const submit = useSubmit()
  const ready = old !== '' && newPasswordReady(password) && !submit.busy
  const send = () => {
    if (ready) void submit.submit(() => changePassword(old, password.first))
  }
  return (
    <SignInFrame testId="forced-change" title={t('ui.forced.title')} localeSwitch={localeSwitch} onSubmit={send}>
      <p className="sign-in-lead">{t('ui.forced.lead', { name: info.name })}</p>
      <Field label={t('ui.password.old')}>
        <PasswordInput testId="forced-change-old" autoComplete="current-password" autoFocus value={old} onChange={setOld} />
      </Field>
      <NewPasswordFields testId="forced-change" value={password} onChange={setPassword} labels={{ first: t('ui.password.new'), again: t('ui.password.newAgain') }} />
      {settings.data && <PasswordRules policy={settings.data.password} changing />}
      <ErrorLine testId="forced-change-error" error={submit.error} />
      <FormActions>
        <button type="button" className="button" data-testid="forced-change-sign-out" disabled={submit.busy} onClick={() => void signOut(null)}>
          {t('ui.header.signOut')}
        </button>
        <button type="submit" className="button button-primary" data-testid="forced-change-save" disabled={!ready}>
          {t('ui.password.change')}
        </button>
      </FormActions>
    </SignInFrame>
  )
}
