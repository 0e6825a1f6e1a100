import type { AnnualSettings } from './settings'
import { roundHalfUp } from './rounding'

/**
 * rule: annual score = 50 % the annual assessment total + 50 % the mean of that year's graded
 * quarterly totals as published; the annual total alone when the year has no graded quarter.
 *
 * "As published" means each quarterly total rounded half-up to 2 decimals, as the office saw it on
 * the quarterly notice, so the annual score can be checked by hand from published numbers. The
 * result is kept at full precision like every total; thresholds and ranks round it. The weights are
 * a setting and are rescaled to their sum, so 0.6 / 0.4 and 60 / 40 mean the same.
 * Only graded quarters are passed in (不定等次 and 不参加 quarters have no published total).
 */
export function annualScore(
  annualTotal: number,
  quarterlyTotals: readonly number[],
  weights: AnnualSettings['weights'],
): number {
  if (quarterlyTotals.length === 0) return annualTotal
  const published = quarterlyTotals.map((t) => roundHalfUp(t))
  const quarterlyMean = published.reduce((a, b) => a + b, 0) / published.length
  const sum = weights.annual + weights.quarterly
  // both weights 0 is a settings error the schema allows; fall back to the annual total alone
  if (sum <= 0) return annualTotal
  return (weights.annual * annualTotal + weights.quarterly * quarterlyMean) / sum
}
