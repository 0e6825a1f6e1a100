import { useState } from 'react'
import type { AccountRow, Department } from '../../../../shared/contract'
import { roleIds, scopedRoles, type Role } from '../../../../shared/domain/roles'
import { t } from '../../../../shared/i18n'
import { FormDialog } from '../../components/dialog'
import { Field } from '../../components/field'
import { Select } from '../../components/inputs'
import { rpc } from '../../lib/rpc'
import { useSubmit } from '../../lib/use-submit'
import { roleWords } from './account-words'
import { DepartmentPicker } from './department-picker'

const heldPaths = (account: AccountRow, role: Role) => account.grants.find((g) => g.role === role)?.departments?.map((d) => d.path) ?? []

/**
 * 授予角色: one of the six roles, and for the roles that work on people (考核工作人员, 部门领导, 只读)
 * the departments they reach. Granting a role the account holds again replaces its departments.
 * Whether the grant keeps the three administrators apart is the backend's to say, in its words.
 */
export function AccountGrantDialog({ account, departments, onClose, onDone }: { account: AccountRow; departments: readonly Department[]; onClose(): void; onDone(a: AccountRow): void }) {
  const [role, setRole] = useState<Role | ''>('')
  const [paths, setPaths] = useState<string[]>([])
  const saving = useSubmit()
  const scoped = role !== '' && scopedRoles.includes(role)
  const held = role !== '' && account.grants.some((g) => g.role === role)

  const choose = (r: Role | '') => {
    setRole(r)
    setPaths(r === '' ? [] : heldPaths(account, r))
    saving.clearError()
  }
  const save = () =>
    saving.submit(async () => {
      if (role === '') return
      onDone(await rpc('account-grant', { name: account.name, role, ...(scoped && paths.length ? { departments: paths } : {}) }))
    })

  return (
    <FormDialog
      title={t('ui.accounts.grant.title', { name: account.name })}
      testId="account-grant-dialog"
      onClose={onClose}
      submit={saving}
      action={{ label: t(held ? 'ui.accounts.grant.update' : 'ui.accounts.grant.save'), ok: role !== '', onOk: () => void save() }}
    >
      <div className="form">
        <Field label={t('ui.accounts.grant.role')} help={held ? t('ui.accounts.grant.heldHelp') : undefined}>
          <Select<Role>
            testId="account-grant-role"
            value={role}
            empty={{ label: t('ui.accounts.grant.pickRole'), disabled: true }}
            options={roleIds.map((r) => ({ value: r, label: roleWords(r) }))}
            onChange={choose}
            autoFocus
          />
        </Field>
        {scoped && (
          <Field label={t('ui.accounts.grant.departments')} help={t('ui.accounts.grant.departmentsHelp')} group>
            <DepartmentPicker departments={departments} chosen={paths} onChange={setPaths} />
          </Field>
        )}
      </div>
    </FormDialog>
  )
}
