import type { Locator, Page } from 'playwright-core'
import { ImportDialogModel } from '../pages/import-dialog'

/** Sets the file on an import's file input and waits until the dialog shows what it understood (or why not). */
export async function previewImport(page: Page, fileInput: Locator, file: string): Promise<ImportDialogModel> {
  const dialog = new ImportDialogModel(page)
  // every import starts the same way: the page's button opens the dialog, the file is chosen in it
  if (!(await dialog.root.isVisible())) await page.locator('[data-testid$="-import-file-button"]:visible').first().click()
  await fileInput.setInputFiles(file)
  await dialog.root.waitFor()
  await dialog.status.or(dialog.error).waitFor({ timeout: 60_000 })
  return dialog
}

export async function confirmImport(dialog: ImportDialogModel): Promise<void> {
  await dialog.confirm.click()
  await dialog.root.waitFor({ state: 'hidden', timeout: 120_000 })
}

export async function cancelImport(dialog: ImportDialogModel): Promise<void> {
  await dialog.cancel.click()
  await dialog.root.waitFor({ state: 'hidden' })
}
