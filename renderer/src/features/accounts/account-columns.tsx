import type { ColDef } from 'ag-grid-community'
import type { AccountRow } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { dateTime } from '../../lib/format'
import { accountStates, grantsWords, stateChip, stateWords } from './account-words'

/** The accounts grid: who, which roles over which departments, whether it can sign in, and when it last did. */
export function accountColumns(now: Date): ColDef<AccountRow>[] {
  const statesText = (a: AccountRow) => accountStates(a, now).map((s) => stateWords(s, a)).join('，')
  return [
    { field: 'name', headerName: t('ui.accounts.col.name'), width: 140, pinned: 'left' },
    {
      colId: 'roles',
      headerName: t('ui.accounts.col.roles'),
      flex: 1,
      minWidth: 220,
      valueGetter: (p) => (p.data ? grantsWords(p.data.grants) : ''),
      tooltipValueGetter: (p) => (p.data ? grantsWords(p.data.grants) : null),
    },
    {
      colId: 'state',
      headerName: t('ui.accounts.col.state'),
      width: 220,
      valueGetter: (p) => (p.data ? statesText(p.data) : ''),
      cellRenderer: (p: { data?: AccountRow }) =>
        p.data ? (
          <span className="account-states" data-testid={`account-state-${p.data.name}`} data-state={accountStates(p.data, now).join(' ')}>
            {accountStates(p.data, now).map((s) => (
              <span key={s} className={stateChip[s]}>
                {stateWords(s, p.data as AccountRow)}
              </span>
            ))}
          </span>
        ) : null,
    },
    { field: 'createdAt', headerName: t('ui.accounts.col.created'), width: 170, cellDataType: 'text', valueFormatter: (p) => dateTime(p.value) },
    { field: 'lastLoginAt', headerName: t('ui.accounts.col.lastLogin'), width: 170, cellDataType: 'text', valueFormatter: (p) => (p.value ? dateTime(p.value) : t('ui.accounts.never')) },
  ]
}
