import { useEffect, useState } from 'react'
import type { MethodName } from '../../../shared/contract'

/**
 * Every screen, in the navigation's order, with the contract methods its main read needs: the
 * navigation shows a screen only when the session may call all of them (lib/route-access.ts asks
 * the same decideAccess the dispatch uses), so a role never lands on a screen of refusals.
 * A screen several roles use for different parts (设置: the clerk's rules, the 系统管理员's backups)
 * names them `{ anyOf }`: it opens for a session that may call one, each part shown by useMayCall.
 * A new screen is one line here, one in app.tsx's `screens`, its icon and its `nav.<route>` words.
 */
export const routeNeeds = {
  dashboard: ['period-progress', 'results-list', 'flags-list', 'okr-lagging'],
  org: ['org-list', 'roster-list'],
  scheme: ['scheme-list'],
  period: ['period-list', 'period-people'],
  okr: ['okr-list'],
  ratings: ['ratings-summary'],
  results: ['results-list'],
  notice: ['notice-get'],
  uses: ['uses-list'],
  report: ['results-list'],
  accounts: ['account-list'],
  audit: ['audit-list'],
  // last: the clerk's order is unchanged, and the 系统管理员 lands on 账号管理 before it
  settings: { anyOf: ['settings-get', 'backup-list'] },
} as const satisfies Record<string, readonly MethodName[] | { anyOf: readonly MethodName[] }>

export type Route = keyof typeof routeNeeds
export const routes = Object.keys(routeNeeds) as Route[]

/** The screen named in the hash, or null when the hash names none (a first start, a mistyped address). */
export function parseRoute(hash: string): Route | null {
  const name = hash.replace(/^#\/?/, '')
  return (routes as readonly string[]).includes(name) ? (name as Route) : null
}

/** The screen lives in the hash (#/results) so a reload keeps it; the token left the hash at start-up. */
export function useRoute(): [Route | null, (r: Route) => void] {
  const [route, setRoute] = useState<Route | null>(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  return [route, (r) => (window.location.hash = `#/${r}`)]
}
