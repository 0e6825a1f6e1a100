import { useMemo } from 'react'
import type { PersonExplanation } from '../../../../shared/contract'
import { performanceRadarOption } from '../../../../shared/charts/performance-radar'
import { quarterlyLineOption } from '../../../../shared/charts/quarterly-line'
import { roundHalfUp } from '../../../../shared/domain/rounding'
import { t } from '../../../../shared/i18n'
import { domainWord } from '../../../../shared/i18n/domain-words'
import { Chart } from '../../components/chart'
import { asFailure } from '../../lib/use-rpc'
import { useQuarterPoints } from './quarter-points'

/** explain carries full precision; the chart labels its points, so it gets the 2 decimals every shown score has */
function shownScore(v: number | null): number | null {
  return v === null ? null : roundHalfUp(v, 2)
}

/** 绩效图谱: the person's dimensions against the department's mean, and their quarters of the year. */
export function ExplainCharts({ e }: { e: PersonExplanation }) {
  const radar = useMemo(
    () =>
      e.dimensions.some((d) => d.score !== null)
        ? performanceRadarOption({ name: e.name, department: e.department, dimensions: e.dimensions.map((d) => ({ name: domainWord(d.name), score: shownScore(d.score), departmentMean: shownScore(d.departmentMean) })) })
        : null,
    [e],
  )
  const file = { staffNo: e.staffNo, name: e.name }
  return (
    <div className="explain-charts" data-testid="explain-charts">
      {radar ? (
        <Chart option={radar} testId="chart-radar" height={440} exportName={t('ui.charts.file.radar', { ...file, period: e.period })} />
      ) : (
        <p className="muted">{t('ui.charts.explain.noDimensions')}</p>
      )}
      {e.kind === 'special' ? <p className="muted small">{t('ui.charts.explain.special')}</p> : <QuarterlyLine e={e} />}
    </div>
  )
}

function QuarterlyLine({ e }: { e: PersonExplanation }) {
  const { year, points, error } = useQuarterPoints(e)
  const option = useMemo(
    () => (points && points.length > 0 ? quarterlyLineOption({ name: e.name, quarters: points.map((q) => ({ label: q.period, total: q.total, grade: domainWord(q.grade) })) }) : null),
    [points, e.name],
  )
  if (error) return <p className="muted small">{asFailure(error).message}</p>
  if (!points) return <p className="muted small">{t('ui.charts.loading')}</p>
  if (!option) return <p className="muted small">{t('ui.charts.explain.noQuarters', { year: year ?? '' })}</p>
  return <Chart option={option} testId="chart-quarterly" height={300} exportName={t('ui.charts.file.quarterly', { staffNo: e.staffNo, name: e.name, year: year ?? '' })} />
}
