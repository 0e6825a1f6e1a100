import type { HandlerMap } from '../context'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'
import { buildPersonSheet } from '../../excel/write/person-sheet'
import { buildResultSheets, resultSheetGroups } from '../../excel/write/result-sheets'
import { loadDepartmentOrder, loadReportPeriod, loadUnitName } from '../report/report-queries'
import { callerReach, scopeWords } from '../scope/department-reach'
import { loadPeriodExplainer } from './person-explanation'
import { exportFileName } from '../../excel/write/file-name'
import { computedStamp } from '../../excel/write/streaming-workbook'

/** People written between two chances to cancel: a person's block is a few dozen rows. */
const CHECK_EVERY = 5

/**
 * A person's result sheet, alone or everyone's within the caller's departments: a person outside
 * them is not found, in the words of a staff number nobody has.
 */
export const explainHandlers: HandlerMap<'results-explain' | 'results-explain-export' | 'results-explain-export-all'> = {
  async 'results-explain'(input, ctx) {
    return (await loadPeriodExplainer(ctx.db, input.period, await callerReach(ctx))).explain(input.staffNo)
  },

  async 'results-explain-export'(input, ctx) {
    const explainer = await loadPeriodExplainer(ctx.db, input.period, await callerReach(ctx))
    const explanation = await explainer.explain(input.staffNo)
    const unitName = await loadUnitName(ctx.db)
    const bytes = await buildPersonSheet(explanation, { unitName, created: computedStamp(explainer.results.computedAt) })
    const { period } = await loadReportPeriod(ctx.db, input.period)
    return {
      fileName: exportFileName({ unit: unitName, period, content: t('exportName.explainOne', { staffNo: explanation.staffNo, name: explanation.name }) }),
      dataBase64: bytes.toString('base64'),
    }
  },

  async 'results-explain-export-all'(input, ctx) {
    ctx.progress(0, 1, 'progress.exporting')
    const reach = await callerReach(ctx)
    const explainer = await loadPeriodExplainer(ctx.db, input.period, reach)
    const { department } = input
    const rows = department === undefined ? explainer.results.rows : explainer.results.rows.filter((r) => r.department === department)
    if (rows.length === 0) {
      throw new AppError('not-found', department === undefined ? t('explain.all.error.none', { period: input.period }) : t('explain.all.error.noneOf', { period: input.period, department }))
    }
    const groups = resultSheetGroups(rows, await loadDepartmentOrder(ctx.db))
    const unitName = await loadUnitName(ctx.db)
    await ctx.checkpoint()
    const bytes = await buildResultSheets(
      { unitName, groups, explain: (staffNo) => explainer.explain(staffNo), created: computedStamp(explainer.results.computedAt) },
      async (done, total) => {
        ctx.progress(done, total, 'progress.exporting')
        if (done % CHECK_EVERY === 0) await ctx.checkpoint()
      },
    )
    // a limited account's file is named for its departments, as a department's own export is
    const named = department ?? scopeWords(reach)
    const content = named === null ? t('exportName.explainAll') : t('exportName.explainOf', { department: named })
    const { period } = await loadReportPeriod(ctx.db, input.period)
    return { fileName: exportFileName({ unit: unitName, period, content }), dataBase64: bytes.toString('base64') }
  },
}
