import { structureFindings } from './scheme-structure'
import type { Indicator } from '../contract/scheme'
import type { schemeMessages } from '../i18n/zh-CN/scheme'
import { effectiveScheme, type EffectiveShape } from './effective-scheme'
import { indicatorApplies, isAdjustment, type DateWindow, type PersonScope } from './scheme-tree'
import { roundHalfUp } from './rounding'
import { ROOT, weightSums } from './weight-sums'

/** The article's finding: more than 70 % of the weight on quantity crowds out quality. */
export const QUANTITY_SHARE_LIMIT = 0.7

/** Rules that make a scheme unusable (not just unbalanced), as the import refuses them: saving refuses them too. */
export const blockingRules = ['duplicate-code', 'unknown-parent', 'cycle', 'adjustment-parent', 'window-order'] as const

export type BalanceRule =
  | (typeof blockingRules)[number]
  | 'weight-sum'
  | 'target-missing'
  | 'dynamic-no-date'
  | 'quantity-share'
  | 'nature-missing'
  | 'no-definition'
  | 'scope-empty'
  | 'scope-unmatched'
  | 'window-misses-period'

/** A finding keeps its message as a key with values, rendered in the reader's language. */
export interface BalanceFinding {
  severity: 'error' | 'warning'
  rule: BalanceRule
  indicator: string | null
  key: keyof typeof schemeMessages
  params: Record<string, string | number>
}

export interface BalanceInput {
  indicators: readonly (EffectiveShape & Pick<Indicator, 'target' | 'description'>)[]
  /** the distinct position class / department pairs on the roster (empty: scope checks are skipped) */
  roster: readonly PersonScope[]
  /** the window effective schemes are judged in (the period's, or a day) */
  window: DateWindow
  /** the periods a 动态 window should meet: the one checked, or every existing one */
  periods: readonly ({ id: string } & DateWindow)[]
  quantityLimit?: number
}

export interface SchemeBalance {
  findings: BalanceFinding[]
  quantityShare: { overall: number; byPositionClass: Record<string, number> }
}

/**
 * rule: a scheme is valid when its tree is sound (unique codes, known parents, no loops, no
 * sub-indicators under a 加减分 / 否决 item), each parent's weights sum to 100 %, every 目标 item has
 * a target and every 动态 item a date, its start not after its end. It is balanced when quantity
 * (数量) leaves hold at most 70 % of the weight overall (the scheme as written) and for each position
 * class (its effective scheme), every indicator is defined (说明), every 个性 scope meets someone on
 * the roster and every 动态 window meets a period. Errors first, then warnings, each in scheme order.
 */
export function schemeBalance(input: BalanceInput): SchemeBalance {
  const out: BalanceFinding[] = []
  const add: Add = (severity, rule, ind, key, params) => out.push({ severity, rule, indicator: ind?.code ?? null, key, params })
  const parents = new Set(input.indicators.map((i) => i.parentCode))
  const byCode = treeFindings(input.indicators, add)
  weightFindings(input.indicators, byCode, add)
  const quantityShare = quantityFindings(input, parents, add)
  itemFindings(input, parents, add)
  return { findings: [...out.filter((f) => f.severity === 'error'), ...out.filter((f) => f.severity === 'warning')], quantityShare }
}

type Item = BalanceInput['indicators'][number]
type Add = (severity: BalanceFinding['severity'], rule: BalanceRule, ind: { code: string } | null, key: BalanceFinding['key'], params: BalanceFinding['params']) => void

const label = (i: { code: string; name: string }) => `${i.code} ${i.name}`

/** The structure rule (scheme-structure.ts) as check items; answers the indicators by code. */
function treeFindings(indicators: readonly Item[], add: Add): Map<string, Item> {
  const byCode = new Map<string, Item>()
  for (const i of indicators) if (!byCode.has(i.code)) byCode.set(i.code, i)
  for (const f of structureFindings(indicators)) {
    const i = indicators[f.index]
    if (f.rule === 'duplicate-code') add('error', 'duplicate-code', i, 'scheme.check.duplicateCode', { indicator: label(i) })
    else if (f.rule === 'unknown-parent') add('error', 'unknown-parent', i, 'scheme.check.unknownParent', { indicator: label(i), parent: i.parentCode ?? '' })
    else if (f.rule === 'adjustment-parent') add('error', 'adjustment-parent', i, 'scheme.check.adjustmentParent', { indicator: label(i), mode: i.mode })
    else add('error', 'cycle', i, 'scheme.check.cycle', { chain: (f.chain ?? [i.code, i.code]).join(' → ') })
  }
  return byCode
}

/** The weight-sum rule per parent (weight-sums.ts), as the grid and the import apply it. */
function weightFindings(indicators: readonly Item[], byCode: ReadonlyMap<string, Item>, add: Add): void {
  for (const s of weightSums(indicators).values()) {
    if (s.ok) continue
    const sum = roundHalfUp(s.sum * 100, 4)
    const parent = s.parent === ROOT ? null : byCode.get(s.parent)
    if (parent) add('error', 'weight-sum', parent, 'scheme.check.weightSum', { parent: label(parent), sum })
    else add('error', 'weight-sum', null, 'scheme.check.weightSumTop', { sum })
  }
}

/** Share of 数量 leaves in the global weights: the scheme as written, then each class's effective scheme. */
function quantityFindings(input: BalanceInput, parents: ReadonlySet<string | null>, add: Add): SchemeBalance['quantityShare'] {
  const limit = input.quantityLimit ?? QUANTITY_SHARE_LIMIT
  const pct = (x: number) => roundHalfUp(x * 100)
  const shareOf = (target: PersonScope | null) =>
    effectiveScheme(input.indicators, target, input.window)
      .filter((e) => !parents.has(e.code) && e.nature === '数量')
      .reduce((s, e) => s + e.globalWeight, 0)
  const overall = shareOf(null)
  if (overall > limit) add('warning', 'quantity-share', null, 'scheme.check.quantityShare', { share: pct(overall), limit: pct(limit) })
  const byPositionClass: Record<string, number> = {}
  const classes = [...new Set(input.roster.map((p) => p.positionClass).filter((c): c is string => !!c))].sort()
  for (const positionClass of classes) {
    const share = shareOf({ positionClass, department: '' })
    byPositionClass[positionClass] = share
    if (share > limit) add('warning', 'quantity-share', null, 'scheme.check.quantityShareClass', { positionClass, share: pct(share), limit: pct(limit) })
  }
  return { overall, byPositionClass }
}

/** What each indicator needs on its own: a target, dates, a nature, a definition, a scope and window that meet someone. */
function itemFindings(input: BalanceInput, parents: ReadonlySet<string | null>, add: Add): void {
  const nobody = { positionClass: null, department: '' }
  for (const i of input.indicators) {
    const indicator = label(i)
    if (i.mode === '目标' && i.target === null) add('error', 'target-missing', i, 'scheme.check.targetMissing', { indicator })
    if (i.layer === '动态' && i.validFrom === null && i.validTo === null) add('error', 'dynamic-no-date', i, 'scheme.check.dynamicNoDate', { indicator })
    if (i.validFrom !== null && i.validTo !== null && i.validFrom > i.validTo) {
      add('error', 'window-order', i, 'scheme.check.windowOrder', { indicator, from: i.validFrom, to: i.validTo })
    }
    if (!parents.has(i.code) && !isAdjustment(i) && i.nature === null) add('warning', 'nature-missing', i, 'scheme.check.natureMissing', { indicator })
    if (!i.description?.trim()) add('warning', 'no-definition', i, 'scheme.check.noDefinition', { indicator })
    if (i.layer === '个性') {
      if (i.scope.length === 0) add('warning', 'scope-empty', i, 'scheme.check.scopeEmpty', { indicator })
      // with no roster yet there is nobody to miss
      for (const entry of input.roster.length ? i.scope : []) {
        const one = { ...i, scope: [entry] }
        if (!input.roster.some((p) => indicatorApplies(one, p, input.window))) add('warning', 'scope-unmatched', i, 'scheme.check.scopeUnmatched', { indicator, entry })
      }
    }
    const dated = i.validFrom !== null || i.validTo !== null
    if (i.layer === '动态' && dated && input.periods.length > 0 && !input.periods.some((p) => indicatorApplies(i, nobody, p))) {
      const key = input.periods.length === 1 ? 'scheme.check.windowMissesPeriod' : 'scheme.check.windowMissesAll'
      add('warning', 'window-misses-period', i, key, { indicator, from: i.validFrom ?? '…', to: i.validTo ?? '…', period: input.periods[0].id })
    }
  }
}
