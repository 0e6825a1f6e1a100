import { useState } from 'react'
import { contract, type AccountRow } from '../../../../shared/contract'
import type { Role } from '../../../../shared/domain/roles'
import { t } from '../../../../shared/i18n'
import { FormDialog } from '../../components/dialog'
import { Field } from '../../components/field'
import { Select, TextInput } from '../../components/inputs'
import { rpc } from '../../lib/rpc'
import { useSubmit } from '../../lib/use-submit'
import { roleWords } from './account-words'
import { emptyPassword, NewPasswordFields, passwordReady } from './password-fields'

/** the contract's own rule for a name decides; the words say it for a person */
export const validAccountName = (name: string) => contract['account-add'].input.shape.name.safeParse(name).success

/**
 * 新建账号: a name and an initial password its owner must change at first sign-in. No role is chosen
 * here — the 安全保密管理员 grants roles — except while the unit still lacks the administrators who
 * would grant and audit: then the 系统管理员 may create them (`bootstrapRoles`, from mayGrant).
 */
export function AccountAddDialog({ bootstrapRoles, onClose, onAdded }: { bootstrapRoles: readonly Role[]; onClose(): void; onAdded(a: AccountRow): void }) {
  const [name, setName] = useState('')
  const [password, setPassword] = useState(emptyPassword)
  const [role, setRole] = useState<Role | ''>('')
  const saving = useSubmit()
  const nameBad = name.trim().length > 0 && !validAccountName(name)
  const ok = validAccountName(name) && passwordReady(password)

  const save = () =>
    saving.submit(async () => {
      const added = await rpc('account-add', { name: name.trim(), password: password.password, ...(role ? { role } : {}) })
      onAdded(added)
    })

  return (
    <FormDialog
      title={t('ui.accounts.add.title')}
      testId="account-add-dialog"
      onClose={onClose}
      submit={saving}
      action={{ label: t('ui.accounts.add.save'), ok, onOk: () => void save() }}
    >
      <div className="form">
        <Field label={t('ui.accounts.col.name')} help={t('ui.accounts.add.nameHelp')} error={nameBad ? t('ui.accounts.add.nameBad') : null} errorTestId="account-add-name-bad">
          <TextInput testId="account-add-name" value={name} maxLength={50} invalid={nameBad} autoFocus onChange={setName} />
        </Field>
        <NewPasswordFields testIdPrefix="account-add" value={password} onChange={setPassword} />
        {bootstrapRoles.length > 0 ? (
          <Field label={t('ui.accounts.add.bootstrapRole')} help={t('ui.accounts.add.bootstrapHelp')}>
            <Select<Role>
              testId="account-add-role"
              value={role}
              empty={t('ui.accounts.add.noRole')}
              options={bootstrapRoles.map((r) => ({ value: r, label: roleWords(r) }))}
              onChange={setRole}
            />
          </Field>
        ) : (
          <p className="field-help" data-testid="account-add-roles-note">
            {t('ui.accounts.add.rolesNote')}
          </p>
        )}
      </div>
    </FormDialog>
  )
}
