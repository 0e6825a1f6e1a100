import type { HandlerMap } from '../context'
import { t } from '../../../shared/i18n'
import { exportFileName } from '../../excel/write/file-name'
import { buildPeriodReport } from '../../excel/write/period-report'
import { buildTemplate, templateFileName } from '../../excel/write/template-workbook'
import { readResults } from '../results/read-results'
import { loadComputedPeriod, loadUnitName, loadUnitParent, loadDepartmentOrder } from './report-queries'
import { exportAnnualReport } from './annual-report-data'
import { exportDepartmentSummary } from './departments-export'
import { callerReach, scopeWords } from '../scope/department-reach'

export const reportHandlers: HandlerMap<'report-export' | 'report-departments-export' | 'template-get'> = {
  async 'report-export'(input, ctx) {
    ctx.progress(0, 1, 'progress.exporting')
    const { period, scheme } = await loadComputedPeriod(ctx.db, input.period)
    // a limited account's report holds its departments' people only, and says so
    const reach = await callerReach(ctx)
    if (period.kind === 'annual') return exportAnnualReport(ctx, period, scheme, reach, input.omitSensitive)
    // the same loader as results-list, so the workbook shows exactly what the screen shows
    const results = await readResults(ctx.db, period.id, reach)
    const unitName = await loadUnitName(ctx.db)
    const departmentOrder = await loadDepartmentOrder(ctx.db)
    await ctx.checkpoint()
    const bytes = await buildPeriodReport(
      { results, period, scheme, unitName, unitParent: await loadUnitParent(ctx.db), departmentOrder, scope: scopeWords(reach) },
      {
        tick: async (done, total) => {
          ctx.progress(done, total, 'progress.exporting')
          await ctx.checkpoint()
        },
      },
    )
    return { fileName: exportFileName({ unit: unitName, period, content: t('exportName.report') }), dataBase64: bytes.toString('base64') }
  },

  'report-departments-export': exportDepartmentSummary,

  async 'template-get'(input) {
    const bytes = await buildTemplate(input.kind)
    return { fileName: templateFileName(input.kind), dataBase64: bytes.toString('base64') }
  },
}
