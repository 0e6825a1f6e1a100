import { raterRoles, type RaterRole, type RuleSettings } from '../../../../shared/domain/settings'
import { t } from '../../../../shared/i18n'

/** The form edits text (percentages as people write them); converting back is where validation happens. */
export interface SettingsForm {
  roleWeights: Record<RaterRole, string>
  trimAbove: string
  good: string
  fair: string
  poor: string
  goodQuota: string
  bonusCap: string
}

export type FormErrors = Partial<Record<keyof SettingsForm | 'weightsSum' | `weight-${RaterRole}`, string>>

const pct = (x: number) => String(Math.round(x * 100 * 1e6) / 1e6)

export function toForm(s: RuleSettings): SettingsForm {
  return {
    roleWeights: Object.fromEntries(raterRoles.map((r) => [r, pct(s.roleWeights[r])])) as Record<RaterRole, string>,
    trimAbove: String(s.trimAbove),
    good: String(s.quarterly.thresholds.good),
    fair: String(s.quarterly.thresholds.fair),
    poor: String(s.quarterly.thresholds.poor),
    goodQuota: pct(s.quarterly.goodQuota),
    bonusCap: String(s.bonusCap),
  }
}

function num(s: string): number {
  const v = s.normalize('NFKC').replace(/[%\s]/g, '')
  return v === '' ? Number.NaN : Number(v)
}

export function weightSum(form: SettingsForm): number {
  return raterRoles.reduce((sum, r) => sum + (Number.isFinite(num(form.roleWeights[r])) ? num(form.roleWeights[r]) : 0), 0)
}

export function fromForm(form: SettingsForm): { settings: RuleSettings | null; errors: FormErrors } {
  const errors: FormErrors = {}
  const range = (key: keyof FormErrors, raw: string, min: number, max: number, integer = false) => {
    const v = num(raw)
    if (!Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
      errors[key] = integer ? t('ui.settings.intRange', { min, max }) : t('ui.settings.range', { min, max })
    }
    return v
  }
  const weights = {} as Record<RaterRole, number>
  for (const r of raterRoles) weights[r] = range(`weight-${r}`, form.roleWeights[r], 0, 100) / 100
  const sum = weightSum(form)
  if (Math.abs(sum - 100) > 0.01) errors.weightsSum = t('ui.settings.weightsSum', { sum: Math.round(sum * 100) / 100 })
  const trimAbove = range('trimAbove', form.trimAbove, 2, 100, true)
  const good = range('good', form.good, 0, 100)
  const fair = range('fair', form.fair, 0, 100)
  const poor = range('poor', form.poor, 0, 100)
  if (!errors.good && !errors.fair && !errors.poor && !(good > fair && fair > poor)) errors.fair = t('ui.settings.thresholdOrder')
  const goodQuota = range('goodQuota', form.goodQuota, 0, 100) / 100
  const bonusCap = range('bonusCap', form.bonusCap, 0, 50)
  if (Object.keys(errors).length > 0) return { settings: null, errors }
  return {
    settings: { roleWeights: weights, trimAbove, quarterly: { thresholds: { good, fair, poor }, goodQuota }, bonusCap },
    errors,
  }
}
