import { useState } from 'react'
import type { Period, PeriodStatus } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { ConfirmDialog } from '../../components/confirm-dialog'
import { useNotify } from '../../components/notify'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { isoToday } from './dates'

const DEFAULT_DAYS = '5'

/**
 * 发布公示: the first day and the number of working days; the last day is the backend's count over
 * the office calendar (weekends, holidays, 调休), shown as the clerk types. Only an approved period.
 */
export function PublishForm({ period, status, onPublished }: { period: Period; status: PeriodStatus; onPublished(): void }) {
  const notify = useNotify()
  const [start, setStart] = useState(isoToday())
  const [days, setDays] = useState(DEFAULT_DAYS)
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const n = Number(days)
  const daysOk = Number.isInteger(n) && n >= 1 && n <= 60
  const startOk = /^\d{4}-\d{2}-\d{2}$/.test(start)
  const end = useRpcQuery('notice-end-date', startOk && daysOk ? { startDate: start, workingDays: n } : null)
  const approved = status === 'approved'

  const publish = async () => {
    setConfirming(false)
    setBusy(true)
    try {
      const notice = await rpc('notice-publish', { period: period.id, startDate: start, workingDays: n })
      notify.success(t('ui.decide.publish.done', { id: period.id, n: notice.people.length, end: notice.endDate }))
      onPublished()
    } catch (e) {
      notify.error(e)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card form notice-publish" data-testid="notice-publish-form">
      <h2 className="panel-title">{t('ui.decide.publish.title')}</h2>
      <p className="field-help">{t(period.kind === 'annual' ? 'ui.decide.publish.helpAnnual' : 'ui.decide.publish.helpQuarter')}</p>
      <div className="publish-fields">
        <label className="field">
          <span className="field-label">{t('ui.decide.publish.start')}</span>
          <input type="date" data-testid="notice-start" value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">{t('ui.decide.publish.days')}</span>
          <span className="input-unit">
            <input type="number" min={1} max={60} data-testid="notice-days" value={days} aria-invalid={!daysOk} onChange={(e) => setDays(e.target.value)} />
            <span className="unit">{t('ui.decide.unit.workingDays')}</span>
          </span>
          {!daysOk && <span className="field-error">{t('ui.decide.publish.daysBad')}</span>}
        </label>
      </div>
      <p className="notice-end-line" data-testid="notice-end-preview" data-end={end.data?.endDate ?? ''}>
        {end.data
          ? t('ui.decide.publish.endPreview', { start: end.data.startDate, end: end.data.endDate, days: end.data.workingDays })
          : end.error
            ? end.error.message
            : t('ui.loading')}
      </p>
      {!approved && (
        <p className="hint" data-testid="notice-publish-blocked">
          {t('ui.decide.publish.needApproved')}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button-primary" data-testid="notice-publish" disabled={!approved || busy || !daysOk || !startOk} onClick={() => setConfirming(true)}>
          {t('ui.decide.publish.button')}
        </button>
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('ui.decide.publish.confirmTitle', { id: period.id })}
          testId="notice-publish-confirm"
          confirmLabel={t('ui.decide.publish.button')}
          onConfirm={() => void publish()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('ui.decide.publish.confirmBody', { start, end: end.data?.endDate ?? '—', days: n })}</p>
        </ConfirmDialog>
      )}
    </section>
  )
}
