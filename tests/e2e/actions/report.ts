import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { ReportPageModel } from '../pages/report-page'
import { choosePeriod, goTo } from './navigate'

/** 报表 on a period, 导出部门汇总 clicked: the download's name and the workbook read back. */
export async function exportDepartmentSummary(page: Page, period: string): Promise<{ fileName: string; workbook: ExcelJS.Workbook }> {
  await goTo(page, 'report')
  await choosePeriod(page, period)
  const reports = new ReportPageModel(page)
  await reports.exportDepartments.scrollIntoViewIfNeeded()
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), reports.exportDepartments.click()])
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(await download.path())
  return { fileName: download.suggestedFilename(), workbook }
}
