import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { t } from '../../shared/i18n'
import { signInAs, testAccountNames, testPasswords } from '../support/accounts'
import { switchLocale } from './actions/locale'
import { signInThroughForm } from './actions/sign-in'
import { Shell, type Screen } from './pages/shell'
import { useApp } from './support/app'
import { cleanShot } from './support/browser'
import { cutColumns, keyColumns } from './support/screen-checks'
import { seedYear } from './support/seed-year'
import { waitUntil } from './support/wait'

const app = useApp()

/** each screen and the grid on it whose key columns must all be in view at 1366×768 */
const clerkGrids: [Screen, string][] = [
  ['org', 'roster-grid'],
  ['scheme', 'indicator-grid'],
  ['period', 'period-grid'],
  ['results', 'results-grid'],
  ['notice', 'appeals-grid'],
  ['uses', 'uses-grid'],
]

async function gridCuts(page: Page, screen: Screen, grid: string): Promise<string[]> {
  await new Shell(page).nav(screen).click()
  await page.getByTestId(grid).locator('.ag-header-cell[col-id]').first().waitFor()
  // a grid's data-dependent columns (the results' dimensions) arrive with its rows: let them come
  await waitUntil(async () => (await cutColumns(page, grid)).length === 0, 5_000, `${grid} drawn`).catch(() => undefined)
  return cutColumns(page, grid)
}

describe('every grid shows its key columns at 1366×768 without scrolling sideways', () => {
  it('seeded with a computed year', async () => {
    await seedYear(app.api)
    await app.page.setViewportSize({ width: 1366, height: 768 })
    await app.page.reload()
    await app.page.getByTestId('app-nav').waitFor()
  }, 300_000)

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`in ${lang}: no key column is cut, and the less important ones sit behind 显示列`, async () => {
      const page = app.page
      if (lang === 'en') await switchLocale(page, async () => (await page.getByTestId('locale-switch').textContent()) ?? '', '中文')
      for (const [screen, grid] of clerkGrids) {
        expect({ grid, cut: await gridCuts(page, screen, grid) }).toEqual({ grid, cut: [] })
      }
      // the results' 备注 is behind the chooser: shown on request, remembered after leaving the screen
      await new Shell(page).nav('results').click()
      const notes = page.getByTestId('results-grid').locator('.ag-header-row-column .ag-header-cell[col-id="notes"]')
      expect(await notes.count()).toBe(0)
      await page.getByTestId('column-chooser-results-grid').click()
      await page.getByTestId('column-choice-results-grid-notes').check()
      await notes.waitFor()
      await cleanShot(page, lang === 'zh-CN' ? '140-results-columns-chosen' : '141-results-columns-chosen-en')
      await page.getByTestId('column-choice-results-grid-notes').uncheck()
      await waitUntil(async () => (await notes.count()) === 0, 10_000, '备注 hidden again')
      await page.getByTestId('column-choice-results-grid-notes').check()
      await new Shell(page).nav('period').click()
      await new Shell(page).nav('results').click()
      await notes.waitFor()
      await page.getByTestId('column-chooser-results-grid').click()
      await page.getByTestId('column-choice-results-grid-notes').uncheck()
      await waitUntil(async () => (await notes.count()) === 0, 10_000, '备注 hidden again')
      await new Shell(page).nav('period').click()
      await cleanShot(page, lang === 'zh-CN' ? '142-period-list' : '143-period-list-en')
    }, 180_000)
  }

  it('the audit list, as the 安全审计员, in both languages', async () => {
    const page = app.page
    await signInAs(app.caller, 'auditor')
    await new Shell(page).signOut.click()
    await signInThroughForm(page, testAccountNames.auditor, testPasswords.working)
    for (const lang of ['en', 'zh-CN'] as const) {
      if (lang === 'zh-CN') await switchLocale(page, async () => (await page.getByTestId('locale-switch').textContent()) ?? '', 'English')
      await new Shell(page).nav('audit').click()
      await page.getByTestId('audit-log-grid').locator('.ag-header-cell[col-id]').first().waitFor()
      expect(await cutColumns(page, 'audit-log-grid', keyColumns['audit-log-grid'])).toEqual([])
    }
    expect(t('nav.audit')).toBeTruthy()
  }, 120_000)
})
