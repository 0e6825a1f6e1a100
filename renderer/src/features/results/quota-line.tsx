import type { PeriodResults } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { domainWord } from '../../../../shared/i18n/domain-words'

/** The quota the grades were proposed under: unit-wide, or each department's share of the places. */
export function QuotaLine({ results }: { results: PeriodResults }) {
  const grade = domainWord(results.quotaGrade)
  if (!results.departmentQuotas) {
    return (
      <span data-testid="results-quota" data-quota={results.goodQuota} data-graded={results.graded}>
        {t('ui.res.quota', { grade, quota: results.goodQuota, graded: results.graded })}
      </span>
    )
  }
  return (
    <span className="quota-departments" data-testid="results-quota" data-quota={results.goodQuota} data-graded={results.graded}>
      <span>{t('ui.res.deptQuotas', { grade, quota: results.goodQuota })}</span>
      {results.departmentQuotas.map((d) => (
        <span key={d.department} className="quota-department" data-testid="results-department-quota" data-department={d.department}>
          {t('ui.res.deptQuota', { department: d.department, quota: d.quota, graded: d.graded })}
        </span>
      ))}
    </span>
  )
}
