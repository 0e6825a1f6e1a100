import type { BuildOptions, PeriodReportInput } from './report-input'
import { departmentNotesSheet, departmentSummarySheet, dimensionMeansSheet } from './department-sheets'
import { writeTableWorkbook } from './table-workbook'

/** 部门汇总.xlsx: 说明, 部门汇总 (grades and scores by department), 维度得分 (the heat map's numbers). */
export async function buildDepartmentSummary(input: PeriodReportInput, opts: BuildOptions = {}): Promise<Buffer> {
  const sheets = [departmentNotesSheet(input), departmentSummarySheet(input), dimensionMeansSheet(input)]
  return writeTableWorkbook(sheets, input.results.computedAt, opts.tick)
}

