import { useState } from 'react'
import type { AccountRow } from '../../../../shared/contract'
import type { Role } from '../../../../shared/domain/roles'
import { t } from '../../../../shared/i18n'
import { FormDialog } from '../../components/dialog'
import { Field } from '../../components/field'
import { Select } from '../../components/inputs'
import { rpc } from '../../lib/rpc'
import { useSubmit } from '../../lib/use-submit'
import { grantWords } from './account-words'

/** 收回角色: one of the roles the account holds; the last 安全保密管理员 or 安全审计员 the backend keeps, and says so. */
export function AccountRevokeDialog({ account, onClose, onDone }: { account: AccountRow; onClose(): void; onDone(a: AccountRow): void }) {
  const [role, setRole] = useState<Role | ''>(account.grants.length === 1 ? account.grants[0].role : '')
  const saving = useSubmit()
  const revoke = () =>
    saving.submit(async () => {
      if (role !== '') onDone(await rpc('account-revoke', { name: account.name, role }))
    })
  return (
    <FormDialog
      title={t('ui.accounts.revoke.title', { name: account.name })}
      testId="account-revoke-dialog"
      onClose={onClose}
      submit={saving}
      action={{ label: t('ui.accounts.revoke'), ok: role !== '', danger: true, onOk: () => void revoke() }}
    >
      <div className="form">
        <Field label={t('ui.accounts.grant.role')} help={t('ui.accounts.revoke.help')}>
          <Select<Role>
            testId="account-revoke-role"
            value={role}
            empty={{ label: t('ui.accounts.grant.pickRole'), disabled: true }}
            options={account.grants.map((g) => ({ value: g.role, label: grantWords(g) }))}
            onChange={(r) => {
              setRole(r)
              saving.clearError()
            }}
          />
        </Field>
      </div>
    </FormDialog>
  )
}
