import type { Page } from 'playwright-core'
import { Shell, type Screen } from '../pages/shell'

export async function goTo(page: Page, screen: Screen): Promise<void> {
  const shell = new Shell(page)
  await shell.nav(screen).click()
  await shell.screen(screen).waitFor()
}

/** Chooses a period in the shared picker of 评分 / 结果 / 报表. */
export async function choosePeriod(page: Page, id: string): Promise<void> {
  const select = new Shell(page).periodSelect
  await select.locator(`option[value="${id}"]`).waitFor({ state: 'attached' })
  await select.selectOption(id)
}
