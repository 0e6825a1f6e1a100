import type { HandlerContext } from '../context'
import type { ExportedFile } from '../../../shared/contract/report'
import { buildDepartmentSummary } from '../../excel/write/department-summary'
import { exportFileName } from '../../excel/write/file-name'
import { t } from '../../../shared/i18n'
import { readResults } from '../results/read-results'
import { loadComputedPeriod, loadDepartmentOrder, loadUnitName, loadUnitParent } from './report-queries'
import { wholeUnit } from '../scope/department-reach'

/**
 * 'report-departments-export': the 部门汇总 workbook of any computed period (quarter, year or
 * special), from the same loader as results-list, with progress and cancel by rows.
 */
export async function exportDepartmentSummary(input: { period: string }, ctx: HandlerContext): Promise<ExportedFile> {
  ctx.progress(0, 1, 'progress.exporting')
  const { period, scheme } = await loadComputedPeriod(ctx.db, input.period)
  const results = await readResults(ctx.db, period.id, wholeUnit)
  const unitName = await loadUnitName(ctx.db)
  const departmentOrder = await loadDepartmentOrder(ctx.db)
  await ctx.checkpoint()
  const bytes = await buildDepartmentSummary(
    { results, period, scheme, unitName, unitParent: await loadUnitParent(ctx.db), departmentOrder },
    {
      tick: async (done, total) => {
        ctx.progress(done, total, 'progress.exporting')
        await ctx.checkpoint()
      },
    },
  )
  return { fileName: exportFileName({ unit: unitName, period, content: t('exportName.departments') }), dataBase64: bytes.toString('base64') }
}
