import { useState, type ReactNode } from 'react'
import { getLocale, t, type Locale } from '../../shared/i18n'
import { NavIcon } from './components/nav-icons'
import { DashboardPage } from './features/dashboard/dashboard-page'
import { NotifyProvider } from './components/notify'
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
import { switchLocale } from './lib/locale'
import { routes, useRoute, type Route } from './lib/router'
import { useSystemInfo } from './lib/system-info'
import { getToken } from './lib/token'
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
}

export function App() {
  // switching language re-mounts everything, grids included, so every text is rebuilt
  const [locale, setLocaleState] = useState<Locale>(getLocale())
  if (!window.kaohe && !getToken()) return <NoToken />
  return (
    <NotifyProvider key={locale}>
      <PeriodProvider>
        <Shell
          locale={locale}
          onLocale={(l) => {
            // re-mount once the backend answers in the new language too
            void switchLocale(l).then(() => setLocaleState(l))
          }}
        />
      </PeriodProvider>
    </NotifyProvider>
  )
}

function Shell({ locale, onLocale }: { locale: Locale; onLocale(l: Locale): void }) {
  const [route, go] = useRoute()
  const info = useSystemInfo()
  return (
    <div className="shell">
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            考
          </span>
          <span className="brand-title" data-testid="app-title">
            {t('app.title')}
          </span>
          <span className="brand-sub">{t('app.subtitle')}</span>
        </div>
        <div className="header-right">
          <button type="button" className="link-button" data-testid="locale-switch" onClick={() => onLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}>
            {locale === 'zh-CN' ? 'English' : '中文'}
          </button>
          <span className="user" data-testid="current-user">
            {info.data ? t('ui.header.user', { name: info.data.user.name, role: info.data.user.role }) : info.error ? t('ui.header.offline') : ''}
          </span>
        </div>
      </header>
      <nav className="app-nav" aria-label={t('ui.nav.label')}>
        {routes.map((r) => (
          <a key={r} href={`#/${r}`} className={r === route ? 'nav-item active' : 'nav-item'} data-testid={`nav-${r}`} aria-current={r === route ? 'page' : undefined} onClick={(e) => {
            e.preventDefault()
            go(r)
          }}>
            <NavIcon route={r} />
            {t(`nav.${r}`)}
          </a>
        ))}
        <div className="nav-foot">{info.data ? t('ui.nav.version', { version: info.data.version }) : ''}</div>
      </nav>
      <main className="app-main">{screens[route]()}</main>
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
