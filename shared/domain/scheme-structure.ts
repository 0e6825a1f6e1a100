import { isAdjustment } from './scheme-tree'

/**
 * Rule: an indicator tree is well formed — codes are unique, every parent code exists and is not
 * the indicator itself, parents never loop, and 加减分/否决 items have no sub-indicators. The import,
 * the editor's save and the scheme check all read the tree through this one function.
 */
export type StructureRule = 'duplicate-code' | 'self-parent' | 'unknown-parent' | 'cycle' | 'adjustment-parent'

export interface StructureNode {
  code: string
  parentCode: string | null
  /** as written: an unknown mode is reported by whoever reads it, not here */
  mode: string
}

export interface StructureFinding {
  rule: StructureRule
  /** position of the offending node in the input */
  index: number
  code: string
  /** duplicate-code: the position of the first node with that code */
  firstIndex?: number
  /** cycle: the codes around the loop, first repeated at the end */
  chain?: string[]
}

export function structureFindings(nodes: readonly StructureNode[]): StructureFinding[] {
  const out: StructureFinding[] = []
  const first = new Map<string, number>()
  nodes.forEach((n, index) => {
    const seen = first.get(n.code)
    if (seen !== undefined) out.push({ rule: 'duplicate-code', index, code: n.code, firstIndex: seen })
    else first.set(n.code, index)
  })
  const parents = new Set(nodes.map((n) => n.parentCode))
  nodes.forEach((n, index) => {
    if (n.parentCode === n.code) out.push({ rule: 'self-parent', index, code: n.code })
    else if (n.parentCode !== null && !first.has(n.parentCode)) out.push({ rule: 'unknown-parent', index, code: n.code })
    if (isAdjustment(n) && parents.has(n.code)) out.push({ rule: 'adjustment-parent', index, code: n.code })
  })
  const inCycle = new Set<string>()
  nodes.forEach((n, index) => {
    if (n.parentCode === n.code) return
    const chain = [n.code]
    let cur = n.parentCode
    while (cur !== null && cur !== n.code && first.has(cur) && !chain.includes(cur)) {
      chain.push(cur)
      cur = nodes[first.get(cur) as number].parentCode
    }
    if (cur === n.code && !chain.some((c) => inCycle.has(c))) {
      chain.forEach((c) => inCycle.add(c))
      out.push({ rule: 'cycle', index, code: n.code, chain: [...chain, n.code] })
    }
  })
  return out
}
