import type { AccountRow } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { FormDialog } from '../../components/dialog'
import { rpc } from '../../lib/rpc'
import { useSubmit } from '../../lib/use-submit'

/** 停用 asks first: the account's sessions end at once and it cannot sign in until 恢复. */
export function AccountDisableDialog({ account, onClose, onDone }: { account: AccountRow; onClose(): void; onDone(a: AccountRow): void }) {
  const saving = useSubmit()
  const disable = () => saving.submit(async () => onDone(await rpc('account-disable', { name: account.name })))
  return (
    <FormDialog
      title={t('ui.accounts.disable.title', { name: account.name })}
      testId="account-disable-dialog"
      onClose={onClose}
      submit={saving}
      action={{ label: t('ui.accounts.disable'), ok: true, danger: true, onOk: () => void disable() }}
    >
      <p className="confirm-body">{t('ui.accounts.disable.question', { name: account.name })}</p>
    </FormDialog>
  )
}
