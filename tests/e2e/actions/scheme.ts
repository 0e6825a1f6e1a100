import type { Page } from 'playwright-core'
import { ImportDialogModel } from '../pages/import-dialog'
import { SchemePageModel } from '../pages/scheme-page'
import { goTo } from './navigate'

/** Opens the scheme import, names the scheme, chooses the workbook and waits for the preview. */
export async function previewSchemeImport(page: Page, name: string, file: string): Promise<ImportDialogModel> {
  await goTo(page, 'scheme')
  const scheme = new SchemePageModel(page)
  await scheme.importOpen.click()
  await scheme.importName.fill(name)
  await scheme.importFile.setInputFiles(file)
  const dialog = new ImportDialogModel(page)
  await dialog.status.or(dialog.error).waitFor({ timeout: 60_000 })
  return dialog
}

export async function openScheme(page: Page, name: string): Promise<SchemePageModel> {
  await goTo(page, 'scheme')
  const scheme = new SchemePageModel(page)
  await scheme.select.locator(`option[value="${name}"]`).waitFor({ state: 'attached' })
  await scheme.select.selectOption(name)
  await scheme.grid.root.locator('.ag-row').first().waitFor()
  return scheme
}

/** Double-clicks a weight cell, types the percentage and commits with Enter. */
export async function editWeight(scheme: SchemePageModel, code: string, percent: string): Promise<void> {
  const cell = scheme.weightCell(code)
  await cell.dblclick()
  const input = cell.locator('input')
  await input.waitFor()
  await input.fill(percent)
  await input.press('Enter')
}
