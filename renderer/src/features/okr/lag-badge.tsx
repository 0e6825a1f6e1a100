import type { LagLevel } from '../../../../shared/contract'
import { lagText } from './okr-format'

const chip: Record<LagLevel, string> = { none: 'chip chip-ok', lagging: 'chip chip-warn', serious: 'chip chip-bad' }

/** 正常 / 滞后 / 严重滞后, with the points behind the calendar when it lags. */
export function LagBadge({ lag, gap, testId }: { lag: LagLevel; gap: number; testId?: string }) {
  return (
    <span className={chip[lag]} data-testid={testId} data-lag={lag}>
      {lagText(lag, gap)}
    </span>
  )
}
