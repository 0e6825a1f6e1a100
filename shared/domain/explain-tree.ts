import type { Indicator } from '../contract/scheme'
import { isAdjustment } from './scheme-tree'

/**
 * Each weighted indicator's weight rescaled over its scored siblings (the weights weightedMean
 * used); 0 for what did not count: not applicable, exempted, unscored, an adjustment item.
 */
export function effectiveWeights(indicators: readonly Indicator[], applicable: ReadonlySet<string>, scoreOf: (code: string) => number | null): Map<string, number> {
  const groups = new Map<string | null, Indicator[]>()
  for (const i of indicators) {
    if (isAdjustment(i)) continue
    const list = groups.get(i.parentCode) ?? []
    list.push(i)
    groups.set(i.parentCode, list)
  }
  const out = new Map<string, number>()
  for (const siblings of groups.values()) {
    const counts = (i: Indicator) => applicable.has(i.code) && i.weight > 0 && scoreOf(i.code) !== null
    const den = siblings.filter(counts).reduce((s, i) => s + i.weight, 0)
    for (const i of siblings) out.set(i.code, den > 0 && counts(i) ? i.weight / den : 0)
  }
  return out
}

/** The share of the weighted total an indicator carries: its effective weight times its ancestors'. */
export function globalWeight(ind: Indicator, indicators: readonly Indicator[], effective: ReadonlyMap<string, number>): number {
  const byCode = new Map(indicators.map((i) => [i.code, i]))
  let share = effective.get(ind.code) ?? 0
  let at = ind.parentCode === null ? undefined : byCode.get(ind.parentCode)
  // bounded by the tree's size, so a parent loop in bad data cannot hang the sheet
  for (let hops = 0; at && hops < indicators.length; hops++) {
    share *= effective.get(at.code) ?? 0
    at = at.parentCode === null ? undefined : byCode.get(at.parentCode)
  }
  return share
}

/** The scheme as a tree: dimensions in order, each followed by its children (depth-first), adjustment items where they sit. */
export function treeOrder(indicators: readonly Indicator[]): { ind: Indicator; depth: number }[] {
  const codes = new Set(indicators.map((i) => i.code))
  const children = new Map<string, Indicator[]>()
  const roots: Indicator[] = []
  for (const i of indicators) {
    if (i.parentCode === null || !codes.has(i.parentCode)) roots.push(i)
    else children.set(i.parentCode, [...(children.get(i.parentCode) ?? []), i])
  }
  const bySort = (a: Indicator, b: Indicator) => a.sortOrder - b.sortOrder
  const out: { ind: Indicator; depth: number }[] = []
  const seen = new Set<string>()
  const visit = (ind: Indicator, depth: number) => {
    if (seen.has(ind.code)) return
    seen.add(ind.code)
    out.push({ ind, depth })
    for (const c of [...(children.get(ind.code) ?? [])].sort(bySort)) visit(c, depth + 1)
  }
  for (const r of [...roots].sort(bySort)) visit(r, 0)
  // what a parent loop leaves unreachable is still listed
  for (const i of indicators) visit(i, 0)
  return out
}
