import { defaultOkr, type OkrSettings } from './settings'

/**
 * The OKR rules of the domain brief: how far a key result has come, an objective's progress, how
 * much of a key result's time window has passed, and when it lags the calendar. Dates are ISO
 * strings (YYYY-MM-DD); the date to judge at is always given, never read from a clock here, so the
 * same data gives the same answer on any day it is re-checked.
 */

export interface KeyResultValues {
  baseline: number
  target: number
  /** null while no progress has been reported: the key result still stands at its baseline */
  current: number | null
}

export interface TimeWindow {
  start: string
  due: string
}

export type LagLevel = 'none' | 'lagging' | 'serious'

export interface KeyResultStanding {
  /** 0 … 1 */
  completion: number
  /** 0 … 1 */
  elapsed: number
  /** points (0 … 100) the completion is behind the elapsed share; negative when ahead */
  gap: number
  lag: LagLevel
}

/**
 * Float noise must not decide a threshold: (0.5 − 0.35) × 100 is 15.000000000000002 in binary and
 * would lag at exactly 15 points. A millionth of a point is far below anything an office types.
 */
const POINT_EPSILON = 1e-6

/**
 * rule: a key result's completion = clamp((current − baseline) / (target − baseline), 0, 1). The
 * same formula serves decreasing targets (baseline 20 complaints, target 5). With target = baseline
 * there is no distance to cover and so no direction: it is completed only when current is the target.
 */
export function keyResultCompletion(kr: KeyResultValues): number {
  const current = kr.current ?? kr.baseline
  const span = kr.target - kr.baseline
  if (span === 0) return Math.abs(current - kr.target) <= Number.EPSILON * Math.max(1, Math.abs(kr.target)) ? 1 : 0
  return clamp01((current - kr.baseline) / span)
}

/**
 * rule: an objective's progress is the weighted mean of its key results' completions (weights are
 * relative: 30 and 70, or 0.3 and 0.7, say the same); null when it has no key result with weight.
 */
export function objectiveProgress(keyResults: readonly { completion: number; weight: number }[]): number | null {
  let sum = 0
  let weights = 0
  for (const kr of keyResults) {
    if (!(kr.weight > 0)) continue
    sum += kr.completion * kr.weight
    weights += kr.weight
  }
  return weights > 0 ? sum / weights : null
}

/**
 * rule: the share of a key result's time window elapsed at a date: 0 on or before the start, 1 on or
 * after the due date, in between the days passed over the days of the window.
 */
export function elapsedShare(window: TimeWindow, asOf: string): number {
  const start = dayNumber(window.start)
  const due = dayNumber(window.due)
  const at = dayNumber(asOf)
  if (at <= start) return 0
  if (at >= due) return 1
  return (at - start) / (due - start)
}

/**
 * rule: a key result lags when its completion is more than `lagPoints` (15) points behind the share
 * of its window elapsed, seriously when more than `seriousLagPoints` (30).
 */
export function lagLevel(completion: number, elapsed: number, settings: OkrSettings = defaultOkr): LagLevel {
  const gap = lagGap(completion, elapsed)
  if (gap > settings.seriousLagPoints + POINT_EPSILON) return 'serious'
  if (gap > settings.lagPoints + POINT_EPSILON) return 'lagging'
  return 'none'
}

/** Points behind the calendar: (elapsed − completion) × 100. */
export function lagGap(completion: number, elapsed: number): number {
  return (elapsed - completion) * 100
}

/** A key result as of a date: its completion, the share of its window elapsed, the gap and the lag. */
export function keyResultStanding(kr: KeyResultValues, window: TimeWindow, asOf: string, settings: OkrSettings = defaultOkr): KeyResultStanding {
  const completion = keyResultCompletion(kr)
  const elapsed = elapsedShare(window, asOf)
  return { completion, elapsed, gap: lagGap(completion, elapsed), lag: lagLevel(completion, elapsed, settings) }
}

const severity: Record<LagLevel, number> = { serious: 2, lagging: 1, none: 0 }

/**
 * rule: lagging key results are listed serious first, then by the gap (widest first), then by the
 * earlier due date, so the one most in need of a word with its owner is at the top.
 */
export function compareLagging(a: KeyResultStanding & { due: string }, b: KeyResultStanding & { due: string }): number {
  return severity[b.lag] - severity[a.lag] || b.gap - a.gap || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0)
}

/** Days since 1970-01-01 of an ISO date; a string that is not one is a programming error, refused. */
function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) throw new RangeError(`not an ISO date: ${iso}`)
  return ms / 86_400_000
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x
}
