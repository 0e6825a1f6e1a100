import type { Route } from '../lib/router'

/** Line icons for the navigation: language-neutral, drawn in the current text colour. */
const paths: Record<Route, string> = {
  // a person and a key
  accounts: 'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM3 20v-1a6 6 0 0 1 9.5-4.9M17 12.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5zM19 15h2.5M21 15v2',
  // a magnifier over a list
  audit: 'M5 4h11v7M5 8h7M5 12h4M5 4v16h6M16.5 13a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7zM19 19.5l2.5 2.5',
  // four tiles
  dashboard: 'M4 4h7v7H4zM13 4h7v4h-7zM13 10h7v10h-7zM4 13h7v7H4z',
  // two people
  org: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm-6 9v-1a5 5 0 0 1 10 0v1M17 11a2.5 2.5 0 1 0 0-5M16 14.2a4.5 4.5 0 0 1 5 4.8v1',
  // a tree of indicators
  scheme: 'M4 4h6v4H4zM14 10h6v4h-6zM14 17h6v4h-6zM7 8v11h7M7 12h7',
  // a calendar
  period: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5M8 14h2M14 14h2M8 17h2',
  // a target: rings and its centre
  okr: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7.5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zM12 11.2a.8.8 0 1 0 0 1.6.8.8 0 0 0 0-1.6z',
  // a pencil on a line
  ratings: 'M4 20h16M6 16l9.5-9.5 3 3L9 19H6zM13.5 8.5l3 3',
  // bars
  results: 'M4 20h16M7 17v-5M12 17V7M17 17v-8',
  // a notice board on a post
  notice: 'M4 4h16v11H4zM12 15v6M8 21h8M7 8h10M7 11h6',
  // an arrow rising out of a box: results put to use
  uses: 'M5 11v9h14v-9M12 3v12M8 7l4-4 4 4',
  // a sheet with rows
  report: 'M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 15h7M9 18h4',
  // sliders
  settings: 'M4 7h10M18 7h2M4 17h4M12 17h8M14 5v4M8 15v4M4 12h6M14 12h6M10 10v4',
}

export function NavIcon({ route }: { route: Route }) {
  return (
    <svg className="nav-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
      <path d={paths[route]} />
    </svg>
  )
}
