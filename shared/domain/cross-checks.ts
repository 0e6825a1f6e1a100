import type { CrossCheckSettings } from './settings'

/**
 * Cross-checks on ratings: each rule finds a pattern worth a person's look. A finding never moves a
 * number; only a person's decision to exclude the ratings does (see ExcludedRatings).
 */
export interface CheckedRating {
  personId: number
  indicatorCode: string
  role: string
  rater: string | null
  score: number
}

export const flagKinds = ['same-score', 'full-marks', 'far-from-consensus', 'leniency', 'self-score-gap'] as const
export type FlagKind = (typeof flagKinds)[number]

export interface FlagFinding {
  kind: FlagKind
  role: string
  rater: string | null
  /** the ratee, for the per-person rule; null for a rater's whole ballot */
  personId: number | null
  /** the numbers behind the finding, rounded for reading */
  numbers: Record<string, number | string | null>
}

export const selfRole = '自评'
/** "the same score for everyone" needs a group: the brief's 3 or more ratees */
export const sameScoreMinRatees = 3
/** one ratee given 100 is no pattern; two or more are */
export const fullMarksMinRatees = 2
/** a deviation over fewer compared items is noise */
export const consensusMinItems = 3

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
const round2 = (x: number) => Math.round(x * 100) / 100
const ratees = (own: readonly CheckedRating[]) => new Set(own.map((r) => r.personId)).size

function meanByRatee(own: readonly CheckedRating[]): Map<number, number> {
  const by = new Map<number, number[]>()
  for (const r of own) push(by, r.personId, r.score)
  return new Map([...by].map(([p, xs]) => [p, mean(xs)]))
}

/**
 * rule: same score for everyone — one rater gave 3 or more ratees the identical score on an item, or
 * identical overall means. Returns the ratee count, the common overall mean (when identical) and the
 * items scored identically.
 */
export function sameScoreForEveryone(own: readonly CheckedRating[]): { ratees: number; overall: number | null; items: { code: string; score: number }[] } | null {
  const n = ratees(own)
  if (n < sameScoreMinRatees) return null
  const byItem = new Map<string, CheckedRating[]>()
  for (const r of own) push(byItem, r.indicatorCode, r)
  const items: { code: string; score: number }[] = []
  for (const [code, list] of byItem) {
    if (ratees(list) >= sameScoreMinRatees && list.every((r) => r.score === list[0].score)) items.push({ code, score: list[0].score })
  }
  const means = [...meanByRatee(own).values()]
  const overall = means.every((m) => Math.abs(m - means[0]) < 1e-9) ? means[0] : null
  return overall !== null || items.length > 0 ? { ratees: n, overall, items } : null
}

/** rule: full marks for everyone — every score the rater gave (to 2 or more ratees) is 100. */
export function fullMarksForEveryone(own: readonly CheckedRating[]): { ratees: number; scores: number } | null {
  const n = ratees(own)
  if (n < fullMarksMinRatees || !own.every((r) => r.score >= 100)) return null
  return { ratees: n, scores: own.length }
}

/**
 * rule: far from consensus — the mean absolute deviation of the rater's scores from the mean of the
 * other raters (self-ratings aside) on the same person and item exceeds the limit; items nobody else
 * rated are not compared, and fewer than 3 compared items say nothing.
 */
export function farFromConsensus(own: readonly CheckedRating[], all: readonly CheckedRating[], limit: number): { deviation: number; items: number; limit: number } | null {
  const cells = cellTotals(all)
  // the rater's own scores per cell, taken back out of the cell's total to leave the others'
  const mine = new Map<string, { sum: number; n: number }>()
  for (const r of own) {
    const key = `${r.personId}|${r.indicatorCode}`
    const m = mine.get(key) ?? { sum: 0, n: 0 }
    m.sum += r.score
    m.n++
    mine.set(key, m)
  }
  const deviations: number[] = []
  for (const r of own) {
    const key = `${r.personId}|${r.indicatorCode}`
    const cell = cells.get(key)
    const m = mine.get(key) as { sum: number; n: number }
    // self-ratings are not in the cell totals, so a self-rater's own scores are never taken out
    const n = (cell?.n ?? 0) - (r.role === selfRole ? 0 : m.n)
    if (n > 0) deviations.push(Math.abs(r.score - ((cell?.sum ?? 0) - (r.role === selfRole ? 0 : m.sum)) / n))
  }
  if (deviations.length < consensusMinItems) return null
  const deviation = mean(deviations)
  return deviation > limit ? { deviation: round2(deviation), items: deviations.length, limit } : null
}

// One pass over a period's ratings serves every rater's comparison (else each rater rescans them all).
const cellCache = new WeakMap<readonly CheckedRating[], Map<string, { sum: number; n: number }>>()

/** Sum and count of the non-self ratings per person|item. */
function cellTotals(all: readonly CheckedRating[]): Map<string, { sum: number; n: number }> {
  const cached = cellCache.get(all)
  if (cached) return cached
  const cells = new Map<string, { sum: number; n: number }>()
  for (const r of all) {
    if (r.role === selfRole) continue
    const key = `${r.personId}|${r.indicatorCode}`
    const c = cells.get(key) ?? { sum: 0, n: 0 }
    c.sum += r.score
    c.n++
    cells.set(key, c)
  }
  cellCache.set(all, cells)
  return cells
}

/** rule: leniency limit — when set, at most `limit` ratees may get a mean ≥ `score` from one rater. */
export function leniencyBroken(own: readonly CheckedRating[], limit: number | null, score: number): { count: number; limit: number; score: number } | null {
  if (limit === null) return null
  const count = [...meanByRatee(own).values()].filter((m) => m >= score).length
  return count > limit ? { count, limit, score } : null
}

/**
 * rule: self-score far above the others — over the items both the person and others rated, the mean
 * of the self-scores is more than `gap` points above the mean of the others' item means.
 */
export function selfScoreAboveOthers(ofPerson: readonly CheckedRating[], gap: number): { self: number; others: number; gap: number; limit: number } | null {
  const self = new Map<string, number[]>()
  const others = new Map<string, number[]>()
  for (const r of ofPerson) {
    const map = r.role === selfRole ? self : others
    push(map, r.indicatorCode, r.score)
  }
  const shared = [...self.keys()].filter((c) => others.has(c))
  if (shared.length === 0) return null
  const selfMean = mean(shared.map((c) => mean(self.get(c) as number[])))
  const othersMean = mean(shared.map((c) => mean(others.get(c) as number[])))
  const diff = selfMean - othersMean
  return diff > gap ? { self: round2(selfMean), others: round2(othersMean), gap: round2(diff), limit: gap } : null
}

/**
 * Every rule over a period's ratings: the per-rater rules for each named rater outside 自评 (a full-
 * marks ballot is not also reported as same-score), the self-score rule for each person. In a stable
 * order: by role, rater, kind; then by person.
 */
export function crossCheck(ratings: readonly CheckedRating[], settings: CrossCheckSettings): FlagFinding[] {
  const byRater = new Map<string, CheckedRating[]>()
  const byPerson = new Map<number, CheckedRating[]>()
  for (const r of ratings) {
    push(byPerson, r.personId, r)
    if (r.rater === null || r.role === selfRole) continue
    const key = `${r.role}\u0000${r.rater}`
    push(byRater, key, r)
  }
  const out: FlagFinding[] = []
  const keys = [...byRater.keys()].sort()
  for (const key of keys) {
    const own = byRater.get(key) as CheckedRating[]
    const at = { role: own[0].role, rater: own[0].rater, personId: null }
    const full = fullMarksForEveryone(own)
    if (full) out.push({ kind: 'full-marks', ...at, numbers: full })
    const same = full ? null : sameScoreForEveryone(own)
    if (same) out.push({ kind: 'same-score', ...at, numbers: { ratees: same.ratees, overall: same.overall, items: same.items.map((i) => `${i.code} ${i.score}`).join('、') } })
    const far = farFromConsensus(own, ratings, settings.deviationLimit)
    if (far) out.push({ kind: 'far-from-consensus', ...at, numbers: far })
    const lenient = leniencyBroken(own, settings.leniencyLimit, settings.leniencyScore)
    if (lenient) out.push({ kind: 'leniency', ...at, numbers: lenient })
  }
  for (const personId of [...byPerson.keys()].sort((a, b) => a - b)) {
    const list = byPerson.get(personId) as CheckedRating[]
    const gap = selfScoreAboveOthers(list, settings.selfScoreGap)
    if (!gap) continue
    const selfRaters = new Set(list.filter((r) => r.role === selfRole).map((r) => r.rater))
    const rater = selfRaters.size === 1 ? [...selfRaters][0] : null
    out.push({ kind: 'self-score-gap', role: selfRole, rater, personId, numbers: gap })
  }
  return out
}
