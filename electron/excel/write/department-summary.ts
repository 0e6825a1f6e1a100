import { t } from '../../../shared/i18n'
import type { BuildOptions, PeriodReportInput, ReportPeriod } from './report-input'
import { departmentNotesSheet, departmentSummarySheet, dimensionMeansSheet } from './department-sheets'
import { writeTableWorkbook } from './table-workbook'

/** 部门汇总.xlsx: 说明, 部门汇总 (grades and scores by department), 维度得分 (the heat map's numbers). */
export async function buildDepartmentSummary(input: PeriodReportInput, opts: BuildOptions = {}): Promise<Buffer> {
  const sheets = [departmentNotesSheet(input), departmentSummarySheet(input), dimensionMeansSheet(input)]
  return writeTableWorkbook(sheets, input.results.computedAt, opts.tick)
}

/** `2025-Q1 部门考核汇总.xlsx`; a year reads `2025年度 部门考核汇总.xlsx`. */
export function departmentSummaryFileName(period: Pick<ReportPeriod, 'id' | 'kind' | 'year'>): string {
  const name = period.kind === 'annual' ? t('departments.fileName.year', { year: period.year }) : period.id
  return t('departments.fileName', { period: name })
}
