import type { Indicator } from '../contract/scheme'

export interface PersonScope {
  positionClass: string | null
  /** the department's own name */
  department: string
  /** the department path, levels joined by '/' (e.g. 城管局/执法一队), when known */
  departmentPath?: string | null
}

/** ISO dates (YYYY-MM-DD), both ends inclusive */
export interface DateWindow {
  start: string
  end: string
}

type IndicatorShape = Pick<Indicator, 'code' | 'name' | 'parentCode' | 'weight' | 'layer' | 'scope' | 'mode' | 'validFrom' | 'validTo' | 'sortOrder'>

const adjustmentModes: readonly string[] = ['加减分', '否决']

/** 加减分 and 否决 items adjust the total after weighting; they are never weighted. */
export function isAdjustment(ind: { mode: string }): boolean {
  return adjustmentModes.includes(ind.mode)
}

/**
 * rule: which indicators apply to a person. 共性 apply to everyone; 个性 only when the scope lists the
 * person's position class, department name, department path or an ancestor of that path (listing a
 * department covers its sections); 动态 only when [validFrom, validTo] overlaps the period's window
 * (an open end is unbounded). Only the 动态 layer is time-limited: that is what the layer means.
 */
export function indicatorApplies(ind: Pick<Indicator, 'layer' | 'scope' | 'validFrom' | 'validTo'>, person: PersonScope, window: DateWindow): boolean {
  if (ind.layer === '个性') return ind.scope.some((s) => scopeCovers(s.trim(), person))
  if (ind.layer === '动态') {
    const startsInTime = ind.validFrom === null || ind.validFrom <= window.end
    const endsInTime = ind.validTo === null || ind.validTo >= window.start
    return startsInTime && endsInTime
  }
  return true
}

function scopeCovers(entry: string, person: PersonScope): boolean {
  if (entry === '') return false
  if (entry === person.positionClass || entry === person.department) return true
  const path = person.departmentPath
  return !!path && (path === entry || path.startsWith(`${entry}/`))
}

/** The codes that apply to a person: an indicator applies when it does and all its ancestors do. */
export function applicableCodes(indicators: readonly IndicatorShape[], person: PersonScope, window: DateWindow): Set<string> {
  const byCode = new Map(indicators.map((i) => [i.code, i]))
  const memo = new Map<string, boolean>()
  const applies = (ind: IndicatorShape, depth: number): boolean => {
    const known = memo.get(ind.code)
    if (known !== undefined) return known
    // a parent loop in bad data must not hang the computation: such a branch applies to nobody
    if (depth > indicators.length) return false
    const parent = ind.parentCode === null ? undefined : byCode.get(ind.parentCode)
    const result = indicatorApplies(ind, person, window) && (ind.parentCode === null || (!!parent && applies(parent, depth + 1)))
    memo.set(ind.code, result)
    return result
  }
  return new Set(indicators.filter((i) => applies(i, 0)).map((i) => i.code))
}

/**
 * rule: a parent's score is the weighted mean of its applicable children that have a score, the
 * weights rescaled over those children; nothing scored gives no score.
 */
export function weightedMean(parts: readonly { weight: number; score: number | null }[]): number | null {
  let num = 0
  let den = 0
  for (const p of parts) {
    if (p.score === null || p.weight <= 0) continue
    num += p.weight * p.score
    den += p.weight
  }
  return den > 0 ? num / den : null
}

/** The dimensions (德 能 勤 绩 廉): the weighted top-level indicators, in scheme order. */
export function dimensionsOf<T extends IndicatorShape>(indicators: readonly T[]): T[] {
  return indicators.filter((i) => i.parentCode === null && !isAdjustment(i)).sort((a, b) => a.sortOrder - b.sortOrder)
}

/** The 绩 dimension, which breaks ties at a quota boundary: the one named or coded 绩. */
export function achievementDimension<T extends IndicatorShape>(indicators: readonly T[]): T | null {
  const dims = dimensionsOf(indicators)
  return dims.find((d) => d.name.trim() === '绩') ?? dims.find((d) => d.code.trim() === '绩') ?? null
}

/**
 * Scores of every applicable weighted node for one person, from the leaf scores up (leaves: nodes
 * without children in the scheme). Adjustment items are skipped here; see adjustments.ts.
 */
export function rollUp<T extends IndicatorShape>(
  indicators: readonly T[],
  applicable: ReadonlySet<string>,
  leafScore: (leaf: T) => number | null,
): Map<string, number | null> {
  const children = new Map<string, T[]>()
  for (const i of indicators) {
    if (i.parentCode === null) continue
    const list = children.get(i.parentCode)
    if (list) list.push(i)
    else children.set(i.parentCode, [i])
  }
  const scores = new Map<string, number | null>()
  const score = (node: T): number | null => {
    if (scores.has(node.code)) return scores.get(node.code) ?? null
    scores.set(node.code, null) // guards against a parent loop
    const kids = children.get(node.code)
    const value = kids
      ? weightedMean(kids.filter((k) => applicable.has(k.code) && !isAdjustment(k)).map((k) => ({ weight: k.weight, score: score(k) })))
      : leafScore(node)
    scores.set(node.code, value)
    return value
  }
  for (const dim of dimensionsOf(indicators)) if (applicable.has(dim.code)) score(dim)
  return scores
}
