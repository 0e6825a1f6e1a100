import { roundHalfUp } from '../../../../shared/domain/rounding'
import { fixed2, percent } from '../../lib/format'

/** A full-precision score as shown everywhere: rounded half-up to 2 decimals (the rounding rule), then padded. */
export function shown(value: number | null | undefined): string {
  return value === null || value === undefined ? fixed2(value) : fixed2(roundHalfUp(value, 2))
}

/** A weight fraction as a percentage with at most 2 decimals, half-up. */
export function shownPercent(fraction: number | null | undefined): string {
  return fraction === null || fraction === undefined ? '—' : percent(roundHalfUp(fraction, 4))
}
