import type { Page } from 'playwright-core'
import { PeriodPageModel } from '../pages/period-page'
import { goTo } from './navigate'
import { confirmImport } from './imports'
import { importRoster } from './roster'
import { previewSchemeImport } from './scheme'

export async function createPeriod(page: Page, p: { id: string; kind: 'quarter' | 'annual' | 'special'; scheme: string }): Promise<PeriodPageModel> {
  await goTo(page, 'period')
  const periods = new PeriodPageModel(page)
  await periods.kind.selectOption(p.kind)
  await periods.scheme.locator(`option[value="${p.scheme}"]`).waitFor({ state: 'attached' })
  await periods.scheme.selectOption(p.scheme)
  await periods.id.fill(p.id)
  await periods.create.click()
  await periods.grid.row(p.id).waitFor()
  return periods
}

/** 开启 a draft period (its scheme version freezes) and waits until the list shows it open. */
export async function openPeriod(page: Page, id: string): Promise<PeriodPageModel> {
  await goTo(page, 'period')
  const periods = new PeriodPageModel(page)
  await periods.tab('list').click()
  await periods.openButton(id).click()
  await page.getByTestId('period-open-confirm-confirm').click()
  await periods.advanceButton(id).waitFor()
  return periods
}

/** Roster and scheme through their imports, then the period created and opened: where every period test starts. */
export async function setupOpenPeriod(page: Page, id: string, scheme: string, files: { roster: string; scheme: string }): Promise<PeriodPageModel> {
  await importRoster(page, files.roster)
  await confirmImport(await previewSchemeImport(page, scheme, files.scheme))
  await createPeriod(page, { id, kind: 'quarter', scheme })
  return openPeriod(page, id)
}
