import type { Page } from 'playwright-core'
import { OrgPageModel } from '../pages/org-page'
import { goTo } from './navigate'
import { confirmImport, previewImport } from './imports'

export async function importRoster(page: Page, file: string): Promise<void> {
  await goTo(page, 'org')
  const dialog = await previewImport(page, new OrgPageModel(page).importFile, file)
  await confirmImport(dialog)
}
