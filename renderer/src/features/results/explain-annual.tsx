import type { AnnualDetail, StoredSettings } from '../../../../shared/contract'
import { annualOf } from '../../../../shared/domain/settings'
import { t } from '../../../../shared/i18n'
import { GradeChip } from './grade-chip'
import { shown, shownPercent } from './shown'
import { Facts } from '../../components/facts'

/** What an annual score drew on: the assessment, each published quarter, their mean and the formula with the weights in force. */
export function ExplainAnnual({ annual, settings }: { annual: AnnualDetail; settings: StoredSettings | null }) {
  const weights = annualOf(settings ?? {}).weights
  return (
    <div className="explain-annual" data-testid="explain-annual">
      <Facts
        facts={[
          { label: t('ui.explain.assessment'), value: shown(annual.assessment), valueProps: { 'data-testid': 'explain-annual-assessment' } },
          { label: t('ui.explain.quarterMean'), value: shown(annual.quarterMean), valueProps: { 'data-testid': 'explain-annual-quarter-mean' } },
          { label: t('ui.explain.annualScore'), value: shown(annual.score), valueProps: { 'data-testid': 'explain-annual-score' } },
        ]}
      />
      {annual.quarters.length > 0 && (
        <ul className="plain-list explain-quarters">
          {annual.quarters.map((q) => (
            <li key={q.period} data-testid={`explain-quarter-${q.period}`}>
              {t('ui.explain.quarter', { period: q.period, total: shown(q.total) })} 
              <GradeChip grade={q.grade} />
            </li>
          ))}
        </ul>
      )}
      <p className="muted small" data-testid="explain-annual-formula">
        {annual.quarterMean === null
          ? t('ui.explain.formulaAlone', { a: shown(annual.assessment) })
          : t('ui.explain.formula', {
              a: shown(annual.assessment),
              wa: shownPercent(weights.annual),
              q: shown(annual.quarterMean),
              wq: shownPercent(weights.quarterly),
              s: shown(annual.score),
            })}
      </p>
      {annual.undetermined && <p className="hint">{t('ui.explain.undetermined', { reason: annual.undetermined })}</p>}
    </div>
  )
}
