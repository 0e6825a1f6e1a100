import type { SessionInfo } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { Page } from '../../components/page'
import { rolesText } from '../../lib/route-access'
import type { Route } from '../../lib/router'

/**
 * A screen this account may not use (typed into the address bar, or kept in it from another
 * account), or no screen at all: said plainly with the roles, instead of a page of refusals.
 */
export function AccessDenied({ info, route, landing, go }: { info: SessionInfo; route: Route | null; landing: Route | null; go(r: Route): void }) {
  const roles = rolesText(info)
  return (
    <Page title={t('ui.access.deniedTitle')} testId="access-denied">
      <div className="access-denied">
        <div className="banner banner-bad" role="alert" data-testid="access-denied-message">
          {route ? t('ui.access.denied', { roles, screen: t(`nav.${route}`) }) : t('ui.access.none', { roles })}
        </div>
        {landing && (
          <button type="button" className="button" data-testid="access-denied-landing" onClick={() => go(landing)}>
            {t('ui.access.goLanding', { screen: t(`nav.${landing}`) })}
          </button>
        )}
      </div>
    </Page>
  )
}
