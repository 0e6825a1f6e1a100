import type { Period } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { ProgressBar } from '../../components/progress-bar'
import { useMayCall } from '../../lib/route-access'
import { rpc } from '../../lib/rpc'
import { useExport } from '../../lib/use-export'

/** 导出部门汇总: the department workbook of the chosen period, the heat map's numbers among them. */
export function DepartmentSummaryExport({ period }: { period: Period }) {
  const exporter = useExport()
  const mayCompute = useMayCall('results-compute')
  return (
    <div className="department-export">
      <div className="department-export-row">
        <p className="muted small">{t('ui.report.departments.hint')}</p>
        <button
          type="button"
          className="button"
          data-testid="report-departments-export"
          // nothing to sum up before the results are computed (the charts below say so too)
          disabled={exporter.running || !period.computedAt}
          title={period.computedAt ? undefined : t(mayCompute ? 'ui.report.departments.notComputed' : 'ui.report.departments.notComputedReader')}
          onClick={() => void exporter.run((opts) => rpc('report-departments-export', { period: period.id }, opts))}
        >
          {t('ui.report.departments.export')}
        </button>
      </div>
      {exporter.running && (
        <ProgressBar testId="departments-export-progress" event={exporter.progress} label={t('progress.exporting')} onCancel={exporter.cancel} />
      )}
    </div>
  )
}
