import { useMemo } from 'react'
import type { Period, PeriodProgress } from '../../../../shared/contract'
import { stageProgressOption, type StageCount } from '../../../../shared/charts/stage-progress'
import { t } from '../../../../shared/i18n'
import { Chart } from '../../components/chart'
import { Empty, LoadError } from '../../components/page'
import { useRpcQuery } from '../../lib/use-rpc'

/** The unit's count per stage: the departments' done and required added up, in stage order. */
function unitStages(progress: PeriodProgress): StageCount[] {
  const byStage = new Map<string, StageCount>()
  for (const d of progress.departments) {
    for (const s of d.stages) {
      const sum = byStage.get(s.stage) ?? { name: s.name, done: 0, required: 0 }
      byStage.set(s.stage, { name: s.name, done: sum.done + s.done, required: sum.required + s.required })
    }
  }
  return [...byStage.values()]
}

export function ProgressTile({ period, label }: { period: Period; label: string }) {
  const progress = useRpcQuery('period-progress', { period: period.id })
  const data = progress.data && progress.data.period === period.id ? progress.data : null
  const stages = useMemo(() => (data ? unitStages(data) : null), [data])
  const option = useMemo(() => (stages && stages.length > 0 ? stageProgressOption({ period: label, stages, title: t('ui.dashboard.progress', { period: label }) }) : null), [stages, label])
  const headcount = data?.departments.reduce((n, d) => n + d.headcount, 0) ?? 0
  return (
    <section className="card" data-testid="dashboard-progress" data-loaded={option !== null}>
      {progress.error ? (
        <LoadError error={progress.error} onRetry={progress.reload} />
      ) : !stages ? (
        <p className="muted">{t('ui.charts.loading')}</p>
      ) : !option ? (
        <Empty>{t('ui.dashboard.noProgress')}</Empty>
      ) : (
        <>
          <Chart option={option} testId="dashboard-progress-chart" height={340} exportName={t('ui.dashboard.file.progress', { period: period.id })} />
          <p className="muted small">{t('ui.dashboard.progressTotal', { n: headcount })}</p>
        </>
      )}
    </section>
  )
}
