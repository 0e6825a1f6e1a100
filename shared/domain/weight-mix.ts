/**
 * Rule: weights are scaled to sum 1. A vector that sums to 0 carries no preference at all and
 * becomes equal weights (this is also how entropy weights come out equal when every indicator has
 * entropy 1). Negative or non-finite weights are a caller's mistake and throw.
 */
export function normaliseWeights(w: readonly number[]): number[] {
  if (w.some((x) => !Number.isFinite(x) || x < 0)) throw new RangeError('weights must be finite and not negative')
  const sum = w.reduce((s, x) => s + x, 0)
  if (sum === 0) return w.map(() => 1 / w.length)
  return w.map((x) => x / sum)
}

/**
 * Rule: a mix such as "AHP 70 % + entropy 30 %" is share · a + (1 − share) · b over the two
 * normalised vectors, renormalised. `share` is the first vector's part, from 0 to 1.
 */
export function mixWeights(a: readonly number[], b: readonly number[], share: number): number[] {
  if (a.length !== b.length) throw new RangeError('weight vectors differ in length')
  if (!(share >= 0 && share <= 1)) throw new RangeError('share must be between 0 and 1')
  const na = normaliseWeights(a)
  const nb = normaliseWeights(b)
  return normaliseWeights(na.map((x, i) => share * x + (1 - share) * nb[i]))
}
