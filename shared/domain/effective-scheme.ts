import type { EffectiveIndicator, Indicator } from '../contract/scheme'
import { applicableCodes, isAdjustment, type DateWindow, type PersonScope } from './scheme-tree'

export type EffectiveShape = Pick<
  Indicator,
  'code' | 'name' | 'parentCode' | 'weight' | 'layer' | 'scope' | 'nature' | 'mode' | 'validFrom' | 'validTo' | 'sortOrder'
>

/**
 * rule: the effective scheme of one person (or of a position class and/or department) is the
 * indicators that apply to them (applicableCodes: scope and window), each weight rescaled over its
 * applicable weighted siblings, and each global weight the product of the rescaled weights along the
 * path from the top. 加减分 / 否决 items are listed with weight 0: they adjust the total, unweighted.
 * So is a parent none of whose sub-indicators apply: it can get no score, so, as in the roll-up,
 * its siblings share its weight.
 * A null target is the scheme as written: everything applies, weights rescaled only where a
 * parent's children do not sum to 100 %.
 * Listed in tree order (a parent before its children, siblings by sort order).
 */
export function effectiveScheme(indicators: readonly EffectiveShape[], target: PersonScope | null, window: DateWindow): EffectiveIndicator[] {
  const applicable = target === null ? wholeTree(indicators) : applicableCodes(indicators, target, window)
  const hasChildren = new Set(indicators.map((i) => i.parentCode))
  const kids = new Map<string | null, EffectiveShape[]>()
  for (const ind of indicators) {
    if (!applicable.has(ind.code)) continue
    // applicable implies every ancestor applies, so the parent is in the tree
    const list = kids.get(ind.parentCode)
    if (list) list.push(ind)
    else kids.set(ind.parentCode, [ind])
  }
  for (const list of kids.values()) list.sort((a, b) => a.sortOrder - b.sortOrder)

  // bottom-up: does a node carry weight for this target (a leaf, or some sub-indicator does)?
  const carries = new Map<string, boolean>()
  const carriesWeight = (ind: EffectiveShape, depth: number): boolean => {
    const known = carries.get(ind.code)
    if (known !== undefined) return known
    carries.set(ind.code, false) // duplicate codes in bad data must not recurse forever
    const result =
      !isAdjustment(ind) && (!hasChildren.has(ind.code) || (depth < indicators.length && (kids.get(ind.code) ?? []).some((k) => carriesWeight(k, depth + 1))))
    carries.set(ind.code, result)
    return result
  }

  const out: EffectiveIndicator[] = []
  const expanded = new Set<string | null>()
  const visit = (parent: string | null, level: number, parentGlobal: number) => {
    if (expanded.has(parent)) return
    expanded.add(parent)
    const siblings = kids.get(parent) ?? []
    const total = siblings.reduce((s, k) => (carriesWeight(k, 0) ? s + Math.max(k.weight, 0) : s), 0)
    for (const k of siblings) {
      const weight = carriesWeight(k, 0) && total > 0 ? Math.max(k.weight, 0) / total : 0
      const globalWeight = parentGlobal * weight
      out.push({
        code: k.code,
        name: k.name,
        parentCode: k.parentCode,
        level,
        layer: k.layer,
        nature: k.nature,
        mode: k.mode,
        setWeight: k.weight,
        weight,
        globalWeight,
      })
      visit(k.code, level + 1, globalWeight)
    }
  }
  visit(null, 1, 1)
  return out
}

/** Every code reachable from the top: a branch cut off by a loop or a missing parent reaches nobody. */
function wholeTree(indicators: readonly EffectiveShape[]): Set<string> {
  const byCode = new Map(indicators.map((i) => [i.code, i]))
  const reached = new Set<string>()
  for (const ind of indicators) {
    const path: string[] = []
    let cur: EffectiveShape | undefined = ind
    while (cur && !path.includes(cur.code)) {
      path.push(cur.code)
      if (cur.parentCode === null) {
        path.forEach((c) => reached.add(c))
        break
      }
      cur = byCode.get(cur.parentCode)
    }
  }
  return reached
}
