import type { PasswordPolicy } from '../../../../shared/domain/password-policy'
import { t } from '../../../../shared/i18n'
import { Field } from '../../components/field'
import { PasswordInput } from '../../components/inputs'

export interface NewPassword {
  first: string
  again: string
}

export const emptyNewPassword: NewPassword = { first: '', again: '' }

/** Both boxes filled and the same: the form may be sent (the backend then checks the unit's rules). */
export function newPasswordReady(p: NewPassword): boolean {
  return p.first !== '' && p.first === p.again
}

/**
 * A new password typed twice; the second box says at once when the two differ. Whether the
 * password meets the rules is the backend's answer, shown as it words it.
 */
export function NewPasswordFields({ testId, value, onChange, labels }: { testId: string; value: NewPassword; onChange(v: NewPassword): void; labels: { first: string; again: string } }) {
  const mismatch = value.again !== '' && value.first !== value.again
  return (
    <>
      <Field label={labels.first}>
        <PasswordInput testId={`${testId}-password`} autoComplete="new-password" value={value.first} onChange={(first) => onChange({ ...value, first })} />
      </Field>
      <Field label={labels.again} error={mismatch ? t('ui.password.mismatch') : undefined} errorTestId={`${testId}-mismatch`}>
        <PasswordInput testId={`${testId}-password-again`} autoComplete="new-password" invalid={mismatch} value={value.again} onChange={(again) => onChange({ ...value, again })} />
      </Field>
    </>
  )
}

/** The unit's password rules in words, as the backend will check them. */
export function PasswordRules({ policy, changing }: { policy: PasswordPolicy; changing?: boolean }) {
  return (
    <div className="password-rules" data-testid="password-rules">
      <span className="field-label">{t('ui.password.rules')}</span>
      <ul>
        <li>{t('ui.password.ruleLength', { n: policy.minLength })}</li>
        <li>{t('ui.password.ruleClasses', { n: policy.minClasses })}</li>
        <li>{t('ui.password.ruleName')}</li>
        {changing && <li>{t('ui.password.ruleUnchanged')}</li>}
      </ul>
    </div>
  )
}
