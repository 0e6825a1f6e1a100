import { useMemo, useState } from 'react'
import type { AccountRow } from '../../../../shared/contract'
import { mayGrant, roleIds, type Role } from '../../../../shared/domain/roles'
import { t } from '../../../../shared/i18n'
import { CountedGrid } from '../../components/counted-grid'
import { useNotify } from '../../components/notify'
import { LoadError, Page } from '../../components/page'
import { Tabs } from '../../components/tabs'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { useSubmit } from '../../lib/use-submit'
import { accountColumns } from './account-columns'
import { AccountAddDialog } from './account-add-dialog'
import { AccountDisableDialog } from './account-disable-dialog'
import { AccountGrantDialog } from './account-grant-dialog'
import { AccountResetDialog } from './account-reset-dialog'
import { AccountRevokeDialog } from './account-revoke-dialog'
import { SecuritySettingsCard } from './security-settings-card'
import { useMyAccess } from './session-access'
import './accounts.css'

type AccountsTab = 'accounts' | 'security'
type Open = 'add' | 'grant' | 'revoke' | 'disable' | 'reset' | null
const rowSelection = { mode: 'singleRow', checkboxes: false, enableClickSelection: true } as const

/**
 * 账号管理: the unit's accounts for the 系统管理员 (create, stop and restore, reset a password) and the
 * 安全保密管理员 (grant and revoke roles). Each button shows only where the signed-in account's grants
 * allow the call (the contract's access rule), and the grant buttons only for who grants outside the
 * bootstrap (mayGrant); every refusal the backend still makes is shown as it words it.
 */
export function AccountsPage() {
  const notify = useNotify()
  const me = useMyAccess()
  const list = useRpcQuery('account-list', {})
  const [tab, setTab] = useState<AccountsTab>('accounts')
  const [selectedName, setSelectedName] = useState<string | null>(null)
  const [open, setOpen] = useState<Open>(null)
  const accounts = useMemo(() => list.data ?? [], [list.data])
  const selected = accounts.find((a) => a.name === selectedName) ?? null
  const columns = useMemo(() => accountColumns(new Date()), [list.data])
  const existing = useMemo(() => new Set<Role>(accounts.flatMap((a) => a.grants.map((g) => g.role))), [accounts])

  // the roles the signed-in account may create while the unit lacks them, and whether it grants at all
  const bootstrapRoles = roleIds.filter((r) => mayGrant(me.roles, r, existing) === 'bootstrap')
  const grantsRoles = me.may('account-grant') && roleIds.some((r) => mayGrant(me.roles, r, existing) === 'granted')
  const revokesRoles = me.may('account-revoke') && grantsRoles
  const departments = useRpcQuery('org-list', grantsRoles && me.may('org-list') ? {} : null)
  const tabs: AccountsTab[] = me.may('security-settings-update') ? ['accounts', 'security'] : ['accounts']
  const enabling = useSubmit(notify.error)

  const changed = (a: AccountRow, message: string) => {
    setOpen(null)
    setSelectedName(a.name)
    list.reload()
    notify.success(message)
  }
  const enable = (a: AccountRow) =>
    enabling.submit(async () => changed(await rpc('account-enable', { name: a.name }), t('ui.accounts.enabled', { name: a.name })))
  const button = (id: string, label: string, onClick: () => void, disabled = selected === null) => (
    <button type="button" className="button" data-testid={`account-${id}-open`} disabled={disabled} onClick={onClick}>
      {label}
    </button>
  )

  const actions = tab === 'accounts' && (
    <>
      {me.may('account-disable') && selected?.disabled !== true && button('disable', t('ui.accounts.disable'), () => setOpen('disable'))}
      {me.may('account-enable') && selected?.disabled === true && button('enable', t('ui.accounts.enable'), () => void enable(selected), enabling.busy)}
      {me.may('account-reset-password') && button('reset', t('ui.accounts.reset'), () => setOpen('reset'))}
      {grantsRoles && button('grant', t('ui.accounts.grant'), () => setOpen('grant'))}
      {revokesRoles && button('revoke', t('ui.accounts.revoke'), () => setOpen('revoke'), !selected || selected.grants.length === 0)}
      {me.may('account-add') && (
        <button type="button" className="button button-primary" data-testid="account-add-open" onClick={() => setOpen('add')}>
          {t('ui.accounts.add')}
        </button>
      )}
    </>
  )

  return (
    <Page title={t('nav.accounts')} testId="page-accounts" actions={actions}>
      {tabs.length > 1 && <Tabs tabs={tabs} active={tab} onChange={setTab} label={(k) => t(`ui.accounts.tab.${k}`)} testIdPrefix="accounts-tab" />}
      {tab === 'accounts' && (
        <>
          {list.error && <LoadError error={list.error} onRetry={list.reload} />}
          {bootstrapRoles.length > 0 && me.may('account-add') && (
            <div className="banner banner-info" data-testid="accounts-bootstrap-note">
              {t('ui.accounts.bootstrapNote', { roles: bootstrapRoles.map((r) => t(`role.${r}`)).join(t('ui.listSeparator')) })}
            </div>
          )}
          <CountedGrid<AccountRow>
            count={{ testId: 'accounts-count', total: accounts.length, text: (shown) => t('ui.accounts.count', { shown, total: accounts.length }) }}
            caption={selected ? <span data-testid="accounts-selected">{t('ui.accounts.selected', { name: selected.name })}</span> : <span className="muted">{t('ui.accounts.pickOne')}</span>}
            testId="accounts-grid"
            {...(me.may('grid-export') ? { exportTitle: t('ui.accounts.exportTitle') } : {})}
            rowData={accounts}
            columnDefs={columns}
            getRowId={(p) => p.data.name}
            rowSelection={rowSelection}
            loading={list.loading && !list.data}
            tooltipShowDelay={300}
            onSelectionChanged={(e) => setSelectedName(e.api.getSelectedRows()[0]?.name ?? null)}
            onRowDataUpdated={(e) => selectedName && e.api.getRowNode(selectedName)?.setSelected(true)}
          />
        </>
      )}
      {tab === 'security' && <SecuritySettingsCard editable={me.may('security-settings-update')} />}
      {open === 'add' && (
        <AccountAddDialog
          bootstrapRoles={bootstrapRoles}
          onClose={() => setOpen(null)}
          onAdded={(a) => changed(a, t('ui.accounts.added', { name: a.name }))}
        />
      )}
      {open === 'disable' && selected && <AccountDisableDialog account={selected} onClose={() => setOpen(null)} onDone={(a) => changed(a, t('ui.accounts.disabled', { name: a.name }))} />}
      {open === 'reset' && selected && <AccountResetDialog account={selected} onClose={() => setOpen(null)} onDone={(a) => changed(a, t('ui.accounts.resetDone', { name: a.name }))} />}
      {open === 'grant' && selected && (
        <AccountGrantDialog account={selected} departments={departments.data ?? []} onClose={() => setOpen(null)} onDone={(a) => changed(a, t('ui.accounts.granted', { name: a.name }))} />
      )}
      {open === 'revoke' && selected && <AccountRevokeDialog account={selected} onClose={() => setOpen(null)} onDone={(a) => changed(a, t('ui.accounts.revoked', { name: a.name }))} />}
    </Page>
  )
}
