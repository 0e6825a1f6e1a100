import { useMemo } from 'react'
import type { Period } from '../../../../shared/contract'
import { gradeDistributionOption } from '../../../../shared/charts/grade-distribution'
import { t } from '../../../../shared/i18n'
import { Chart } from '../../components/chart'
import { Empty, LoadError } from '../../components/page'
import { useMayCall } from '../../lib/route-access'
import { useRpcQuery } from '../../lib/use-rpc'
import { chartPeriodLabel, departmentHeatmap, gradeCounts } from './chart-data'
import { DepartmentSummaryExport } from './department-summary-export'

/** 部门分析: the departments' mean per dimension as a heat map, and the period's grades. */
export function DepartmentCharts({ period }: { period: Period }) {
  const results = useRpcQuery('results-list', period.computedAt ? { period: period.id } : null)
  // the workbook sums up the whole unit: an account limited to some departments is refused it
  const mayExport = useMayCall('report-departments-export')
  const data = results.data && results.data.period === period.id ? results.data : null
  const options = useMemo(() => {
    if (!data || data.rows.length === 0) return null
    return {
      heatmap: departmentHeatmap(data, t('ui.charts.reports.heatmap', { period: chartPeriodLabel(period) })),
      grades: gradeDistributionOption({ grades: gradeCounts(data.rows), total: data.rows.length, title: t('ui.charts.reports.grades', { period: chartPeriodLabel(period) }) }),
    }
  }, [data, period])

  return (
    <section className="card department-charts" data-testid="department-charts">
      <h2 className="panel-title">{t('ui.charts.reports.title')}</h2>
      {mayExport && <DepartmentSummaryExport period={period} />}
      {!period.computedAt ? (
        <Empty>{t('ui.charts.notComputed')}</Empty>
      ) : results.error ? (
        <LoadError error={results.error} onRetry={results.reload} />
      ) : !options ? (
        <p className="muted">{t('ui.charts.loading')}</p>
      ) : (
        <>
          <p className="muted small">{t('ui.charts.reports.hint')}</p>
          <div className="department-charts-grid">
            <Chart option={options.heatmap.option} testId="chart-heatmap" height={Math.max(360, 200 + 36 * options.heatmap.departments)} exportName={t('ui.charts.file.heatmap', { period: period.id })} />
            <Chart option={options.grades} testId="chart-grades" height={340} exportName={t('ui.charts.file.grades', { period: period.id })} />
          </div>
        </>
      )}
    </section>
  )
}
