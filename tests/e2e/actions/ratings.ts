import type { Page } from 'playwright-core'
import { RatingsPageModel } from '../pages/ratings-page'
import type { ImportDialogModel } from '../pages/import-dialog'
import { choosePeriod, goTo } from './navigate'
import { previewImport } from './imports'

export async function previewRatingsImport(page: Page, period: string, file: string): Promise<ImportDialogModel> {
  await goTo(page, 'ratings')
  await choosePeriod(page, period)
  const ratings = new RatingsPageModel(page)
  await ratings.importOpen.click()
  return previewImport(page, ratings.importFile, file)
}
