import type { PersonExplanation } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { domainWord } from '../../../../shared/i18n/domain-words'
import { shown } from './shown'

/**
 * The lowest value of the scale: scores sit in the 80s and 90s, so a scale from 0 would hide every
 * difference; start at the next ten below the lowest value shown (never below 0).
 */
function scaleFloor(values: number[]): number {
  if (values.length === 0) return 0
  return Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10)
}

/** Per dimension, the person's score against the department's mean as two bars (plain SVG). */
export function ExplainDimensions({ dimensions }: { dimensions: PersonExplanation['dimensions'] }) {
  const values = dimensions.flatMap((d) => [d.score, d.departmentMean]).filter((v): v is number => v !== null)
  const lo = scaleFloor(values)
  const hi = Math.max(100, ...values)
  const width = (v: number | null) => (v === null ? 0 : Math.max(0, ((v - lo) / (hi - lo)) * 100))
  return (
    <div className="explain-dims" data-testid="explain-dimensions">
      <div className="explain-dims-legend muted small">
        <span className="legend-swatch legend-self" /> {t('ui.explain.self')}
        <span className="legend-swatch legend-dept" /> {t('ui.explain.deptMean')}
        <span className="grow" />
        <span>
          {lo} – {hi}
        </span>
      </div>
      {dimensions.map((d) => (
        <div key={d.code} className="explain-dim" data-testid={`explain-dimension-${d.code}`}>
          <span className="explain-dim-name" title={d.code}>
            {domainWord(d.name)}
          </span>
          <svg className="explain-dim-bars" viewBox="0 0 100 16" preserveAspectRatio="none" role="img" aria-label={`${domainWord(d.name)} ${shown(d.score)} / ${shown(d.departmentMean)}`}>
            <rect x="0" y="1" width="100" height="14" className="bar-track" />
            <rect x="0" y="2" width={width(d.score)} height="6" className="bar-self" />
            <rect x="0" y="9" width={width(d.departmentMean)} height="5" className="bar-dept" />
          </svg>
          <span className="explain-dim-nums">
            <strong>{shown(d.score)}</strong>
            <span className="muted"> / {shown(d.departmentMean)}</span>
          </span>
        </div>
      ))}
    </div>
  )
}
