import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { t } from '../../shared/i18n'
import { choosePeriod, goTo } from './actions/navigate'
import { switchLocale } from './actions/locale'
import { FlagsPageModel } from './pages/flags-page'
import { Shell } from './pages/shell'
import { useApp } from './support/app'
import { fixtureFile, screenshot } from './support/browser'
import type { Api } from './support/api'
import { otherLanguageText } from './support/screen-checks'
import { waitUntil } from './support/wait'

const SCHEME = '平时考核2025'
const PERIOD = '2025-Q1'
const app = useApp()
let page: Page
let call: Api
beforeAll(() => {
  page = app.page
  call = app.api
})

/** The panel's bar and help line: what this task wrote, without the grid. */
async function panelText(): Promise<string> {
  const bar = await page.getByTestId('flags-panel').locator('.filter-bar, .field-help').allTextContents()
  return bar.join(' ')
}

/** Switches the language (the window is drawn again) and comes back to 交叉核查 of the period. */
async function toLocale(locale: 'zh-CN' | 'en'): Promise<void> {
  await switchLocale(page, async () => (await new Shell(page).nav('period').textContent()) ?? '', t('nav.period', undefined, locale))
  await goTo(page, 'ratings')
  await choosePeriod(page, PERIOD)
  await new FlagsPageModel(page).tab.click()
  await page.getByTestId('flags-panel').waitFor()
}

describe('评分 → 交叉核查: before the first run it says so and offers the run, not "共 0 条"', () => {
  let flags: FlagsPageModel

  it('an open period with ratings, never checked', async () => {
    await page.setViewportSize({ width: 1366, height: 768 })
    await call('roster-import', { file: await fixtureFile('roster.xlsx') })
    await call('scheme-import', { file: await fixtureFile('scheme.xlsx'), name: SCHEME })
    await call('period-create', { id: PERIOD, kind: 'quarter', scheme: SCHEME })
    await call('period-open', { id: PERIOD })
    await call('ratings-import', { period: PERIOD, file: await fixtureFile('ratings-2025-Q1.xlsx') })
    await page.reload()
    await new Shell(page).nav('ratings').waitFor()
    await goTo(page, 'ratings')
    await choosePeriod(page, PERIOD)
    flags = new FlagsPageModel(page)
    await flags.tab.click()
    await page.getByTestId('flags-not-run').waitFor()
    expect(await page.getByTestId('flags-not-run').textContent()).toBe(t('ui.flags.notRun'))
    expect(await flags.count.count()).toBe(0)
    expect(await flags.run.textContent()).toBe(t('ui.flags.runFirst'))
    // the panel's own words; AG Grid's built-in English labels (Filter Input, Page Size) are a separate task of issue 16
    expect(await otherLanguageText(page, 'zh-CN')).not.toContainEqual(expect.stringMatching(/check|Run/))
    expect(await panelText()).not.toMatch(/[A-Za-z]{3,}/)
    await screenshot(page, '160-flags-not-run')
  })

  it('in English', async () => {
    await toLocale('en')
    expect(await page.getByTestId('flags-not-run').textContent()).toBe(t('ui.flags.notRun', undefined, 'en'))
    expect(await flags.run.textContent()).toBe(t('ui.flags.runFirst', undefined, 'en'))
    expect(await panelText()).not.toMatch(/[\u4e00-\u9fff]/)
    await screenshot(page, '161-flags-not-run-en')
    await toLocale('zh-CN')
  })

  it('after the run: the count, and when and by whom it ran', async () => {
    await flags.run.click()
    await waitUntil(async () => (await flags.count.count()) > 0, 20_000, 'the count after the run')
    expect(await page.getByTestId('flags-not-run').count()).toBe(0)
    const n = (await call('flags-list', { period: PERIOD })).length
    expect(Number(await flags.count.getAttribute('data-count'))).toBe(n)
    expect(await flags.count.textContent()).toContain(t('ui.flags.count', { n, open: n }))
    expect(await flags.run.textContent()).toBe(t('ui.flags.run'))
    await screenshot(page, '162-flags-after-run')
  })
})
