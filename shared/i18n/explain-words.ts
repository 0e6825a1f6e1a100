import type { ExplainedAdjustment, ExplainedIndicator, PersonExplanation } from '../contract/explain'
import { roundHalfUp } from '../domain/rounding'
import { t } from './index'
import { domainWord } from './domain-words'

// The words of a result sheet shared by the workbook and the CLI, so both say the same thing.

export const score2 = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : roundHalfUp(x).toFixed(2))
export const percent = (x: number): string => `${roundHalfUp(x * 100).toFixed(2).replace(/\.?0+$/, '')}%`

/** How an indicator was scored, in a word or two. */
export function sourceWord(ind: ExplainedIndicator): string {
  if (!ind.applicable) return t('explain.state.inapplicable')
  if (ind.exempted) return t('explain.state.exempted')
  if (ind.mode === '加减分' || ind.mode === '否决') return ind.mode
  if (ind.source === 'none') return ind.score === null ? t('explain.state.unscored') : ind.mode
  return t(`explain.source.${ind.source}`)
}

/**
 * Per role: its mean, weight as set and as rescaled, and each rating (trimmed or excluded marked);
 * then the inputs in words (ballots, target, satisfaction). Ratings of an item that did not count
 * are listed as they are, so nothing entered is hidden.
 */
export function detailLines(ind: ExplainedIndicator): string[] {
  const lines: string[] = []
  const shown = new Set<string>()
  for (const role of ind.roles) {
    shown.add(role.role)
    const raters = ratingsOf(ind, role.role)
    lines.push(
      t('explain.detail.role', {
        role: domainWord(role.role),
        mean: score2(role.mean),
        weight: percent(role.weight),
        effective: percent(role.effectiveWeight),
        ratings: raters || t('explain.detail.fromSurvey'),
      }),
    )
  }
  // roles without a mean: every rating excluded, an adjustment item's entries, an item that does not count
  const rest = [...new Set(ind.ratings.map((r) => r.role))].filter((r) => !shown.has(r))
  for (const role of rest) lines.push(t('explain.detail.entries', { role: domainWord(role), ratings: ratingsOf(ind, role) }))
  lines.push(...ind.inputs)
  return lines
}

function ratingsOf(ind: ExplainedIndicator, role: string): string {
  return ind.ratings
    .filter((r) => r.role === role)
    .map((r) => {
      const mark = r.excluded ? t('explain.detail.excluded') : r.trimmed ? t('explain.detail.trimmed') : ''
      return `${r.rater ?? t('explain.detail.anonymous')} ${score2(r.score)}${mark}`
    })
    .join(t('ui.listSeparator'))
}

export function adjustmentKind(a: ExplainedAdjustment): string {
  return t(`explain.kind.${a.kind}`)
}

export function signedPoints(points: number | null): string {
  if (points === null) return '—'
  const s = score2(points)
  return points > 0 ? `+${s}` : s
}

/** The grade, with the proposal when the committee decided otherwise. */
export function gradeWords(e: PersonExplanation): string {
  return e.grade === e.proposedGrade ? e.grade : t('explain.gradeOverridden', { grade: e.grade, proposed: e.proposedGrade })
}

export function rankWords(e: PersonExplanation): string {
  return e.rank === null ? '—' : t('explain.rankOf', { rank: e.rank, graded: e.graded })
}

/** The annual score's parts, one line each. */
export function annualLines(e: PersonExplanation): string[] {
  const a = e.annual
  if (!a) return []
  const lines = [t('explain.annual.assessment', { score: score2(a.assessment) })]
  for (const q of a.quarters) lines.push(t('explain.annual.quarter', { period: q.period, total: score2(q.total), grade: q.grade }))
  if (a.quarters.length === 0) lines.push(t('explain.annual.noQuarters'))
  lines.push(t('explain.annual.mean', { mean: score2(a.quarterMean) }))
  lines.push(t('explain.annual.score', { score: score2(a.score) }))
  if (a.undetermined) lines.push(t('explain.annual.undetermined', { reason: a.undetermined }))
  return lines
}
