import type { ExplainedAdjustment, ExplainedIndicator, ExplainedRating, ExplainedRole } from '../contract/explain'
import type { Indicator } from '../contract/scheme'
import { t } from '../i18n'
import type { ComputePeriodInput, PeriodPerson } from './compute-period'
import { adjustedTotal } from './adjustments'
import { adjustmentItems, scoreLeaf } from './score-steps'
import { withoutExempted } from './exemption'
import type { BallotCounts } from './input-scores'
import { citizenRows, isExcluded, prepareInputs, type PreparedInputs } from './period-inputs'
import { effectiveRoleWeights, trimmedPositions, type ItemRating } from './rater-aggregation'
import type { EffectiveRaterSettings } from './rater-settings'
import { roundHalfUp } from './rounding'
import { applicableCodes, dimensionsOf, isAdjustment, rollUp, weightedMean } from './scheme-tree'

/** One person's score taken apart: what a result sheet shows, every number with where it came from. */
export interface PersonScoreExplanation {
  indicators: ExplainedIndicator[]
  dimensions: { code: string; name: string; weight: number; effectiveWeight: number; score: number | null }[]
  /** the weighted mean of the dimensions, before adjustments; null when nothing was scored */
  weightedTotal: number | null
  /** points that take the weighted total to the total (bonus, deductions, cap, clamp), and the ones that move no points (veto, exemption) */
  adjustments: ExplainedAdjustment[]
  total: number | null
  totalRounded: number | null
  vetoes: string[]
}

export interface ExplainReasons {
  /** exempted indicator code → the reason recorded with the exemption */
  exemptions?: ReadonlyMap<string, string>
}

interface OwnRating {
  role: string
  rater: string | null
  score: number
  excluded: boolean
}

interface LeafDetail {
  source: ExplainedIndicator['source']
  roles: ExplainedRole[]
  inputs: string[]
  /** rating positions (within the person's ratings on the item) the trim dropped */
  trimmed: Set<number>
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
    dimensions: dims.map((d) => ({ code: d.code, name: d.name, weight: d.weight, effectiveWeight: effective.get(d.code) ?? 0, score: dimScore(d.code) })),
    weightedTotal,
    adjustments,
    total,
    totalRounded: total === null ? null : roundHalfUp(total),
    vetoes,
  }
}

/** One leaf scored as computePeriod scores it, keeping the inputs and the role means it used. */
function explainLeaf(leaf: Indicator, person: PeriodPerson, inputs: PreparedInputs, own: readonly OwnRating[]): { score: number | null; detail: LeafDetail } {
  const detail: LeafDetail = { source: 'none', roles: [], inputs: [], trimmed: new Set() }
  // the same ratings, in the same order, as computePeriod scores the leaf with
  const counted: ItemRating[] = own.filter((r) => !r.excluded).map((r) => ({ role: r.role, score: r.score }))
  const scored = scoreLeaf(leaf, person, inputs, counted)
  const { rules, score } = scored
  if (scored.source === 'ballots') {
    detail.source = 'ballots'
    detail.inputs.push(scored.counts ? ballotWords(scored.counts, rules, score) : t('explain.input.noBallots'))
    return { score, detail }
  }
  if (scored.source === 'target') {
    const lower = leaf.direction === '越低越好'
    detail.source = 'target'
    detail.inputs.push(
      score === null
        ? t('explain.input.noTarget', { target: leaf.target ?? '—', actual: scored.actual ?? '—' })
        : t(lower ? 'explain.input.targetLower' : 'explain.input.targetHigher', { actual: scored.actual ?? '—', target: leaf.target ?? '—', score: fmt(score) }),
    )
    return { score, detail }
  }
  const { item, citizens } = scored
  const given = citizens === null ? [] : [{ role: '群众', mean: citizens }]
  const shares = effectiveRoleWeights(item.roleScores, rules.roleWeights)
  detail.source = 'ratings'
  detail.roles = item.roleScores.map((r) => ({
    role: r.role,
    mean: r.mean,
    weight: (rules.roleWeights as Record<string, number>)[r.role] ?? 0,
    effectiveWeight: shares.get(r.role) ?? 0,
    count: given.some((g) => g.role === r.role) ? 0 : counted.filter((c) => c.role === r.role).length,
  }))
  // which of the listed ratings (excluded ones included) the trim dropped, role by role
  const byRole = new Map<string, number[]>()
  own.forEach((r, i) => {
    if (!r.excluded && !given.some((g) => g.role === r.role)) byRole.set(r.role, [...(byRole.get(r.role) ?? []), i])
  })
  for (const positions of byRole.values()) {
    for (const p of trimmedPositions(positions.map((i) => own[i].score), rules.trimAbove)) detail.trimmed.add(positions[p])
  }
  for (const role of detail.roles) {
    if (role.count > rules.trimAbove) detail.inputs.push(t('explain.input.trimmed', { role: role.role, n: role.count, limit: rules.trimAbove }))
  }
  if (citizens !== null) {
    detail.inputs.push(t('explain.input.satisfaction', { score: fmt(citizens), source: satisfactionWords(citizenRows(inputs, person, leaf.code)) }))
    const replaced = counted.filter((c) => c.role === '群众').length
    if (replaced > 0) detail.inputs.push(t('explain.input.citizenRatingsReplaced', { n: replaced }))
  }
  for (const role of item.unweightedRoles) detail.inputs.push(t('explain.input.unweightedRole', { role }))
  if (item.score === null) detail.inputs.push(t('explain.input.noRatings'))
  return { score, detail }
}

/**
 * Each weighted indicator's weight rescaled over its scored siblings (the weights weightedMean
 * used); 0 for what did not count: not applicable, exempted, unscored, an adjustment item.
 */
function effectiveWeights(indicators: readonly Indicator[], applicable: ReadonlySet<string>, scoreOf: (code: string) => number | null): Map<string, number> {
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
function globalWeight(ind: Indicator, indicators: readonly Indicator[], effective: ReadonlyMap<string, number>): number {
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
function treeOrder(indicators: readonly Indicator[]): { ind: Indicator; depth: number }[] {
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

/**
 * The adjustments as computePeriod applies them (the same item order, itemPoints, vetoTriggered
 * and adjustedTotal), as entries whose points add up to total − weighted total: each bonus and
 * deduction item, the part of the bonus over the cap, and the clamp.
 */
function explainAdjustments(
  indicators: readonly Indicator[],
  applicable: ReadonlySet<string>,
  countedOf: (code: string) => ItemRating[],
  weighted: number | null,
  bonusCap: number,
): { adjustments: ExplainedAdjustment[]; total: number | null; vetoes: string[] } {
  const adjustments: ExplainedAdjustment[] = []
  const vetoes: string[] = []
  const { items, bonus, deduction } = adjustmentItems(indicators, applicable, (code) => countedOf(code).map((r) => r.score))
  for (const { indicator: ind, kind, points, entries } of items) {
    if (kind === 'veto') {
      vetoes.push(ind.name)
      adjustments.push({ kind: 'veto', item: ind.name, points: null, rule: t('explain.rule.veto'), reason: null })
      continue
    }
    const sum = entries.reduce((x, y) => x + y, 0)
    const rule =
      ind.cap !== null && ind.cap >= 0 && sum !== points
        ? t('explain.rule.itemCapped', { n: entries.length, sum: fmt(sum), cap: ind.cap })
        : t('explain.rule.itemSum', { n: entries.length })
    adjustments.push({ kind, item: ind.name, points, rule, reason: null })
  }
  if (weighted === null) return { adjustments, total: null, vetoes }
  const adjusted = adjustedTotal(weighted, bonus, deduction, bonusCap)
  if (adjusted.bonusCapped) {
    adjustments.push({ kind: 'cap', item: t('explain.item.bonusCap'), points: adjusted.bonusApplied - bonus, rule: t('explain.rule.bonusCap', { bonus: fmt(bonus), cap: bonusCap }), reason: null })
  }
  if (adjusted.clamped) {
    const raw = weighted + adjusted.bonusApplied - Math.max(deduction, 0)
    adjustments.push({ kind: 'clamp', item: t('explain.item.clamp'), points: adjusted.total - raw, rule: t('explain.rule.clamp', { max: 100 + bonusCap, raw: fmt(raw) }), reason: null })
  }
  return { adjustments, total: adjusted.total, vetoes }
}

const ballotChoices = ['优秀', '称职', '基本称职', '不称职'] as const

function ballotWords(counts: BallotCounts, rules: EffectiveRaterSettings, score: number | null): string {
  const votes = ballotChoices.map((c) => t('explain.input.ballotChoice', { choice: c, votes: counts[c] ?? 0, points: rules.ballotPoints[c] })).join('、')
  const valid = ballotChoices.reduce((n, c) => n + (counts[c] ?? 0), 0)
  return t('explain.input.ballots', { votes, unknown: counts['不了解'] ?? 0, valid, score: score === null ? '—' : fmt(score) })
}

function satisfactionWords(rows: readonly { personId: number | null; counts: Partial<Record<string, number>> | null; rate: number | null }[]): string {
  const whose = rows.some((r) => r.personId !== null) ? t('explain.input.satisfactionOwn') : t('explain.input.satisfactionDepartment')
  const parts = rows.map((r) =>
    r.counts !== null
      ? t('explain.input.satisfactionCounts', { satisfied: r.counts['满意'] ?? 0, basic: r.counts['基本满意'] ?? 0, dissatisfied: r.counts['不满意'] ?? 0 })
      : t('explain.input.satisfactionRate', { rate: r.rate === null ? '—' : `${fmt((r.rate ?? 0) * 100)}%` }),
  )
  return `${whose}${parts.join('；')}`
}

/** Numbers in words are shown as everywhere else: rounded half-up to 2 decimals. */
function fmt(x: number): string {
  return roundHalfUp(x).toFixed(2)
}
