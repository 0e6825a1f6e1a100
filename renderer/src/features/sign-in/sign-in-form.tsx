import { useState, type ReactNode } from 'react'
import { t } from '../../../../shared/i18n'
import { ErrorLine } from '../../components/error-line'
import { Field, FormActions } from '../../components/field'
import { PasswordInput, TextInput } from '../../components/inputs'
import type { SignedOutNote } from '../../lib/session'
import { useSubmit } from '../../lib/use-submit'
import { signIn } from './session-actions'
import { SignInFrame } from './sign-in-frame'

/**
 * 登录. The backend words every refusal (wrong password with the tries left, locked until when,
 * disabled); the form shows it as is and keeps the name, so only the password is typed again.
 */
export function SignInForm({ note, localeSwitch }: { note: SignedOutNote | null; localeSwitch: ReactNode }) {
  const [name, setName] = useState(note?.name ?? '')
  const [password, setPassword] = useState('')
  const submit = useSubmit()
  const ready = name.trim() !== '' && password !== '' && !submit.busy
  const send = () => {
    if (!ready) return
    void submit.submit(async () => {
      try {
        await signIn(name.trim(), password)
      } finally {
        setPassword('')
      }
    })
  }
  return (
    <SignInFrame testId="sign-in" title={t('ui.signIn.title')} localeSwitch={localeSwitch} onSubmit={send}>
      {note && !submit.error && (
        <div className={note.tone === 'bad' ? 'banner banner-bad' : 'banner banner-info'} role="status" data-testid="sign-in-note">
          {note.message}
        </div>
      )}
      <Field label={t('ui.signIn.name')}>
        <TextInput testId="sign-in-name" autoComplete="username" autoFocus={!note?.name} value={name} onChange={setName} />
      </Field>
      <Field label={t('ui.signIn.password')}>
        <PasswordInput testId="sign-in-password" autoComplete="current-password" autoFocus={Boolean(note?.name)} value={password} onChange={setPassword} />
      </Field>
      <ErrorLine testId="sign-in-error" error={submit.error} />
      <FormActions>
        <button type="submit" className="button button-primary" data-testid="sign-in-submit" disabled={!ready}>
          {t('ui.signIn.submit')}
        </button>
      </FormActions>
    </SignInFrame>
  )
}
