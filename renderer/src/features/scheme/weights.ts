import type { Indicator } from '../../../../shared/contract'

/** Weights of one parent's children must add up to 100 %, within 0.01 %. */
export const WEIGHT_SUM_TOLERANCE = 0.0001
export const ROOT = 'ROOT'

export interface WeightSum {
  parent: string
  sum: number
  children: number
  ok: boolean
}

/** The sum of the children's weights under every parent, the top level under ROOT. */
export function weightSums(indicators: readonly Indicator[]): Map<string, WeightSum> {
  const codes = new Set(indicators.map((i) => i.code))
  const sums = new Map<string, WeightSum>()
  for (const ind of indicators) {
    const parent = ind.parentCode !== null && codes.has(ind.parentCode) ? ind.parentCode : ROOT
    const s = sums.get(parent) ?? { parent, sum: 0, children: 0, ok: false }
    s.sum += ind.weight
    s.children += 1
    sums.set(parent, s)
  }
  for (const s of sums.values()) s.ok = Math.abs(s.sum - 1) <= WEIGHT_SUM_TOLERANCE
  return sums
}
