import { useEffect, useState } from 'react'

export const routes = ['dashboard', 'org', 'scheme', 'period', 'okr', 'ratings', 'results', 'notice', 'uses', 'report', 'settings'] as const
export type Route = (typeof routes)[number]

function parse(hash: string): Route {
  const name = hash.replace(/^#\/?/, '')
  // without a screen in the hash: 组织人员, where a first start begins (the roster)
  return (routes as readonly string[]).includes(name) ? (name as Route) : 'org'
}

/** The screen lives in the hash (#/results) so a reload keeps it; the token left the hash at start-up. */
export function useRoute(): [Route, (r: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parse(window.location.hash))
  useEffect(() => {
    const onHash = () => setRoute(parse(window.location.hash))
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])
  return [route, (r) => (window.location.hash = `#/${r}`)]
}
