import type { Period } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { Empty, LoadError, Page } from '../../components/page'
import { periodStatusText, usePeriodChoice } from '../../components/period-picker'
import { useRpcQuery } from '../../lib/use-rpc'
import { AppealsSection } from './appeals-section'
import { NoticeView } from './notice-view'
import { PublishForm } from './publish-form'
import './notice.css'

/** 公示与申诉: publish the chosen period's notice, see it, and record 复核 / 申诉 with their outcomes. */
export function NoticePage() {
  const { period, picker } = usePeriodChoice()
  return (
    <Page title={t('nav.notice')} testId="page-notice" actions={picker}>
      {!period && <Empty testId="notice-no-period">{t('ui.period.needOne')}</Empty>}
      {period && <NoticeScreen key={period.id} period={period} />}
    </Page>
  )
}

function NoticeScreen({ period }: { period: Period }) {
  const notice = useRpcQuery('notice-get', { period: period.id })
  // a period that only now became noticed must be re-read by the picker too: the status line reads it here
  const periods = useRpcQuery('period-list', {})
  const status = periods.data?.find((p) => p.id === period.id)?.status ?? period.status
  const changed = () => {
    notice.reload()
    periods.reload()
  }
  return (
    <>
      <div className="summary-bar" data-testid="notice-status" data-status={status}>
        <span>{t('ui.decide.notice.periodLine', { id: period.id, name: period.name })}</span>
        <span className={`chip chip-${status === 'approved' ? 'ok' : status === 'noticed' ? 'info' : status === 'final' ? 'strong' : 'plain'}`}>{periodStatusText(status)}</span>
        <span className="muted">{t(`ui.decide.notice.statusHelp.${status}`)}</span>
      </div>
      {notice.error && <LoadError error={notice.error} onRetry={notice.reload} />}
      <div className="notice-layout">
        <div className="notice-col">
          {notice.data ? (
            <NoticeView notice={notice.data} status={status} />
          ) : (
            !notice.error && !notice.loading && <PublishForm period={period} status={status} onPublished={changed} />
          )}
        </div>
        <div className="notice-col notice-col-wide">
          <AppealsSection period={period} status={status} noticed={notice.data !== null && notice.data !== undefined} onChanged={changed} />
        </div>
      </div>
    </>
  )
}
