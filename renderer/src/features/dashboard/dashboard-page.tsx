import { useMemo } from 'react'
import type { Period } from '../../../../shared/contract'
import { gradeDistributionOption } from '../../../../shared/charts/grade-distribution'
import { t } from '../../../../shared/i18n'
import { Chart } from '../../components/chart'
import { Facts } from '../../components/facts'
import { Empty, LoadError, Page } from '../../components/page'
import { periodKindText, periodStatusText, usePeriodChoice } from '../../components/period-picker'
import { dateTime } from '../../lib/format'
import { useMayCall } from '../../lib/route-access'
import { useRpcQuery } from '../../lib/use-rpc'
import { chartPeriodLabel, gradeCounts } from '../report/chart-data'
import { LaggingTile } from './lagging-tile'
import { ProgressTile } from './progress-tile'
import { SetupChecklist } from './setup-checklist'
import './dashboard.css'

/** 概览: where the chosen period stands — stages, grades, open cross-check flags — and the key results lagging the calendar, at a glance. */
export function DashboardPage() {
  const { period, loading, picker } = usePeriodChoice()
  const mayCreate = useMayCall('period-create')
  return (
    <Page title={t('ui.dashboard.title')} testId="page-dashboard" actions={picker}>
      <SetupChecklist />
      {!period ? (
        <>
          <Empty testId="dashboard-empty">{loading ? t('ui.loading') : t(mayCreate ? 'ui.dashboard.noPeriod' : 'ui.dashboard.noPeriodReader')}</Empty>
          {/* objectives belong to no period: their tile shows before the first period exists */}
          <LaggingTile />
        </>
      ) : (
        <Dashboard key={period.id} period={period} />
      )}
    </Page>
  )
}

function Dashboard({ period }: { period: Period }) {
  const flags = useRpcQuery('flags-list', { period: period.id, status: 'open' })
  const mayResolve = useMayCall('flags-resolve')
  return (
    <div className="dashboard" data-testid="dashboard" data-period={period.id}>
      <section className="card dashboard-facts" data-testid="dashboard-facts">
        <Facts
          facts={[
            { label: t('ui.dashboard.facts'), value: `${periodKindText(period.kind)} · ${periodStatusText(period.status)}` },
            { label: t('ui.dashboard.people'), value: period.participants },
            { label: t('ui.dashboard.computed'), value: period.computedAt ? dateTime(period.computedAt) : t('ui.period.notComputed') },
            {
              label: t('ui.dashboard.flags'),
              value: flags.error ? flags.error.message : !flags.data ? '…' : flags.data.length === 0 ? t('ui.dashboard.flagsNone') : t('ui.dashboard.flagsOpen', { n: flags.data.length }),
              box: { 'data-testid': 'dashboard-flags', 'data-open': flags.data?.length ?? '' },
              valueProps: { className: flags.data && flags.data.length > 0 ? 'text-bad' : 'text-ok' },
            },
          ]}
        />
        {flags.data && flags.data.length > 0 && <p className="muted small">{t(mayResolve ? 'ui.dashboard.flagsHint' : 'ui.dashboard.flagsHintReader')}</p>}
      </section>
      <LaggingTile />
      <div className="dashboard-charts">
        <ProgressTile period={period} label={chartPeriodLabel(period)} />
        <GradesTile period={period} />
      </div>
    </div>
  )
}

function GradesTile({ period }: { period: Period }) {
  const results = useRpcQuery('results-list', period.computedAt ? { period: period.id } : null)
  // the last period's results stay until the chosen one's arrive: never draw them under this title
  const data = results.data && results.data.period === period.id ? results.data : null
  const option = useMemo(() => {
    if (!data) return null
    const grades = gradeCounts(data.rows)
    return grades.length === 0 ? null : gradeDistributionOption({ grades, total: data.rows.length, title: t('ui.dashboard.grades', { period: chartPeriodLabel(period) }) })
  }, [data, period])
  return (
    <section className="card" data-testid="dashboard-grades" data-loaded={option !== null}>
      {!period.computedAt ? (
        <Empty>{t('ui.charts.notComputed')}</Empty>
      ) : results.error ? (
        <LoadError error={results.error} onRetry={results.reload} />
      ) : !option ? (
        <p className="muted">{t('ui.charts.loading')}</p>
      ) : (
        <Chart option={option} testId="dashboard-grades-chart" height={340} exportName={t('ui.dashboard.file.grades', { period: period.id })} />
      )}
    </section>
  )
}
