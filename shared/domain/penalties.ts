/**
 * Penalties (处分) and their effect on annual grades, as the domain brief's table. The table is data
 * so a result sheet can quote the row that applied; penaltyEffect is the one rule that reads it.
 */
/** the records' words (formats.md); 党内警告 is the Party's 警告 and weighs the same as the brief's 警告 */
export const penaltyTypes = ['警告', '党内警告', '诫勉', '调整职务', '记过', '党内严重警告', '记大过', '降级', '撤职', '撤销党内职务', '留党察看', '开除党籍'] as const
export type PenaltyType = (typeof penaltyTypes)[number]

/** lightest to heaviest: a grade of 不称职 weighs more than no grade, which weighs more than a bar on 优秀 */
export const penaltyEffects = ['none', 'notExcellent', 'ungraded', 'incompetent'] as const
export type PenaltyEffectKind = (typeof penaltyEffects)[number]

export interface PenaltyRow {
  /** the effect in the year of the decision */
  decisionYear: Exclude<PenaltyEffectKind, 'none'>
  /** the number of following years that are ungraded (不定等次) */
  ungradedAfter: number
}

export const penaltyTable: Readonly<Record<PenaltyType, PenaltyRow>> = {
  警告: { decisionYear: 'notExcellent', ungradedAfter: 0 },
  党内警告: { decisionYear: 'notExcellent', ungradedAfter: 0 },
  诫勉: { decisionYear: 'notExcellent', ungradedAfter: 0 },
  调整职务: { decisionYear: 'notExcellent', ungradedAfter: 0 },
  记过: { decisionYear: 'ungraded', ungradedAfter: 0 },
  党内严重警告: { decisionYear: 'ungraded', ungradedAfter: 0 },
  记大过: { decisionYear: 'ungraded', ungradedAfter: 1 },
  降级: { decisionYear: 'ungraded', ungradedAfter: 1 },
  撤职: { decisionYear: 'ungraded', ungradedAfter: 1 },
  撤销党内职务: { decisionYear: 'incompetent', ungradedAfter: 0 },
  // 1 or 2 years by its 期限, see ungradedYearsAfter
  留党察看: { decisionYear: 'incompetent', ungradedAfter: 1 },
  开除党籍: { decisionYear: 'incompetent', ungradedAfter: 2 },
}

export interface Penalty {
  type: PenaltyType
  /** ISO date of the decision (YYYY-MM-DD); its calendar year is the year of the decision */
  decidedOn: string
  /** 留党察看 期限 in months (12 or 24 in practice); ignored for the other types */
  termMonths?: number | null
}

export interface PenaltyEffect {
  effect: PenaltyEffectKind
  /** the penalty that gave the effect (the heaviest); null when none applies */
  penalty: Penalty | null
  /** true when the effect comes from a decision of an earlier year */
  carriedOver: boolean
}

/**
 * 留党察看 is ungraded for 1 or 2 years after the decision year, following its 期限: a term over 12
 * months counts 2 years, any other term 1. Without a recorded term we take 1 year, the shorter,
 * because extending a penalty needs the decision's own words; the office records 24 months when
 * the decision says two years.
 */
function ungradedYearsAfter(p: Penalty): number {
  if (p.type !== '留党察看') return penaltyTable[p.type].ungradedAfter
  return p.termMonths != null && p.termMonths > 12 ? 2 : 1
}

function effectIn(p: Penalty, year: number): PenaltyEffectKind {
  const decided = Number(p.decidedOn.slice(0, 4))
  if (!Number.isInteger(decided)) return 'none'
  if (year === decided) return penaltyTable[p.type].decisionYear
  if (year > decided && year - decided <= ungradedYearsAfter(p)) return 'ungraded'
  return 'none'
}

/**
 * rule: the effect of a person's penalties on the annual grade of one year: 警告 / 诫勉 / 调整职务 →
 * not 优秀; 记过 / 党内严重警告 → ungraded that year; 记大过 / 降级 / 撤职 → ungraded that year and the
 * next; 撤销党内职务 → 不称职; 留党察看 → 不称职, then ungraded 1–2 years; 开除党籍 → 不称职, then
 * ungraded 2 years. Where several apply, the heavier (不称职 > ungraded > not 优秀); between equal
 * effects the first listed is reported.
 */
export function penaltyEffect(penalties: readonly Penalty[], year: number): PenaltyEffect {
  let best: PenaltyEffect = { effect: 'none', penalty: null, carriedOver: false }
  for (const p of penalties) {
    const effect = effectIn(p, year)
    if (penaltyEffects.indexOf(effect) > penaltyEffects.indexOf(best.effect)) {
      best = { effect, penalty: p, carriedOver: Number(p.decidedOn.slice(0, 4)) !== year }
    }
  }
  return best
}
