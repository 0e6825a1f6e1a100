import type { KeyResultView, LagLevel } from '../../../../shared/contract'
import { roundHalfUp } from '../../../../shared/domain/rounding'
import { t } from '../../../../shared/i18n'

/** A fraction as the screen shows it: half-up to one decimal of a per cent (0.3333 → 33.3%). */
export function shownPercent(fraction: number | null): string {
  return fraction === null ? '—' : `${roundHalfUp(fraction * 100, 1)}%`
}

/** The warning in words, on the badge and in the exported sheet alike: 正常, or 滞后（落后 16.7 点）. */
export function lagText(lag: LagLevel, gap: number): string {
  if (lag === 'none') return t('okr.lag.none')
  return t('ui.okr.lag.gap', { lag: t(`okr.lag.${lag}`), gap: roundHalfUp(gap, 1) })
}

/** A key result's values as typed: 500, 0.85, 12.5 — no padding, the unit after the target. */
export function shownValue(value: number | null): string {
  return value === null ? '—' : String(value)
}

export function rangeText(kr: Pick<KeyResultView, 'baseline' | 'target' | 'unit'>): string {
  return `${kr.baseline} → ${kr.target}${kr.unit ?? ''}`
}
