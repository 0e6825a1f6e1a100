import { useState, type ReactNode } from 'react'
import type { SessionInfo } from '../../shared/contract'
import { getLocale, t, type Locale } from '../../shared/i18n'
import { NavIcon } from './components/nav-icons'
import { DashboardPage } from './features/dashboard/dashboard-page'
import { NotifyProvider, ToastDock } from './components/notify'
import { PeriodProvider } from './components/period-picker'
import { NoticePage } from './features/notice/notice-page'
import { OrgPage } from './features/org/org-page'
import { OkrPage } from './features/okr/okr-page'
import { PeriodPage } from './features/period/period-page'
import { RatingsPage } from './features/ratings/ratings-page'
import { ReportPage } from './features/report/report-page'
import { ResultsPage } from './features/results/results-page'
import { SchemePage } from './features/scheme/scheme-page'
import { UsesPage } from './features/uses/uses-page'
import { SettingsPage } from './features/settings/settings-page'
import { AccountsPage } from './features/accounts/accounts-page'
import { AuditPage } from './features/audit/audit-page'
import { AccessDenied } from './features/sign-in/access-denied'
import { AccountBar } from './features/sign-in/account-bar'
import { SessionGate } from './features/sign-in/session-gate'
import { switchLocale } from './lib/locale'
import { grantsOf, landingRoute, openRoutes } from './lib/route-access'
import { useRoute, type Route } from './lib/router'
import { useSystemInfo } from './lib/system-info'
import { getToken } from './lib/token'
import { Brand } from './components/brand'
import { DemoBanner } from './features/demo/demo-banner'
import './app.css'

const screens: Record<Route, () => ReactNode> = {
  dashboard: () => <DashboardPage />,
  org: () => <OrgPage />,
  scheme: () => <SchemePage />,
  period: () => <PeriodPage />,
  okr: () => <OkrPage />,
  ratings: () => <RatingsPage />,
  results: () => <ResultsPage />,
  notice: () => <NoticePage />,
  uses: () => <UsesPage />,
  report: () => <ReportPage />,
  settings: () => <SettingsPage />,
  accounts: () => <AccountsPage />,
  audit: () => <AuditPage />,
}

export function App() {
  // switching language re-mounts everything, grids included, so every text is rebuilt
  const [locale, setLocaleState] = useState<Locale>(getLocale())
  if (!window.kaohe && !getToken()) return <NoToken />
  const localeSwitch = (
    <button
      type="button"
      className="link-button"
      // the switch names the other language in its own words, so its reader finds it: not this screen's text
      lang={locale === 'zh-CN' ? 'en' : 'zh-CN'}
      data-user-text
      data-testid="locale-switch"
      onClick={() => {
        // re-mount once the backend answers in the new language too
        void switchLocale(locale === 'zh-CN' ? 'en' : 'zh-CN').then(() => setLocaleState(getLocale()))
      }}
    >
      {locale === 'zh-CN' ? 'English' : '中文'}
    </button>
  )
  return (
    <SessionGate key={locale} localeSwitch={localeSwitch}>
      {(info) => (
        // inside the gate: signing out unmounts them, so no account sees the messages or the chosen period of the one before
        <NotifyProvider>
          <PeriodProvider>
            <Shell info={info} localeSwitch={localeSwitch} />
          </PeriodProvider>
        </NotifyProvider>
      )}
    </SessionGate>
  )
}

/** The app for a signed-in account: only the screens its roles may use are in the navigation. */
function Shell({ info, localeSwitch }: { info: SessionInfo; localeSwitch: ReactNode }) {
  const [asked, go] = useRoute()
  const system = useSystemInfo()
  const open = openRoutes(grantsOf(info))
  const landing = landingRoute(open)
  const route = asked ?? landing
  return (
    <div className="shell">
      <header className="app-header">
        <div className="brand">
          <Brand titleClassName="brand-title" />
          <span className="brand-sub">{t('app.subtitle')}</span>
        </div>
        <div className="header-right">
          {localeSwitch}
          <AccountBar info={info} />
        </div>
      </header>
      <nav className="app-nav" aria-label={t('ui.nav.label')} data-testid="app-nav">
        {open.map((r) => (
          <a key={r} href={`#/${r}`} className={r === route ? 'nav-item active' : 'nav-item'} data-testid={`nav-${r}`} aria-current={r === route ? 'page' : undefined} onClick={(e) => {
            e.preventDefault()
            go(r)
          }}>
            <NavIcon route={r} />
            {t(`nav.${r}`)}
          </a>
        ))}
        <div className="nav-foot">{system.data ? t('ui.nav.version', { version: system.data.version }) : ''}</div>
      </nav>
      <main className="app-main">
        <DemoBanner />
        {route !== null && open.includes(route) ? screens[route]() : <AccessDenied info={info} route={route} landing={landing} go={go} />}
        <ToastDock page={route} />
      </main>
    </div>
  )
}

function NoToken() {
  return (
    <div className="no-token" data-testid="no-token" role="alert">
      <h1>{t('app.title')}</h1>
      <p>{t('ui.noToken')}</p>
    </div>
  )
}
