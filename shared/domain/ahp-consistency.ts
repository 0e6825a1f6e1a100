import { ahp, SAATY_SCALE, type AhpOptions, type Matrix } from './ahp'

export interface JudgmentSuggestion {
  /** 0-based, upper triangle (row < col): "criterion row compared with criterion col" */
  row: number
  col: number
  value: number
  /** w_row / w_col: the judgment a perfectly consistent expert would have made */
  implied: number
  /** |ln value − ln implied|: how far the judgment sits from the weights it produced */
  deviation: number
  /** the scale value nearest to `implied` */
  suggested: number
  /** the matrix's CR with only this judgment (and its mirror) changed to `suggested` */
  crAfter: number
}

/**
 * Rule: the judgments that most break consistency are those furthest, on a log scale, from the
 * ratio of the weights they produced (a consistent matrix has a[i][j] = w_i/w_j everywhere). Each
 * comes with the nearest scale value to that ratio and the CR the matrix would have after that one
 * change. A judgment already at its nearest scale value has nothing to suggest and is left out.
 * Sorted by deviation, largest first; matrices of n ≤ 2 are consistent and get none.
 */
export function inconsistentJudgments(a: Matrix, opts: AhpOptions & { limit?: number } = {}): JudgmentSuggestion[] {
  const n = a.length
  if (n <= 2) return []
  const { weights } = ahp(a, opts)
  const found: JudgmentSuggestion[] = []
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = a[i][j]
      const implied = weights[i] / weights[j]
      const suggested = nearestScaleValue(implied)
      if (Math.abs(Math.log(suggested) - Math.log(value)) < 1e-9) continue
      const changed = a.map((r) => [...r])
      changed[i][j] = suggested
      changed[j][i] = 1 / suggested
      found.push({
        row: i,
        col: j,
        value,
        implied,
        deviation: Math.abs(Math.log(value) - Math.log(implied)),
        suggested,
        crAfter: ahp(changed, opts).cr,
      })
    }
  }
  return found.sort((p, q) => q.deviation - p.deviation).slice(0, opts.limit ?? 3)
}

/** Nearest on a log scale, where 1/3 is as far from 1 as 3 is. */
export function nearestScaleValue(x: number): number {
  let best = 1
  for (const s of SAATY_SCALE) if (Math.abs(Math.log(s / x)) < Math.abs(Math.log(best / x))) best = s
  return best
}
