import type { Page } from 'playwright-core'
import { FlagsPageModel } from '../pages/flags-page'
import { waitUntil } from '../support/wait'
import { choosePeriod, goTo } from './navigate'

export async function runChecks(page: Page, period: string): Promise<FlagsPageModel> {
  await goTo(page, 'ratings')
  await choosePeriod(page, period)
  const flags = new FlagsPageModel(page)
  await flags.tab.click()
  await flags.run.click()
  await waitUntil(async () => Number(await flags.count.getAttribute('data-count')) > 0, 20_000, 'flags to appear')
  return flags
}

/** Confirms or excludes one flag with a reason through the dialog (the reason is required). */
export async function resolveFlag(flags: FlagsPageModel, id: string, decision: 'confirm' | 'exclude', reason: string, shot?: () => Promise<unknown>): Promise<void> {
  await (decision === 'confirm' ? flags.confirmButton(id) : flags.excludeButton(id)).click()
  await flags.dialog.waitFor()
  await flags.reason.fill(reason)
  await shot?.()
  await flags.dialogConfirm.click()
  await flags.dialog.waitFor({ state: 'hidden' })
}
