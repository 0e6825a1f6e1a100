import { penaltyEffect, type Penalty } from './penalties'
import { roundHalfUp } from './rounding'

/**
 * Putting a year's results to use (domain brief, "Consequences" and capability 8): one function per
 * rule. Each returns the facts its list shows as the basis (years, quarters, a dimension with its
 * numbers), or null when the person or department is not on the list; the words are the caller's.
 */

export const EXCELLENT = '优秀'
export const BASIC = '基本称职'
export const INCOMPETENT = '不称职'
export const QUARTER_POOR = '较差'
export const QUARTER_FAIR = '一般'

/** One person's grades as far as the rules look: annual grades by year, the quarters of the year in question. */
export interface PersonGrades {
  /** the year whose results are used */
  year: number
  /** year → annual grade (优秀 · 称职 · 基本称职 · 不称职 · 不定等次); a year without a grade is absent */
  annual: ReadonlyMap<number, string>
  /** quarter (1–4) of `year` → quarterly grade (好 · 较好 · 一般 · 较差) */
  quarters: ReadonlyMap<number, string>
  /** a penalty or a negative-list entry of `year` that bars 优秀 (decided after the grade was set) */
  excellentBarred?: boolean
}

export interface YearsFinding {
  /** the years the finding rests on, oldest first */
  years: number[]
}

export interface QuartersFinding {
  year: number
  /** the quarters concerned, in order */
  quarters: number[]
}

/**
 * Whether the year's penalties or negative-list entries bar 优秀 (any effect of penaltyEffect in that
 * year does: not 优秀, ungraded or 不称职), so a stored 优秀 is not put to use.
 */
export function excellentBarredIn(penalties: readonly Penalty[], negativeDates: readonly string[], year: number): boolean {
  return penaltyEffect(penalties, year).effect !== 'none' || negativeDates.some((d) => Number(d.slice(0, 4)) === year)
}

const gradeIn = (g: PersonGrades, year: number) => g.annual.get(year)

/** the same annual grade in each of the `count` years up to `year`, so the years oldest first; else null */
function consecutive(g: PersonGrades, grade: string, count: number): YearsFinding | null {
  const years = Array.from({ length: count }, (_, i) => g.year - count + 1 + i)
  return years.every((y) => gradeIn(g, y) === grade) ? { years } : null
}

/**
 * rule: 优秀 → 嘉奖, and the next rank promotion half a year earlier. A penalty or negative-list entry
 * of the year that bars 优秀 keeps the person off the list even when the stored grade still says 优秀
 * (the grade was set before the entry; recomputing the year corrects it).
 */
export function commendationCandidate(g: PersonGrades): YearsFinding | null {
  if (g.excellentBarred) return null
  return gradeIn(g, g.year) === EXCELLENT ? { years: [g.year] } : null
}

/** rule: three consecutive years 优秀 (the year and the two before it) → candidate for 记三等功. */
export function meritCandidate(g: PersonGrades): YearsFinding | null {
  if (g.excellentBarred) return null
  return consecutive(g, EXCELLENT, 3)
}

/** rule: 基本称职 → 诫勉, and no rank promotion in the following year. */
export function admonition(g: PersonGrades): YearsFinding | null {
  return gradeIn(g, g.year) === BASIC ? { years: [g.year] } : null
}

/** rule: 不称职 → down one rank (降低一个职级层次). */
export function demotion(g: PersonGrades): YearsFinding | null {
  return gradeIn(g, g.year) === INCOMPETENT ? { years: [g.year] } : null
}

/** rule: two consecutive years 不称职 (the year and the one before) → dismissal review (辞退审查). */
export function dismissalReview(g: PersonGrades): YearsFinding | null {
  return consecutive(g, INCOMPETENT, 2)
}

function quartersGraded(g: PersonGrades, grade: string): QuartersFinding | null {
  const quarters = [1, 2, 3, 4].filter((q) => g.quarters.get(q) === grade)
  return quarters.length ? { year: g.year, quarters } : null
}

/** rule: a quarterly 较差 → 函询 (written inquiry), naming every such quarter of the year. */
export function inquiry(g: PersonGrades): QuartersFinding | null {
  return quartersGraded(g, QUARTER_POOR)
}

/** rule: a quarterly 一般 → 谈话提醒 (reminder talk), naming every such quarter of the year. */
export function reminderTalk(g: PersonGrades): QuartersFinding | null {
  return quartersGraded(g, QUARTER_FAIR)
}

/** Dimension scores by dimension code; null where the dimension did not apply. */
export type DimensionScores = Readonly<Record<string, number | null>>

/** The mean of each dimension over the rows that have a score in it; null where none has. */
export function dimensionMeans(rows: readonly DimensionScores[], codes: readonly string[]): Record<string, number | null> {
  const out: Record<string, number | null> = {}
  for (const code of codes) {
    const values = rows.map((r) => r[code]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    out[code] = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null
  }
  return out
}

export interface Shortfall {
  code: string
  /** the score (person) or the department's mean, full precision */
  value: number
  /** what it is measured against (the department's or the unit's mean), full precision */
  reference: number
  /** reference − value, rounded half-up to 2 decimals: what the list shows */
  gap: number
}

/**
 * The largest gap below the reference. Gaps are compared as shown (2 decimals), so two dimensions
 * that look equally short on the list are a tie, and a tie goes to the earlier dimension in the
 * scheme (`codes` is in scheme order). Nothing is returned unless some gap is above zero.
 */
function largestShortfall(values: DimensionScores, reference: DimensionScores, codes: readonly string[]): Shortfall | null {
  let best: Shortfall | null = null
  for (const code of codes) {
    const v = values[code]
    const ref = reference[code]
    if (typeof v !== 'number' || typeof ref !== 'number') continue
    const gap = roundHalfUp(ref - v)
    if (gap > 0 && (best === null || gap > best.gap)) best = { code, value: v, reference: ref, gap }
  }
  return best
}

/**
 * rule: a person's training priority is the dimension with the largest shortfall below the
 * department's mean of that dimension (ties → scheme order); a person below no mean is not listed.
 */
export function personTrainingPriority(scores: DimensionScores, departmentMeans: DimensionScores, codes: readonly string[]): Shortfall | null {
  return largestShortfall(scores, departmentMeans, codes)
}

/**
 * rule: a department's training priority is the dimension where its mean is furthest below the
 * unit's mean (ties → scheme order); a department below the unit in no dimension is not listed.
 */
export function departmentTrainingPriority(departmentMeans: DimensionScores, unitMeans: DimensionScores, codes: readonly string[]): Shortfall | null {
  return largestShortfall(departmentMeans, unitMeans, codes)
}

export interface NegativeEntry {
  /** ISO date of the decision */
  decidedOn: string
  reason: string | null
}

export interface NegativeListFinding {
  year: number
  /** the year's entries, oldest first */
  entries: NegativeEntry[]
  /** the year's stored grade is 优秀 all the same: the grade needs a second look */
  excellentConflict: boolean
}

/**
 * rule: the negative list (不担当不作为) of a year: a person with an entry decided that year is on it,
 * cannot be 优秀 that year and gets a reminder talk (谈话提醒). A stored 优秀 for that year is
 * pointed out, since it contradicts the entry.
 */
export function negativeListEffects(entries: readonly NegativeEntry[], year: number, grade: string | null): NegativeListFinding | null {
  const inYear = entries.filter((e) => Number(e.decidedOn.slice(0, 4)) === year).sort((a, b) => a.decidedOn.localeCompare(b.decidedOn))
  if (!inYear.length) return null
  return { year, entries: inYear, excellentConflict: grade === EXCELLENT }
}
