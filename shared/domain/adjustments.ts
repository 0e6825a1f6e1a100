/**
 * Bonus, deduction and veto items (计分方式 加减分 / 否决) are adjustments after the weighted score,
 * never part of a weighted mean. Until their own entry screen exists, an entry on such an item is a
 * rating row: on a 加减分 item its score is the points (positive a bonus, negative a deduction), on a
 * 否决 item any score above 0 triggers the veto.
 */

/**
 * rule: the points of one 加减分 item are the sum of its entries (each entry records one award or one
 * deduction), bounded in size by the item's own cap when it has one.
 */
export function itemPoints(entries: readonly number[], itemCap: number | null): number {
  const sum = entries.reduce((s, x) => s + x, 0)
  if (itemCap === null || itemCap < 0) return sum
  return Math.max(-itemCap, Math.min(itemCap, sum))
}

/** rule: a 否决 item is triggered when any entry on it is above 0. */
export function vetoTriggered(entries: readonly number[]): boolean {
  return entries.some((x) => x > 0)
}

export interface AdjustedTotal {
  total: number
  /** the bonus actually added, after the cap */
  bonusApplied: number
  bonusCapped: boolean
  clamped: boolean
}

/**
 * rule: total = weighted score + min(bonus, cap) − deductions, clamped to [0, 100 + cap]
 * (the cap is the unit's bonus cap, default 5).
 */
export function adjustedTotal(weighted: number, bonus: number, deductions: number, bonusCap: number): AdjustedTotal {
  const bonusApplied = Math.min(Math.max(bonus, 0), bonusCap)
  const raw = weighted + bonusApplied - Math.max(deductions, 0)
  const total = Math.min(Math.max(raw, 0), 100 + bonusCap)
  return { total, bonusApplied, bonusCapped: bonus > bonusCap, clamped: total !== raw }
}
