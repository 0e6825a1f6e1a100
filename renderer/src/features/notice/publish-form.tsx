import { useState } from 'react'
import type { Period, PeriodStatus } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { ConfirmDialog } from '../../components/confirm-dialog'
import { Field, FormActions, FormCard } from '../../components/field'
import { DateInput, NumberInput } from '../../components/inputs'
import { useNotify } from '../../components/notify'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { useSubmit } from '../../lib/use-submit'
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
  const { busy, submit } = useSubmit(notify.error)
  const n = Number(days)
  const daysOk = Number.isInteger(n) && n >= 1 && n <= 60
  const startOk = /^\d{4}-\d{2}-\d{2}$/.test(start)
  const end = useRpcQuery('notice-end-date', startOk && daysOk ? { startDate: start, workingDays: n } : null)
  const approved = status === 'approved'

  const publish = () => {
    setConfirming(false)
    void submit(async () => {
      const notice = await rpc('notice-publish', { period: period.id, startDate: start, workingDays: n })
      notify.success(t('ui.decide.publish.done', { id: period.id, n: notice.people.length, end: notice.endDate }))
      onPublished()
    })
  }

  return (
    <FormCard title={t('ui.decide.publish.title')} testId="notice-publish-form" className="notice-publish">
      <p className="field-help">{t(period.kind === 'annual' ? 'ui.decide.publish.helpAnnual' : 'ui.decide.publish.helpQuarter')}</p>
      <div className="publish-fields">
        <Field label={t('ui.decide.publish.start')}>
          <DateInput testId="notice-start" value={start} onChange={setStart} />
        </Field>
        <Field label={t('ui.decide.publish.days')} error={!daysOk && t('ui.decide.publish.daysBad')}>
          <NumberInput spinner min={1} max={60} testId="notice-days" unit={t('ui.decide.unit.workingDays')} value={days} invalid={!daysOk} onChange={setDays} />
        </Field>
      </div>
      <p className="notice-end-line" data-testid="notice-end-preview" data-end={end.data?.endDate ?? ''}>
        {end.data
          ? t('ui.decide.publish.endPreview', { start: end.data.startDate, end: end.data.endDate, days: end.data.workingDays })
          : end.error
            ? end.error.message
            : t('ui.loading')}
      </p>
      {end.data && end.data.uncoveredYears.length > 0 && (
        <p className="field-error" data-testid="notice-end-uncovered">
          {t('calendar.uncovered', { years: end.data.uncoveredYears.join(t('ui.listSeparator')) })}
        </p>
      )}
      {!approved && (
        <p className="hint" data-testid="notice-publish-blocked">
          {t('ui.decide.publish.needApproved')}
        </p>
      )}
      <FormActions>
        <button type="button" className="button button-primary" data-testid="notice-publish" disabled={!approved || busy || !daysOk || !startOk} onClick={() => setConfirming(true)}>
          {t('ui.decide.publish.button')}
        </button>
      </FormActions>
      {confirming && (
        <ConfirmDialog
          title={t('ui.decide.publish.confirmTitle', { id: period.id })}
          testId="notice-publish-confirm"
          confirmLabel={t('ui.decide.publish.button')}
          onConfirm={publish}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('ui.decide.publish.confirmBody', { start, end: end.data?.endDate ?? '—', days: n })}</p>
          {end.data && end.data.uncoveredYears.length > 0 && <p className="field-error">{t('calendar.uncovered', { years: end.data.uncoveredYears.join(t('ui.listSeparator')) })}</p>}
        </ConfirmDialog>
      )}
    </FormCard>
  )
}
