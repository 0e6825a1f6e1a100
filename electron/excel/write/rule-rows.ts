import { t } from '../../../shared/i18n'
import type { PeriodResults } from '../../../shared/contract'
import { annualOf, type RuleSettings } from '../../../shared/domain/settings'
import { percent } from './report-words'

/**
 * The scoring rules in words, for the committee. The quarterly grade thresholds and 好 quota belong
 * to a quarter's report only: a year is graded by the annual rules, which annualRuleRows lists.
 */
export function ruleRows(settings: RuleSettings | null, kind: 'quarter' | 'annual' = 'quarter'): [string, string][] {
  if (!settings) return [[t('report.notes.settingsMissing'), '']]
  const weights = Object.entries(settings.roleWeights)
    .map(([role, w]) => `${role} ${percent(w)}`)
    .join('、')
  const th = settings.quarterly.thresholds
  const quarterly: [string, string][] =
    kind === 'quarter'
      ? [
          [t('report.notes.thresholds'), t('report.notes.thresholdsValue', { good: th.good, fair: th.fair, poor: th.poor })],
          [t('report.notes.quota'), t('report.notes.quotaValue', { share: percent(settings.quarterly.goodQuota) })],
        ]
      : []
  return [
    [t('report.notes.roleWeights'), t('report.notes.roleWeightsValue', { weights })],
    [t('report.notes.trim'), t('report.notes.trimValue', { n: settings.trimAbove })],
    ...quarterly,
    [t('report.notes.bonusCap'), t('report.notes.bonusCapValue', { cap: settings.bonusCap, max: 100 + settings.bonusCap })],
    [t('report.notes.rounding'), t('report.notes.roundingValue')],
  ]
}

/** The annual rules the stored settings say were used; none when the settings are missing. */
export function annualRuleRows(results: Pick<PeriodResults, 'settings' | 'departmentQuotas'>): [string, string][] {
  const settings: RuleSettings | null = results.settings
  if (!settings) return []
  const a = annualOf(settings)
  const scope =
    a.quotaScope === 'unit'
      ? t('annualReport.notes.scopeUnit')
      : a.departmentGradeShares
        ? t('annualReport.notes.scopeDepartmentsShares', {
            shares: Object.entries(a.departmentGradeShares)
              .map(([g, s]) => `${g} ${percent(s)}`)
              .join('、'),
            cap: percent(a.departmentQuotaCap),
          })
        : t('annualReport.notes.scopeDepartments')
  const quotas = results.departmentQuotas
  return [
    [t('annualReport.notes.weights'), t('annualReport.notes.weightsValue', { annual: percent(a.weights.annual), quarterly: percent(a.weights.quarterly) })],
    [t('annualReport.notes.thresholds'), t('annualReport.notes.thresholdsValue', a.thresholds)],
    [t('annualReport.notes.excellent'), t('annualReport.notes.excellentValue', { min: a.excellentMin, quarters: a.excellentMinGoodQuarters })],
    [t('annualReport.notes.excellentQuota'), t('annualReport.notes.excellentQuotaValue', { share: percent(a.excellentQuota) })],
    [t('annualReport.notes.ballotCap'), t('annualReport.notes.ballotCapValue', { share: percent(a.ballotCapShare) })],
    [t('annualReport.notes.fairCap'), t('annualReport.notes.fairCapValue', { n: a.fairQuartersCap })],
    [t('annualReport.notes.quotaScope'), scope],
    [
      t('annualReport.notes.departmentQuotas'),
      quotas ? quotas.map((q) => t('annualReport.notes.departmentQuotaValue', q)).join('\n') : t('annualReport.notes.noDepartmentQuotas'),
    ],
  ]
}
