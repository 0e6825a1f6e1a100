import { contract, type MethodName, type SessionInfo } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { decideAccess, type Grant } from '../../../shared/domain/method-access'
import type { Role } from '../../../shared/domain/roles'
import { routeNeeds, routes, type Route } from './router'
import { useSession } from './session'

/** The session's grants as decideAccess takes them: department ids, null for the whole unit. */
export function grantsOf(info: SessionInfo): Grant[] {
  return info.grants.map((g) => ({ role: g.role, departments: g.departments === null ? null : g.departments.map((d) => d.id) }))
}

/** Whether the dispatch will answer this method for these grants (the same decision it makes). */
export function mayCall(method: MethodName, grants: readonly Grant[]): boolean {
  return decideAccess(contract[method].access, grants).ok
}

export function mayOpen(route: Route, grants: readonly Grant[]): boolean {
  const needs: readonly MethodName[] | { anyOf: readonly MethodName[] } = routeNeeds[route]
  return 'anyOf' in needs ? needs.anyOf.some((m) => mayCall(m, grants)) : needs.every((m) => mayCall(m, grants))
}

/** The screens this account may use, in the navigation's order. */
export function openRoutes(grants: readonly Grant[]): Route[] {
  return routes.filter((r) => mayOpen(r, grants))
}

/**
 * Where a sign-in lands: 概览 when the account may use it (on a new database its checklist says what
 * to set up first, and later where the period stands), else the first screen it may use; null when it has none.
 */
export function landingRoute(open: readonly Route[]): Route | null {
  return open.includes('dashboard') ? 'dashboard' : (open[0] ?? null)
}

/** The account's roles in words, each limited one with its departments: 部门领导（财政所、党政办公室）. */
export function rolesText(info: SessionInfo): string {
  if (info.grants.length === 0) return t('auth.noRole')
  return info.grants
    .map((g) => (g.departments === null ? t(`role.${g.role}`) : t('ui.session.roleIn', { role: t(`role.${g.role}`), departments: g.departments.map((d) => d.path).join(t('ui.listSeparator')) })))
    .join(t('ui.listSeparator'))
}

/** For a screen that shows a part only to the roles that may read it: may this session call `method`? */
export function useMayCall(method: MethodName): boolean {
  const session = useSession()
  return session.status === 'signed-in' && mayCall(method, grantsOf(session.info))
}

/**
 * The role the dispatch makes this call as for this session (the handler's `ctx.caller.role`), null
 * when it refuses the call: for a handler that decides by role beyond the contract's access (stages-record).
 */
export function useCallRole(method: MethodName): Role | null {
  const session = useSession()
  if (session.status !== 'signed-in') return null
  const decision = decideAccess(contract[method].access, grantsOf(session.info))
  return decision.ok ? decision.role : null
}
