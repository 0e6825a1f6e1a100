import { roundHalfUp } from './rounding'

/**
 * rule: ranks are competition ranks on the rounded total (equal rounded totals share a rank and
 * the next rank skips: 1, 2, 2, 4); people without a total get no rank.
 */
export function competitionRanks(totals: readonly (number | null)[]): (number | null)[] {
  const rounded = totals.map((t) => (t === null ? null : roundHalfUp(t)))
  const sorted = rounded.filter((t): t is number => t !== null).sort((a, b) => b - a)
  const firstPlace = new Map<number, number>()
  sorted.forEach((t, i) => {
    if (!firstPlace.has(t)) firstPlace.set(t, i + 1)
  })
  return rounded.map((t) => (t === null ? null : (firstPlace.get(t) ?? null)))
}
