/**
 * rule: risk exemption (容错免责). An indicator exempted for a person after an evaluation no longer
 * counts for that person: it and everything under it leave the applicable set, so its parent's
 * score is the weighted mean of the remaining children with their weights rescaled, exactly as
 * for an indicator that does not apply. Exempting a dimension rescales the dimensions. A code the
 * scheme does not know changes nothing. Returns a new set; the input is not changed.
 */
export function withoutExempted(
  applicable: ReadonlySet<string>,
  indicators: readonly { code: string; parentCode: string | null }[],
  exempted: ReadonlySet<string>,
): Set<string> {
  if (exempted.size === 0) return new Set(applicable)
  const parentOf = new Map(indicators.map((i) => [i.code, i.parentCode]))
  const isExempt = (code: string): boolean => {
    // walks up at most the tree's height; a loop in bad data stops at the bound
    let at: string | null | undefined = code
    for (let depth = 0; at != null && depth <= indicators.length; depth++) {
      if (exempted.has(at)) return true
      at = parentOf.get(at)
    }
    return false
  }
  return new Set([...applicable].filter((code) => !isExempt(code)))
}
