/**
 * rule: shown and exported numbers are rounded half-up to 2 decimals; computations keep full precision.
 *
 * Half-up means half away from zero, like Excel's ROUND, which is what an office checks a result
 * against. A binary double cannot hold most decimals exactly (92.575 is stored as 92.57499999…), so
 * a nudge of one part in 10^12 of the scaled value is added before rounding. It is far larger than
 * the error of a float sum of ratings and far smaller than the gap between two distinct results,
 * which are rationals with small denominators.
 */
const RELATIVE_EPSILON = 1e-12

export function roundHalfUp(x: number, digits = 2): number {
  if (!Number.isFinite(x)) return x
  const scale = 10 ** digits
  const scaled = Math.abs(x) * scale
  const rounded = Math.floor(scaled + 0.5 + scaled * RELATIVE_EPSILON)
  // dividing an integer by the scale gives the double nearest the decimal, e.g. 9258 / 100 → 92.58
  const result = rounded / scale
  return x < 0 ? -result : result
}
