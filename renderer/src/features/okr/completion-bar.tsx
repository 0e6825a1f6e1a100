import { t } from '../../../../shared/i18n'
import { shownPercent } from './okr-format'

/**
 * Completion as a bar with its percentage; where the time elapsed is given, a mark on the bar shows
 * how far the calendar has gone, so a bar short of its mark is visibly behind.
 */
export function CompletionBar({ value, elapsed, testId }: { value: number | null; elapsed?: number; testId?: string }) {
  const width = value === null ? 0 : Math.round(value * 1000) / 10
  return (
    <span className="okr-bar" data-testid={testId} data-value={value ?? ''}>
      <span className="okr-bar-track">
        <span className="okr-bar-fill" style={{ width: `${width}%` }} />
        {elapsed !== undefined && <span className="okr-bar-mark" style={{ left: `${Math.round(elapsed * 1000) / 10}%` }} title={`${t('ui.okr.col.elapsed')} ${shownPercent(elapsed)}`} />}
      </span>
      <span className="okr-bar-text">{shownPercent(value)}</span>
    </span>
  )
}
