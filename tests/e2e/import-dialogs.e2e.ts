import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { cancelImport, confirmImport, previewImport } from './actions/imports'
import { createPeriod } from './actions/period'
import { previewRatingsImport } from './actions/ratings'
import { previewSchemeImport } from './actions/scheme'
import { goTo } from './actions/navigate'
import type { ImportDialogModel } from './pages/import-dialog'
import { OrgPageModel } from './pages/org-page'
import { useApp } from './support/app'
import { fixture, screenshot } from './support/browser'

const app = useApp()
let page: Page
beforeAll(async () => {
  page = app.page
  await page.setViewportSize({ width: 1366, height: 768 })
})

/** What every import dialog shows, top to bottom, before anything is written. */
async function structure(dialog: ImportDialogModel): Promise<string[]> {
  const parts = [
    ['file', dialog.root.locator('.dialog-body > .form-row').first().locator('.file-choice')],
    ['status', dialog.status],
    ['columns', dialog.columns],
    ['confirm', dialog.confirm],
    ['cancel', dialog.cancel],
  ] as const
  const shown: string[] = []
  for (const [name, locator] of parts) if (await locator.isVisible()) shown.push(name)
  return shown
}

const all = ['file', 'status', 'columns', 'confirm', 'cancel']

describe('every import previews before it writes, in one dialog', () => {
  it('roster, scheme and ratings: the file first, then the kind’s own fields, the preview, and 确认导入 — in zh-CN', async () => {
    await goTo(page, 'org')
    const roster = await previewImport(page, new OrgPageModel(page).importFile, fixture('roster.xlsx'))
    expect(await structure(roster)).toEqual(all)
    expect(await roster.confirm.isEnabled()).toBe(true)
    await screenshot(page, '13-import-roster')
    await confirmImport(roster)

    const scheme = await previewSchemeImport(page, '平时考核2025', fixture('scheme.xlsx'))
    expect(await structure(scheme)).toEqual(all)
    await screenshot(page, '13-import-scheme')
    await confirmImport(scheme)

    await createPeriod(page, { id: '2025-Q1', kind: 'quarter', scheme: '平时考核2025' })
    const ratings = await previewRatingsImport(page, '2025-Q1', fixture('ratings-2025-Q1.xlsx'))
    expect(await structure(ratings)).toEqual(all)
    await screenshot(page, '13-import-ratings')
    await cancelImport(ratings)
  })

  it('the same dialog in English', async () => {
    await page.getByTestId('locale-switch').click()
    const ratings = await previewRatingsImport(page, '2025-Q1', fixture('ratings-2025-Q1.xlsx'))
    expect(await structure(ratings)).toEqual(all)
    expect(await ratings.confirm.textContent()).not.toMatch(/[\u4e00-\u9fff]/)
    await screenshot(page, '13-import-ratings-en')
    await cancelImport(ratings)
    await page.getByTestId('locale-switch').click()
  })

  it('shows no page errors', () => {
    expect(app.browser.pageErrors).toEqual([])
  })
})
