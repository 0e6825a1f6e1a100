import type { ExplainedAdjustment } from '../contract/explain'
import type { Indicator } from '../contract/scheme'
import { t } from '../i18n'
import { score2 } from '../i18n/explain-words'
import { adjustedTotal } from './adjustments'
import { adjustmentItems } from './score-steps'
import type { ItemRating } from './rater-aggregation'

/**
 * The adjustments as computePeriod applies them (the same item order, itemPoints, vetoTriggered
 * and adjustedTotal), as entries whose points add up to total − weighted total: each bonus and
 * deduction item, the part of the bonus over the cap, and the clamp.
 */
export function explainAdjustments(
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
        ? t('explain.rule.itemCapped', { n: entries.length, sum: score2(sum), cap: ind.cap })
        : t('explain.rule.itemSum', { n: entries.length })
    adjustments.push({ kind, item: ind.name, points, rule, reason: null })
  }
  if (weighted === null) return { adjustments, total: null, vetoes }
  const adjusted = adjustedTotal(weighted, bonus, deduction, bonusCap)
  if (adjusted.bonusCapped) {
    adjustments.push({ kind: 'cap', item: t('explain.item.bonusCap'), points: adjusted.bonusApplied - bonus, rule: t('explain.rule.bonusCap', { bonus: score2(bonus), cap: bonusCap }), reason: null })
  }
  if (adjusted.clamped) {
    const raw = weighted + adjusted.bonusApplied - Math.max(deduction, 0)
    adjustments.push({ kind: 'clamp', item: t('explain.item.clamp'), points: adjusted.total - raw, rule: t('explain.rule.clamp', { max: 100 + bonusCap, raw: score2(raw) }), reason: null })
  }
  return { adjustments, total: adjusted.total, vetoes }
}
