import type { ExplainedAdjustment, ExplainedIndicator, ExplainedInputCounts, ExplainedRating } from '../contract/explain'
import { t } from '../i18n'
import type { ComputePeriodInput } from './compute-period'
import { withoutExempted } from './exemption'
import { isExcluded, prepareInputs } from './period-inputs'
import type { ItemRating } from './rater-aggregation'
import { roundHalfUp } from './rounding'
import { applicableCodes, dimensionsOf, isAdjustment, rollUp, weightedMean } from './scheme-tree'
import { explainLeaf, type LeafDetail, type OwnRating } from './explain-leaf'
import { effectiveWeights, globalWeight, treeOrder } from './explain-tree'
import { explainAdjustments } from './explain-adjustments'

/** One person's score taken apart: what a result sheet shows, every number with where it came from. */
export interface PersonScoreExplanation {
  indicators: ExplainedIndicator[]
  dimensions: { code: string; name: string; weight: number; effectiveWeight: number; score: number | null }[]
  /** the weighted mean of the dimensions, before adjustments; null when nothing was scored */
  weightedTotal: number | null
  /** points that take the weighted total to the total (bonus, deductions, cap, clamp), and the ones that move no points (veto, exemption) */
  adjustments: ExplainedAdjustment[]
  /** the non-rating inputs the scored leaves used */
  inputCounts: ExplainedInputCounts
  total: number | null
  totalRounded: number | null
  vetoes: string[]
}

export interface ExplainReasons {
  /** exempted indicator code → the reason recorded with the exemption */
  exemptions?: ReadonlyMap<string, string>
}

/**
 * rule: every number of a person's result is explained. Follows computePeriod's scoring of one
 * person step by step with the same rule functions (applicability, exemption, role means with the
 * trim, rescaled role weights, ballots, targets, satisfaction, roll-up, adjustments), keeping what
 * each step used: per indicator its weight as set, its weight rescaled over the scored siblings, its
 * share of the total (product up the tree) and its contribution (score × share), so that the
 * dimensions' contributions add up to the weighted total and the adjustments' points take it to
 * the total.
 */
export function explainPerson(input: ComputePeriodInput, personId: number, reasons: ExplainReasons = {}): PersonScoreExplanation {
  const person = input.people.find((p) => p.personId === personId)
  if (!person) throw new Error(`person ${personId} is not in the period`)
  const { indicators, settings } = input
  // computePeriod scores participants only; the others show their ratings and no score
  const scored = person.status !== '不参加' && person.status !== '不定等次'
  const excludedList = input.excluded ?? []
  const ratingsOf = new Map<string, OwnRating[]>()
  for (const [code, list] of input.ratings.get(personId) ?? []) {
    ratingsOf.set(code, list.map((r) => ({ role: r.role, rater: r.rater, score: r.score, excluded: isExcluded({ ...r, personId }, excludedList) })))
  }
  const countedOf = (code: string): ItemRating[] => (ratingsOf.get(code) ?? []).filter((r) => !r.excluded).map((r) => ({ role: r.role, score: r.score }))

  const prepared = prepareInputs(input)
  const exemptCodes = new Set((input.exempted ?? []).filter((e) => e.personId === personId).map((e) => e.indicatorCode))
  const inScope = applicableCodes(indicators, person, input.periodWindow)
  const applicable = withoutExempted(inScope, indicators, exemptCodes)

  const leaves = new Map<string, LeafDetail>()
  const scores: Map<string, number | null> = scored
    ? rollUp(indicators, applicable, (leaf) => {
        const { score, detail } = explainLeaf(leaf, person, prepared, ratingsOf.get(leaf.code) ?? [])
        leaves.set(leaf.code, detail)
        return score
      })
    : new Map()

  // the dimensions as computePeriod weighs them: a dimension left out (inapplicable, exempted) has no score
  const dims = dimensionsOf(indicators)
  const dimScore = (code: string) => (applicable.has(code) ? (scores.get(code) ?? null) : null)
  const weightedTotal = scored ? weightedMean(dims.map((d) => ({ weight: d.weight, score: dimScore(d.code) }))) : null

  const effective = effectiveWeights(indicators, applicable, (code) => (applicable.has(code) ? (scores.get(code) ?? null) : null))
  const explained = treeOrder(indicators).map(({ ind, depth }): ExplainedIndicator => {
    const counts = applicable.has(ind.code) && !isAdjustment(ind)
    const score = counts ? (scores.get(ind.code) ?? null) : null
    const global = globalWeight(ind, indicators, effective)
    const leaf = leaves.get(ind.code)
    const ratings: ExplainedRating[] = (ratingsOf.get(ind.code) ?? []).map((r, i) => ({
      role: r.role,
      rater: r.rater,
      score: r.score,
      trimmed: leaf?.trimmed.has(i) ?? false,
      excluded: r.excluded,
    }))
    return {
      code: ind.code,
      name: ind.name,
      parentCode: ind.parentCode,
      depth,
      mode: ind.mode,
      weight: ind.weight,
      effectiveWeight: effective.get(ind.code) ?? 0,
      globalWeight: global,
      score,
      contribution: score === null ? null : score * global,
      applicable: inScope.has(ind.code),
      exempted: inScope.has(ind.code) && !applicable.has(ind.code),
      source: !scored || !counts ? 'none' : leaf ? leaf.source : 'rollUp',
      ratings,
      roles: leaf?.roles ?? [],
      inputs: leaf?.inputs ?? [],
    }
  })

  const { adjustments, total, vetoes } = scored
    ? explainAdjustments(indicators, applicable, countedOf, weightedTotal, settings.bonusCap)
    : { adjustments: [] as ExplainedAdjustment[], total: null, vetoes: [] as string[] }
  for (const ind of indicators) {
    if (!exemptCodes.has(ind.code)) continue
    adjustments.push({ kind: 'exemption', item: ind.name, points: null, rule: t('explain.rule.exemption'), reason: reasons.exemptions?.get(ind.code) ?? null })
  }

  return {
    indicators: explained,
    inputCounts: inputCountsOf(leaves.values()),
    dimensions: dims.map((d) => ({ code: d.code, name: d.name, weight: d.weight, effectiveWeight: effective.get(d.code) ?? 0, score: dimScore(d.code) })),
    weightedTotal,
    adjustments,
    total,
    totalRounded: total === null ? null : roundHalfUp(total),
    vetoes,
  }
}

/**
 * rule: the explanation counts the inputs a result was scored from: the satisfaction responses, the
 * valid 民主测评 votes and the measured 目标 values of the leaves that were scored (not of items that
 * did not apply, were exempted, or of a person not scored).
 */
export function inputCountsOf(leaves: Iterable<Pick<LeafDetail, 'counted'>>): ExplainedInputCounts {
  const out: ExplainedInputCounts = { satisfaction: 0, ballots: 0, measures: 0 }
  for (const leaf of leaves) if (leaf.counted) out[leaf.counted.kind] += leaf.counted.n
  return out
}
