import { useState, type ReactNode } from 'react'
import { defaultPasswordPolicy } from '../../../../shared/domain/password-policy'
import { t } from '../../../../shared/i18n'
import { ErrorLine } from '../../components/error-line'
import { Field, FormActions } from '../../components/field'
import { TextInput } from '../../components/inputs'
import { useSubmit } from '../../lib/use-submit'
import { createAdmin } from './session-actions'
import { emptyNewPassword, NewPasswordFields, newPasswordReady, PasswordRules } from './password-fields'
import { SignInFrame } from './sign-in-frame'

/**
 * 首次启动: a database without accounts asks for its first 系统管理员 before anything else. The
 * rules shown are the defaults: no one can have changed the security settings before an account exists.
 */
export function FirstLaunch({ hasData, localeSwitch, onCreated }: { hasData: boolean; localeSwitch: ReactNode; onCreated(): void }) {
  const [name, setName] = useState('')
  const [password, setPassword] = useState(emptyNewPassword)
  const submit = useSubmit()
  const ready = name.trim() !== '' && newPasswordReady(password) && !submit.busy
  const create = () => {
    if (ready) void submit.submit(() => createAdmin(name.trim(), password.first, onCreated))
  }
  return (
    <SignInFrame testId="first-launch" title={t('ui.setup.title')} localeSwitch={localeSwitch} onSubmit={create}>
      <p className="sign-in-lead">{t('ui.setup.lead')}</p>
      {hasData && (
        <div className="banner banner-info" data-testid="first-launch-has-data">
          {t('ui.setup.hasData')}
        </div>
      )}
      <Field label={t('ui.setup.name')} help={t('ui.setup.nameHelp')}>
        <TextInput testId="first-launch-name" autoComplete="username" autoFocus value={name} onChange={setName} />
      </Field>
      <NewPasswordFields testId="first-launch" value={password} onChange={setPassword} labels={{ first: t('ui.password.password'), again: t('ui.password.passwordAgain') }} />
      <PasswordRules policy={defaultPasswordPolicy} />
      <ErrorLine testId="first-launch-error" error={submit.error} />
      <FormActions>
        <button type="submit" className="button button-primary" data-testid="first-launch-create" disabled={!ready}>
          {t('ui.setup.create')}
        </button>
      </FormActions>
    </SignInFrame>
  )
}
