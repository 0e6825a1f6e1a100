import type { Page } from 'playwright-core'
import { waitUntil } from '../support/wait'

/**
 * Switches the language with the header's switch and waits until `probe` reads as `expected`: the
 * switch re-draws the whole window (filters, selections and typed text start again).
 */
export async function switchLocale(page: Page, probe: () => Promise<string>, expected: string): Promise<void> {
  await page.getByTestId('locale-switch').click()
  await waitUntil(async () => (await probe()) === expected, 10_000, `the screen in ${expected}`)
}
