import type { AccountRow, RoleGrant } from '../../../../shared/contract'
import { scopedRoles, type Role } from '../../../../shared/domain/roles'
import { t } from '../../../../shared/i18n'
import { dateTime } from '../../lib/format'

export const roleWords = (role: Role): string => t(`role.${role}`)

/** 考核工作人员（办公室、业务科）: a role and how far it reaches; the admin roles reach no departments. */
export function grantWords(g: RoleGrant): string {
  if (!scopedRoles.includes(g.role)) return roleWords(g.role)
  const reach = g.departments === null ? t('ui.accounts.wholeUnit') : g.departments.map((d) => d.path).join(t('ui.listSeparator'))
  return t('ui.accounts.grantWithReach', { role: roleWords(g.role), reach })
}

export function grantsWords(grants: readonly RoleGrant[]): string {
  return grants.length === 0 ? t('auth.noRole') : grants.map(grantWords).join('；')
}

export type AccountState = 'active' | 'disabled' | 'locked' | 'mustChange'

/** What an account may do now, the most limiting first: stopped, locked out, or waiting for its first password. */
export function accountStates(a: AccountRow, now: Date): AccountState[] {
  if (a.disabled) return ['disabled']
  const states: AccountState[] = []
  if (a.lockedUntil !== null && new Date(a.lockedUntil) > now) states.push('locked')
  if (a.mustChangePassword) states.push('mustChange')
  return states.length ? states : ['active']
}

export function stateWords(state: AccountState, a: AccountRow): string {
  return state === 'locked' ? t('ui.accounts.state.locked', { until: dateTime(a.lockedUntil) }) : t(`ui.accounts.state.${state}`)
}

export const stateChip: Record<AccountState, string> = { active: 'chip chip-ok', disabled: 'chip', locked: 'chip chip-bad', mustChange: 'chip chip-warn' }
