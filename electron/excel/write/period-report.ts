import type { PeriodResults } from '../../../shared/contract'
import type { TableSheet } from './table-sheet'
import { writeTableWorkbook } from './table-workbook'
import { detailSheet, noticeSheet, notesSheet, summarySheet } from './period-sheets'

export interface ReportPeriod {
  id: string
  kind: string
  year: number
  name: string
  startDate: string
  endDate: string
}

export interface PeriodReportInput {
  /** exactly what results-list returns: the report shows these values, it computes no score */
  results: PeriodResults
  period: ReportPeriod
  scheme: { name: string; version: number }
  unitName: string
  /** department names in the office's order; departments not listed follow in the results' order */
  departmentOrder?: string[]
}

export interface BuildOptions {
  /** called between sheets and every few hundred rows: progress and cancel */
  tick?: (done: number, total: number) => Promise<void>
}

/**
 * The quarterly result workbook: 说明, 汇总, 明细, 公示名单, values only. Each sheet is a
 * `TableSheet` built by a pure function, so the annual report adds its own sheets (quarterly
 * grades, 等次分布, 结果运用 …) to the same list.
 *
 * Written with exceljs's streaming writer (rows leave memory once committed). The file is stamped
 * with the computation time, not the export time, so one computation always gives the same
 * properties.
 */
export async function buildPeriodReport(input: PeriodReportInput, opts: BuildOptions = {}): Promise<Buffer> {
  const sheets: TableSheet[] = [notesSheet(input), summarySheet(input), detailSheet(input), noticeSheet(input)]
  return writeTableWorkbook(sheets, input.results.computedAt, opts.tick)
}
