import type { AnnualDetail, StoredSettings } from '../../../../shared/contract'
import { annualOf } from '../../../../shared/domain/settings'
import { t } from '../../../../shared/i18n'
import { GradeChip } from './grade-chip'
import { shown, shownPercent } from './shown'

/** What an annual score drew on: the assessment, each published quarter, their mean and the formula with the weights in force. */
export function ExplainAnnual({ annual, settings }: { annual: AnnualDetail; settings: StoredSettings | null }) {
  const weights = annualOf(settings ?? {}).weights
  return (
    <div className="explain-annual" data-testid="explain-annual">
      <dl className="facts">
        <div>
          <dt>{t('ui.explain.assessment')}</dt>
          <dd data-testid="explain-annual-assessment">{shown(annual.assessment)}</dd>
        </div>
        <div>
          <dt>{t('ui.explain.quarterMean')}</dt>
          <dd data-testid="explain-annual-quarter-mean">{shown(annual.quarterMean)}</dd>
        </div>
        <div>
          <dt>{t('ui.explain.annualScore')}</dt>
          <dd data-testid="explain-annual-score">{shown(annual.score)}</dd>
        </div>
      </dl>
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
