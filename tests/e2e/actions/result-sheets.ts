import ExcelJS from 'exceljs'
import type { Download } from 'playwright-core'
import { t } from '../../../shared/i18n'
import type { ResultsPageModel } from '../pages/results-page'

/** Clicks 导出全部结果单 and waits for the workbook to arrive. */
export async function exportAllSheets(results: ResultsPageModel): Promise<Download> {
  const [download] = await Promise.all([results.page.waitForEvent('download', { timeout: 60_000 }), results.exportAllSheets.click()])
  return download
}

/** The downloaded workbook read back: per sheet, the staff numbers of the people on it, top to bottom. */
export async function sheetPeople(download: Download): Promise<{ name: string; staffNos: string[] }[]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile(await download.path())
  return wb.worksheets.map((ws) => {
    const staffNos: string[] = []
    // each person's block opens with the title row; the staff number sits in the row below it, column F
    ws.eachRow((row, n) => {
      if (String(row.getCell(1).value ?? '').endsWith(t('explain.sheet.name'))) staffNos.push(String(ws.getCell(n + 1, 6).value))
    })
    return { name: ws.name, staffNos }
  })
}
