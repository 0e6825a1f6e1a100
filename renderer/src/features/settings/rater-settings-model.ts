import type { RaterSettingsPatch } from '../../../../shared/domain/rater-settings'
import { ballotPointsOf, raterRoles, satisfactionPointsOf, type RuleSettings } from '../../../../shared/domain/settings'
import { t } from '../../../../shared/i18n'

export const ballotChoices = ['优秀', '称职', '基本称职', '不称职'] as const
export const satisfactionChoices = ['满意', '基本满意', '不满意'] as const

/** Text per field; '' means "inherit" (the placeholder shows what is inherited). */
export interface RaterForm {
  weights: Record<string, string>
  trimAbove: string
  ballot: Record<string, string>
  satisfaction: Record<string, string>
}

export type RaterErrors = Partial<Record<'weights' | 'trimAbove' | 'ballot' | 'satisfaction', string>>

const pct = (x: number) => String(Math.round(x * 100 * 1e6) / 1e6)
const num = (s: string) => Number(s.normalize('NFKC').replace(/[%\s]/g, ''))

export function emptyForm(): RaterForm {
  return { weights: {}, trimAbove: '', ballot: {}, satisfaction: {} }
}

export function toRaterForm(p: RaterSettingsPatch | null): RaterForm {
  if (!p) return emptyForm()
  return {
    weights: p.roleWeights ? Object.fromEntries(raterRoles.map((r) => [r, pct(p.roleWeights![r])])) : {},
    trimAbove: p.trimAbove === undefined ? '' : String(p.trimAbove),
    ballot: p.ballotPoints ? Object.fromEntries(ballotChoices.map((c) => [c, String(p.ballotPoints![c])])) : {},
    satisfaction: p.satisfactionPoints ? Object.fromEntries(satisfactionChoices.map((c) => [c, String(p.satisfactionPoints![c])])) : {},
  }
}

/** What an empty field falls back to: the level above (the scheme's own setting for a dimension, else the unit's). */
export function inherited(unit: RuleSettings, above: RaterSettingsPatch | null): RaterForm {
  const weights = above?.roleWeights ?? unit.roleWeights
  const ballot = above?.ballotPoints ?? ballotPointsOf(unit)
  const sat = above?.satisfactionPoints ?? satisfactionPointsOf(unit)
  return {
    weights: Object.fromEntries(raterRoles.map((r) => [r, pct(weights[r])])),
    trimAbove: String(above?.trimAbove ?? unit.trimAbove),
    ballot: Object.fromEntries(ballotChoices.map((c) => [c, String(ballot[c])])),
    satisfaction: Object.fromEntries(satisfactionChoices.map((c) => [c, String(sat[c])])),
  }
}

/**
 * Each group is set whole or inherited whole (the backend takes a setting from one level only): all
 * four weights totalling 100 %, or none; every ballot point or none; every satisfaction point or none.
 */
export function fromRaterForm(f: RaterForm): { patch: RaterSettingsPatch | null; errors: RaterErrors } {
  const errors: RaterErrors = {}
  const patch: RaterSettingsPatch = {}
  const group = <K extends string>(keys: readonly K[], values: Record<string, string>, err: keyof RaterErrors, min: number, max: number): Record<K, number> | undefined => {
    const filled = keys.filter((k) => (values[k] ?? '').trim() !== '')
    if (filled.length === 0) return undefined
    if (filled.length < keys.length) {
      errors[err] = t('ui.raterSettings.allOrNone')
      return undefined
    }
    const out = {} as Record<K, number>
    for (const k of keys) {
      const v = num(values[k])
      if (!Number.isFinite(v) || v < min || v > max) {
        errors[err] = t('ui.settings.range', { min, max })
        return undefined
      }
      out[k] = v
    }
    return out
  }
  const w = group(raterRoles, f.weights, 'weights', 0, 100)
  if (w) {
    const sum = raterRoles.reduce((s, r) => s + w[r], 0)
    if (Math.abs(sum - 100) > 0.01) errors.weights = t('ui.settings.weightsSum', { sum: Math.round(sum * 100) / 100 })
    else patch.roleWeights = Object.fromEntries(raterRoles.map((r) => [r, w[r] / 100])) as NonNullable<RaterSettingsPatch['roleWeights']>
  }
  if (f.trimAbove.trim() !== '') {
    const v = num(f.trimAbove)
    if (!Number.isInteger(v) || v < 2 || v > 100) errors.trimAbove = t('ui.settings.intRange', { min: 2, max: 100 })
    else patch.trimAbove = v
  }
  const b = group(ballotChoices, f.ballot, 'ballot', 0, 100)
  if (b) patch.ballotPoints = b
  const s = group(satisfactionChoices, f.satisfaction, 'satisfaction', 0, 100)
  if (s) patch.satisfactionPoints = s
  if (Object.keys(errors).length > 0) return { patch: null, errors }
  return { patch: Object.keys(patch).length === 0 ? null : patch, errors }
}
