import type { ProgressEvent } from '../../../shared/contract'
import { isMessageKey, t } from '../../../shared/i18n'
import type { Submit } from '../lib/use-submit'
import './progress-bar.css'

/** A progress event's stage is an i18n key; anything else is shown as it came. */
export function stageText(stage: string): string {
  return isMessageKey(stage) ? t(stage) : stage
}

interface ProgressBarProps {
  event: ProgressEvent | null
  /** shown before the first event arrives */
  label?: string
  testId?: string
  onCancel?: () => void
}

export function ProgressBar({ event, label, testId = 'progress', onCancel }: ProgressBarProps) {
  const known = event !== null && event.total > 0
  const pct = known ? Math.min(100, Math.round((event.done / event.total) * 100)) : null
  return (
    <div className="progress" data-testid={testId} role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct ?? undefined}>
      <div className="progress-line">
        <span>{event ? stageText(event.stage) : (label ?? t('ui.working'))}</span>
        <span className="muted">{pct !== null ? `${pct}%` : ''}</span>
        {onCancel && (
          <button type="button" className="button button-small" data-testid={`${testId}-cancel`} onClick={onCancel}>
            {t('action.cancel')}
          </button>
        )}
      </div>
      <div className={pct === null ? 'progress-track indeterminate' : 'progress-track'}>
        <div className="progress-fill" style={{ width: pct === null ? '30%' : `${pct}%` }} />
      </div>
    </div>
  )
}

/** The busy line of a long save (a recomputation): its progress and its cancel, while it runs. */
export function BusyProgress({ submit, label, testId }: { submit: Submit; label: string; testId: string }) {
  return submit.busy ? <ProgressBar testId={testId} event={submit.progress} label={label} onCancel={submit.cancel} /> : null
}
