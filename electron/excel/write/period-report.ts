import type { TableSheet } from './table-sheet'
import type { BuildOptions, PeriodReportInput } from './report-input'
import { writeTableWorkbook } from './table-workbook'
import { periodDetailSheet, periodNoticeSheet, periodNotesSheet, periodSummarySheet } from './period-sheets'

/**
 * The quarterly result workbook: 说明, 汇总, 明细, 公示名单, values only. Each sheet is a shared
 * layout (notes-sheet, grade-summary-sheet, detail-sheet, notice-list-sheet) that the annual
 * report fills its own way and writes beside its own sheets.
 *
 * Written with exceljs's streaming writer (rows leave memory once committed). The file is stamped
 * with the computation time, not the export time, so one computation always gives the same
 * properties.
 */
export async function buildPeriodReport(input: PeriodReportInput, opts: BuildOptions = {}): Promise<Buffer> {
  const sheets: TableSheet[] = [periodNotesSheet(input), periodSummarySheet(input), periodDetailSheet(input), periodNoticeSheet(input)]
  return writeTableWorkbook(sheets, input.results.computedAt, opts.tick)
}
