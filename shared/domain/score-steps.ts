import type { Indicator } from '../contract/scheme'
import type { BallotCounts } from './input-scores'
import type { EffectiveRaterSettings } from './rater-settings'
import { ballotScore, targetScore } from './input-scores'
import { citizenScore, type PreparedInputs } from './period-inputs'
import { aggregateItem, type ItemRating } from './rater-aggregation'
import { itemPoints, vetoTriggered } from './adjustments'
import { isAdjustment } from './scheme-tree'

/**
 * The steps of scoring one person that both the computation (computePeriod) and the result sheet
 * (explainPerson) take, so the sheet can never explain a number the computation did not make.
 */
export interface LeafOwner {
  personId: number
  department: string
  departmentPath?: string | null
}

export type LeafScore =
  | { source: 'ballots'; score: number | null; rules: EffectiveRaterSettings; counts: BallotCounts | undefined }
  | { source: 'target'; score: number | null; rules: EffectiveRaterSettings; actual: number | undefined }
  | { source: 'ratings'; score: number | null; rules: EffectiveRaterSettings; item: ReturnType<typeof aggregateItem>; citizens: number | null }

/** One leaf's score by its mode: 票决 from the votes, 目标 from the measured value, else the rater roles (citizens as 群众). */
export function scoreLeaf(leaf: Indicator, person: LeafOwner, inputs: PreparedInputs, own: readonly ItemRating[]): LeafScore {
  const key = `${person.personId}|${leaf.code}`
  const rules = inputs.settingsOf(leaf.code)
  if (leaf.mode === '票决') {
    const counts = inputs.ballots.get(key)
    return { source: 'ballots', score: counts ? ballotScore(counts, rules.ballotPoints) : null, rules, counts }
  }
  if (leaf.mode === '目标') {
    const actual = inputs.measures.get(key)
    const score = actual === undefined || leaf.target === null ? null : targetScore(actual, leaf.target, leaf.direction === '越低越好' ? 'lower' : 'higher')
    return { source: 'target', score, rules, actual }
  }
  const citizens = citizenScore(inputs, person, leaf.code, rules)
  const item = aggregateItem(own, rules, citizens === null ? [] : [{ role: '群众', mean: citizens }])
  return { source: 'ratings', score: item.score, rules, item, citizens }
}

export interface AdjustmentItem {
  indicator: Indicator
  kind: 'bonus' | 'deduction' | 'veto'
  /** signed points of a bonus or deduction item; 0 for a veto */
  points: number
  /** the counted entries the points came from */
  entries: number[]
}

/**
 * The 加减分 and 否决 items that apply to the person, in scheme order: each non-zero item with its
 * points, each triggered veto; and the sums adjustedTotal takes.
 */
export function adjustmentItems(
  indicators: readonly Indicator[],
  applicable: ReadonlySet<string>,
  entriesOf: (code: string) => number[],
): { items: AdjustmentItem[]; bonus: number; deduction: number } {
  const items: AdjustmentItem[] = []
  let bonus = 0
  let deduction = 0
  for (const ind of indicators) {
    if (!applicable.has(ind.code) || !isAdjustment(ind)) continue
    const entries = entriesOf(ind.code)
    if (ind.mode === '否决') {
      if (vetoTriggered(entries)) items.push({ indicator: ind, kind: 'veto', points: 0, entries })
      continue
    }
    const points = itemPoints(entries, ind.cap)
    if (points > 0) bonus += points
    else if (points < 0) deduction -= points
    else continue
    items.push({ indicator: ind, kind: points > 0 ? 'bonus' : 'deduction', points, entries })
  }
  return { items, bonus, deduction }
}
