import { useState } from 'react'
import type { Period } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { Empty, LoadError, Page } from '../../components/page'
import { NoPeriod, periodStatusText, usePeriodChoice } from '../../components/period-picker'
import { useMayCall } from '../../lib/route-access'
import { useRpcQuery } from '../../lib/use-rpc'
import { AppealsSection } from './appeals-section'
import { NoticeView } from './notice-view'
import { PublishForm } from './publish-form'
import './notice.css'

/** 公示与申诉: publish the chosen period's notice, see it, and record 复核 / 申诉 with their outcomes. */
export function NoticePage() {
  // publishing moves the period to 公示中: re-mounting lets the picker and the screen read the new status
  const [nonce, setNonce] = useState(0)
  return <NoticeFrame key={nonce} onStatusChanged={() => setNonce((n) => n + 1)} />
}

function NoticeFrame({ onStatusChanged }: { onStatusChanged(): void }) {
  const { period, picker } = usePeriodChoice()
  return (
    <Page title={t('nav.notice')} testId="page-notice" actions={picker}>
      {!period && <NoPeriod testId="notice-no-period" />}
      {period && <NoticeScreen key={period.id} period={period} onStatusChanged={onStatusChanged} />}
    </Page>
  )
}

function NoticeScreen({ period, onStatusChanged }: { period: Period; onStatusChanged(): void }) {
  const notice = useRpcQuery('notice-get', { period: period.id })
  const status = period.status
  // a role that may not publish is told there is no notice yet, not shown the form to publish one
  const mayPublish = useMayCall('notice-publish')
  return (
    <>
      <div className="summary-bar" data-testid="notice-status" data-status={status} data-state={notice.data?.state ?? ''}>
        <span className="cell-strong" data-user-text>
          {period.name || period.id}
        </span>
        {notice.data ? (
          // a published notice: header and card read the same state (shared/domain/notice-state.ts)
          <>
            <span className={`chip chip-${notice.data.state === 'running' ? 'info' : notice.data.state === 'upcoming' ? 'plain' : notice.data.state === 'final' ? 'strong' : 'ok'}`}>{t(`noticeState.chip.${notice.data.state}`)}</span>
            <span className="muted">{t(`noticeState.help.${notice.data.state}`, { start: notice.data.startDate, end: notice.data.endDate })}</span>
          </>
        ) : (
          <>
            <span className={`chip chip-${status === 'approved' ? 'ok' : status === 'noticed' ? 'info' : status === 'final' ? 'strong' : 'plain'}`}>{periodStatusText(status)}</span>
            <span className="muted">{t(`ui.decide.notice.statusHelp.${status}`)}</span>
          </>
        )}
      </div>
      {notice.error && <LoadError error={notice.error} onRetry={notice.reload} />}
      {notice.data ? (
        <NoticeView notice={notice.data} status={status} />
      ) : (
        !notice.error &&
        !notice.loading &&
        (mayPublish ? <PublishForm period={period} status={status} onPublished={onStatusChanged} /> : <Empty testId="notice-none">{t('ui.decide.notice.noneReader')}</Empty>)
      )}
      <AppealsSection period={period} status={status} noticed={notice.data !== null && notice.data !== undefined} onChanged={notice.reload} />
    </>
  )
}
