import { t } from '../../../../shared/i18n'
import { Field } from '../../components/field'
import { PasswordInput } from '../../components/inputs'
import { useRpcQuery } from '../../lib/use-rpc'

export interface NewPassword {
  password: string
  again: string
}

export const emptyPassword: NewPassword = { password: '', again: '' }

/** Both boxes filled and the same: the form may send it (the unit's policy is the backend's to judge). */
export const passwordReady = (p: NewPassword) => p.password.length > 0 && p.password === p.again

/**
 * An initial password typed twice, with the unit's policy as the help under it, so the 系统管理员
 * hands over a password the account's owner will then be made to change.
 */
export function NewPasswordFields({ value, onChange, testIdPrefix }: { value: NewPassword; onChange(v: NewPassword): void; testIdPrefix: string }) {
  const settings = useRpcQuery('security-settings-get', {})
  const policy = settings.data?.password
  const mismatch = value.again.length > 0 && value.again !== value.password
  return (
    <>
      <Field label={t('ui.accounts.password.initial')} help={policy && t('ui.accounts.password.policy', { n: policy.minLength, classes: policy.minClasses })}>
        <PasswordInput autoComplete="new-password" testId={`${testIdPrefix}-password`} value={value.password} maxLength={200} onChange={(password) => onChange({ ...value, password })} />
      </Field>
      <Field label={t('ui.accounts.password.again')} error={mismatch ? t('ui.accounts.password.mismatch') : null} errorTestId={`${testIdPrefix}-mismatch`}>
        <PasswordInput autoComplete="new-password" testId={`${testIdPrefix}-password-again`} value={value.again} maxLength={200} invalid={mismatch} onChange={(again) => onChange({ ...value, again })} />
      </Field>
    </>
  )
}
