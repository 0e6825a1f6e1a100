import type { ReactNode } from 'react'
import { t } from '../../../../shared/i18n'
import { ProgressBar } from '../../components/progress-bar'
import { rpc } from '../../lib/rpc'
import { useExport } from '../../lib/use-export'

/**
 * 导出全部结果单 beside the results grid: everyone's 个人考核结果单 in one workbook, or only the
 * department the grid is filtered to (the label says which), with progress and cancel while the
 * backend writes it. Returns the button for the grid's caption and the progress bar to show under it.
 */
export function useExportAllSheets(period: string | null, department: string, hasResults: boolean): { button: ReactNode; progress: ReactNode } {
  const sheets = useExport()
  const run = () => {
    if (!period) return
    void sheets.run((opts) => rpc('results-explain-export-all', { period, ...(department ? { department } : {}) }, opts))
  }
  const button = (
    <button
      type="button"
      className="button"
      data-testid="results-explain-export-all"
      data-department={department}
      title={t('ui.explain.exportAllTip')}
      disabled={!period || !hasResults || sheets.running}
      onClick={run}
    >
      {department ? t('ui.explain.exportAllOf', { department }) : t('ui.explain.exportAll')}
    </button>
  )
  const progress = sheets.running ? <ProgressBar testId="results-explain-export-all-progress" event={sheets.progress} label={t('progress.exporting')} onCancel={sheets.cancel} /> : null
  return { button, progress }
}
