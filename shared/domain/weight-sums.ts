/**
 * Rule: the weights of one parent's children add up to 100 %, within 0.01 %. The top level is
 * keyed ROOT. Rows whose parent is unknown count as top level, as the tree shows them.
 */
export const WEIGHT_SUM_TOLERANCE = 0.0001
export const ROOT = 'ROOT'

export interface WeightedNode {
  code: string
  parentCode: string | null
  weight: number
}

export interface WeightSum {
  parent: string
  sum: number
  children: number
  ok: boolean
}

export function weightSums(nodes: readonly WeightedNode[]): Map<string, WeightSum> {
  const codes = new Set(nodes.map((n) => n.code))
  const sums = new Map<string, WeightSum>()
  for (const n of nodes) {
    if (Number.isNaN(n.weight)) continue
    const parent = n.parentCode !== null && codes.has(n.parentCode) ? n.parentCode : ROOT
    const s = sums.get(parent) ?? { parent, sum: 0, children: 0, ok: false }
    s.sum += n.weight
    s.children += 1
    sums.set(parent, s)
  }
  for (const s of sums.values()) s.ok = Math.abs(s.sum - 1) <= WEIGHT_SUM_TOLERANCE
  return sums
}
