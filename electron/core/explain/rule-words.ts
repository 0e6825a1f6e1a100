import type { StoredSettings } from '../../../shared/contract/results'
import type { RaterSettingsPatch } from '../../../shared/domain/rater-settings'
import { annualOf, ballotPointsOf, satisfactionPointsOf } from '../../../shared/domain/settings'
import { t } from '../../../shared/i18n'
import { domainWord } from '../../../shared/i18n/domain-words'

const pct = (x: number) => `${+(x * 100).toFixed(2)}%`
const listOf = (r: Record<string, number>, unit: (x: number) => string) =>
  Object.entries(r)
    .map(([k, v]) => `${domainWord(k)} ${unit(v)}`)
    .join(t('ui.listSeparator'))

/**
 * The rules a period's results were computed with, in words, from the settings stored with them:
 * role weights (and the scheme's or a dimension's own), the trim, ballot and satisfaction points,
 * the roll-up, the total and its bonus cap, rounding, and the grades with their quota.
 */
export function ruleWords(settings: StoredSettings, kind: string, dimensionNames: ReadonlyMap<string, string>): string[] {
  const lines: string[] = []
  lines.push(t('explain.rules.roleWeights', { weights: listOf(settings.roleWeights, pct) }))
  lines.push(t('explain.rules.trim', { limit: settings.trimAbove }))
  lines.push(t('explain.rules.ballots', { points: listOf(ballotPointsOf(settings), String) }))
  lines.push(t('explain.rules.satisfaction', { points: listOf(satisfactionPointsOf(settings), String) }))
  const levels = settings.raterSettings
  if (levels?.scheme) lines.push(...patchWords(t('explain.rules.levelScheme'), levels.scheme))
  for (const [code, patch] of Object.entries(levels?.dimensions ?? {})) {
    if (patch) lines.push(...patchWords(t('explain.rules.levelDimension', { dimension: dimensionNames.get(code) ?? code }), patch))
  }
  lines.push(t('explain.rules.tree'))
  lines.push(t('explain.rules.total', { cap: settings.bonusCap, max: 100 + settings.bonusCap }))
  lines.push(t('explain.rules.rounding'))
  if (kind === 'annual') {
    const a = annualOf(settings)
    lines.push(t('explain.rules.annualScore', { annual: pct(a.weights.annual), quarterly: pct(a.weights.quarterly) }))
    lines.push(
      t('explain.rules.annualGrades', {
        incompetent: a.thresholds.incompetent,
        competent: a.thresholds.competent,
        excellentMin: a.excellentMin,
        goodQuarters: a.excellentMinGoodQuarters,
        quota: pct(a.excellentQuota),
      }),
    )
  } else {
    const q = settings.quarterly
    lines.push(t('explain.rules.quarterGrades', { good: q.thresholds.good, fair: q.thresholds.fair, poor: q.thresholds.poor, quota: pct(q.goodQuota) }))
  }
  return lines
}

function patchWords(level: string, patch: RaterSettingsPatch): string[] {
  const out: string[] = []
  if (patch.roleWeights) out.push(t('explain.rules.levelRoleWeights', { level, weights: listOf(patch.roleWeights, pct) }))
  if (patch.trimAbove !== undefined) out.push(t('explain.rules.levelTrim', { level, limit: patch.trimAbove }))
  if (patch.ballotPoints) out.push(t('explain.rules.levelBallots', { level, points: listOf(patch.ballotPoints, String) }))
  if (patch.satisfactionPoints) out.push(t('explain.rules.levelSatisfaction', { level, points: listOf(patch.satisfactionPoints, String) }))
  return out
}
