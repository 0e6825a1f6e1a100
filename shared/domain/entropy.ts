import { normaliseWeights } from './weight-mix'

export type EntropyRefusal =
  | { reason: 'too-few-people'; n: number }
  | { reason: 'no-indicators' }
  | { reason: 'ragged'; row: number }
  | { reason: 'not-a-number'; row: number; col: number }

export type EntropyOutcome =
  | { ok: true; n: number; entropy: number[]; weights: number[] }
  | ({ ok: false } & EntropyRefusal)

/**
 * Rule (domain.md, "Entropy weights"): for each indicator column, min-max normalise the scores
 * (reversed when lower is better), p = x / Σx, e = −(1/ln n) Σ p ln p with 0 ln 0 = 0, and
 * w = (1 − e) / Σ(1 − e).
 *
 * `scores[person][indicator]`, every cell a finite number (the caller decides who counts: people
 * with a score on every indicator). Edge cases, decided here once:
 * - fewer than 2 people: refused, ln n would be 0 and there is no spread to measure;
 * - a column where everyone scored the same normalises to all 0, so Σx = 0: p is taken as uniform,
 *   e = 1 and the indicator gets weight 0 (it does not tell people apart);
 * - every column at e = 1: nothing tells people apart, so the weights are equal (normaliseWeights).
 */
export function entropyWeights(scores: readonly (readonly number[])[], lowerIsBetter: readonly boolean[] = []): EntropyOutcome {
  const n = scores.length
  if (n < 2) return { ok: false, reason: 'too-few-people', n }
  const m = scores[0].length
  if (m === 0) return { ok: false, reason: 'no-indicators' }
  for (let i = 0; i < n; i++) {
    if (scores[i].length !== m) return { ok: false, reason: 'ragged', row: i }
    for (let j = 0; j < m; j++) if (!Number.isFinite(scores[i][j])) return { ok: false, reason: 'not-a-number', row: i, col: j }
  }
  const lnN = Math.log(n)
  const entropy: number[] = []
  for (let j = 0; j < m; j++) {
    const column = scores.map((r) => r[j])
    const min = Math.min(...column)
    const max = Math.max(...column)
    const range = max - min
    const x = column.map((v) => (range === 0 ? 0 : lowerIsBetter[j] ? (max - v) / range : (v - min) / range))
    const sum = x.reduce((s, v) => s + v, 0)
    const p = x.map((v) => (sum === 0 ? 1 / n : v / sum))
    entropy.push(-p.reduce((s, v) => s + (v > 0 ? v * Math.log(v) : 0), 0) / lnN)
  }
  // 1 − e can come out a hair below 0 for a uniform column; it means 0
  return { ok: true, n, entropy, weights: normaliseWeights(entropy.map((e) => Math.max(0, 1 - e))) }
}
