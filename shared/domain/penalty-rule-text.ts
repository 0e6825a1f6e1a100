import type { MessageKey } from '../i18n'
import { penaltyEffect, penaltyTypes, type PenaltyType } from './penalties'

export interface PenaltyRuleText {
  key: MessageKey
  params: Record<string, string | number>
}

// a fixed decision year: only the distance from it matters to the rule
const DECIDED = 2000
const LOOK_AHEAD = 5

const isPenaltyType = (type: string): type is PenaltyType => (penaltyTypes as readonly string[]).includes(type)

/**
 * rule: the words of the penalty table for one recorded type (记大过 → 当年及次年不定等次), read off
 * penaltyEffect itself (the decision year's effect, then how many later years are ungraded), so the
 * words can never say other than what the grading does. 留党察看 follows its 期限 as the rule does.
 * 不担当不作为 (the negative list) is not in the table: not 优秀 that year, and a reminder talk.
 */
export function penaltyRuleText(type: string, termMonths: number | null = null): PenaltyRuleText {
  if (!isPenaltyType(type)) return { key: 'uses.penaltyRule.negative', params: { type } }
  const p = { type, decidedOn: `${DECIDED}-01-01`, termMonths }
  const first = penaltyEffect([p], DECIDED).effect
  let years = 0
  while (years < LOOK_AHEAD && penaltyEffect([p], DECIDED + years + 1).effect === 'ungraded') years++
  if (first === 'notExcellent') return { key: 'uses.penaltyRule.notExcellent', params: { type } }
  if (first === 'incompetent') return years ? { key: 'uses.penaltyRule.incompetentThenUngraded', params: { type, years } } : { key: 'uses.penaltyRule.incompetent', params: { type } }
  if (years === 0) return { key: 'uses.penaltyRule.ungraded', params: { type } }
  return years === 1 ? { key: 'uses.penaltyRule.ungradedNext', params: { type } } : { key: 'uses.penaltyRule.ungradedYears', params: { type, years } }
}
