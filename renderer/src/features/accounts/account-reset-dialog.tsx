import { useState } from 'react'
import type { AccountRow } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { FormDialog } from '../../components/dialog'
import { rpc } from '../../lib/rpc'
import { useSubmit } from '../../lib/use-submit'
import { emptyPassword, NewPasswordFields, passwordReady } from './password-fields'

/**
 * 重置密码 for someone who forgot theirs or is locked out: says what will happen (sessions end, the
 * lock lifts, the owner must choose a new password at next sign-in) before the new initial password.
 */
export function AccountResetDialog({ account, onClose, onDone }: { account: AccountRow; onClose(): void; onDone(a: AccountRow): void }) {
  const [password, setPassword] = useState(emptyPassword)
  const saving = useSubmit()
  const reset = () => saving.submit(async () => onDone(await rpc('account-reset-password', { name: account.name, password: password.password })))
  return (
    <FormDialog
      title={t('ui.accounts.reset.title', { name: account.name })}
      testId="account-reset-dialog"
      onClose={onClose}
      submit={saving}
      action={{ label: t('ui.accounts.reset'), ok: passwordReady(password), danger: true, onOk: () => void reset() }}
    >
      <div className="form">
        <p className="confirm-body" data-testid="account-reset-question">
          {t('ui.accounts.reset.question', { name: account.name })}
        </p>
        <NewPasswordFields testIdPrefix="account-reset" value={password} onChange={setPassword} />
      </div>
    </FormDialog>
  )
}
