import type { ExplainedIndicator, ExplainedRole } from '../contract/explain'
import type { Indicator } from '../contract/scheme'
import { t } from '../i18n'
import { score2 } from '../i18n/explain-words'
import { domainWord } from '../i18n/domain-words'
import type { PeriodPerson } from './compute-period'
import { scoreLeaf } from './score-steps'
import type { BallotCounts } from './input-scores'
import { validVotes } from './input-counts'
import { citizenRows, satisfactionResponseCount, type PreparedInputs } from './period-inputs'
import { effectiveRoleWeights, trimmedPositions, type ItemRating } from './rater-aggregation'
import type { EffectiveRaterSettings } from './rater-settings'

/** One of the person's ratings on an item, listed whether or not a cross-check excluded it. */
export interface OwnRating {
  role: string
  rater: string | null
  score: number
  excluded: boolean
}

export interface LeafDetail {
  source: ExplainedIndicator['source']
  roles: ExplainedRole[]
  inputs: string[]
  /** rating positions (within the person's ratings on the item) the trim dropped */
  trimmed: Set<number>
  /** the non-rating input the score used, and how much of it: votes, responses, one measured value */
  counted: { kind: 'ballots' | 'satisfaction' | 'measures'; n: number } | null
}

/** One leaf scored as computePeriod scores it, keeping the inputs and the role means it used. */
export function explainLeaf(leaf: Indicator, person: PeriodPerson, inputs: PreparedInputs, own: readonly OwnRating[]): { score: number | null; detail: LeafDetail } {
  const detail: LeafDetail = { source: 'none', roles: [], inputs: [], trimmed: new Set(), counted: null }
  // the same ratings, in the same order, as computePeriod scores the leaf with
  const counted: ItemRating[] = own.filter((r) => !r.excluded).map((r) => ({ role: r.role, score: r.score }))
  const scored = scoreLeaf(leaf, person, inputs, counted)
  const { rules, score } = scored
  if (scored.source === 'ballots') {
    detail.source = 'ballots'
    if (scored.counts) detail.counted = { kind: 'ballots', n: validVotes(scored.counts) }
    detail.inputs.push(scored.counts ? ballotWords(scored.counts, rules, score) : t('explain.input.noBallots'))
    return { score, detail }
  }
  if (scored.source === 'target') {
    const lower = leaf.direction === '越低越好'
    detail.source = 'target'
    if (scored.actual !== undefined) detail.counted = { kind: 'measures', n: 1 }
    detail.inputs.push(
      score === null
        ? t('explain.input.noTarget', { target: leaf.target ?? '—', actual: scored.actual ?? '—' })
        : t(lower ? 'explain.input.targetLower' : 'explain.input.targetHigher', { actual: scored.actual ?? '—', target: leaf.target ?? '—', score: score2(score) }),
    )
    return { score, detail }
  }
  const { item, citizens } = scored
  const given = citizens === null ? [] : [{ role: '群众', mean: citizens }]
  const shares = effectiveRoleWeights(item.roleScores, rules.roleWeights)
  detail.source = 'ratings'
  const responses = citizens === null ? 0 : satisfactionResponseCount(citizenRows(inputs, person, leaf.code))
  if (citizens !== null) detail.counted = { kind: 'satisfaction', n: responses }
  detail.roles = item.roleScores.map((r) => {
    const fromSatisfaction = given.some((g) => g.role === r.role)
    return {
      role: r.role,
      mean: r.mean,
      weight: (rules.roleWeights as Record<string, number>)[r.role] ?? 0,
      effectiveWeight: shares.get(r.role) ?? 0,
      // 群众 given by the satisfaction survey counts its responses, not the ratings it replaced
      count: fromSatisfaction ? responses : counted.filter((c) => c.role === r.role).length,
      ...(fromSatisfaction ? { fromSatisfaction } : {}),
    }
  })
  // which of the listed ratings (excluded ones included) the trim dropped, role by role
  const byRole = new Map<string, number[]>()
  own.forEach((r, i) => {
    if (!r.excluded && !given.some((g) => g.role === r.role)) byRole.set(r.role, [...(byRole.get(r.role) ?? []), i])
  })
  for (const positions of byRole.values()) {
    for (const p of trimmedPositions(positions.map((i) => own[i].score), rules.trimAbove)) detail.trimmed.add(positions[p])
  }
  for (const role of detail.roles) {
    // survey responses are counted, not trimmed: only ratings lose their highest and lowest
    if (role.count > rules.trimAbove && !role.fromSatisfaction) detail.inputs.push(t('explain.input.trimmed', { role: domainWord(role.role), n: role.count, limit: rules.trimAbove }))
  }
  if (citizens !== null) {
    detail.inputs.push(t('explain.input.satisfaction', { score: score2(citizens), source: satisfactionWords(citizenRows(inputs, person, leaf.code)) }))
    const replaced = counted.filter((c) => c.role === '群众').length
    if (replaced > 0) detail.inputs.push(t('explain.input.citizenRatingsReplaced', { n: replaced }))
  }
  for (const role of item.unweightedRoles) detail.inputs.push(t('explain.input.unweightedRole', { role: domainWord(role) }))
  if (item.score === null) detail.inputs.push(t('explain.input.noRatings'))
  return { score, detail }
}

const ballotChoices = ['优秀', '称职', '基本称职', '不称职'] as const

function ballotWords(counts: BallotCounts, rules: EffectiveRaterSettings, score: number | null): string {
  const votes = ballotChoices.map((c) => t('explain.input.ballotChoice', { choice: domainWord(c), votes: counts[c] ?? 0, points: rules.ballotPoints[c] })).join(t('ui.listSeparator'))
  const valid = ballotChoices.reduce((n, c) => n + (counts[c] ?? 0), 0)
  return t('explain.input.ballots', { votes, unknown: counts['不了解'] ?? 0, valid, score: score2(score) })
}

function satisfactionWords(rows: readonly { personId: number | null; counts: Partial<Record<string, number>> | null; rate: number | null }[]): string {
  const whose = rows.some((r) => r.personId !== null) ? t('explain.input.satisfactionOwn') : t('explain.input.satisfactionDepartment')
  const parts = rows.map((r) =>
    r.counts !== null
      ? t('explain.input.satisfactionCounts', { satisfied: r.counts['满意'] ?? 0, basic: r.counts['基本满意'] ?? 0, dissatisfied: r.counts['不满意'] ?? 0 })
      : t('explain.input.satisfactionRate', { rate: r.rate === null ? '—' : `${score2((r.rate ?? 0) * 100)}%` }),
  )
  return `${whose}${parts.join('；')}`
}
