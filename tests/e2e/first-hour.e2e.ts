import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { t, type Locale } from '../../shared/i18n'
import { signInAs, testAccountNames, testPasswords } from '../support/accounts'
import { confirmImport, previewImport } from './actions/imports'
import { choosePeriod, goTo } from './actions/navigate'
import { createPeriod } from './actions/period'
import { computeResults, openExplanation, openResults } from './actions/results'
import { previewSchemeImport } from './actions/scheme'
import { signInThroughForm } from './actions/sign-in'
import { switchLocale } from './actions/locale'
import { ImportDialogModel } from './pages/import-dialog'
import { OrgPageModel } from './pages/org-page'
import { ReportPageModel } from './pages/report-page'
import { Shell, type Screen } from './pages/shell'
import { bridge, httpCaller, type Api } from './support/api'
import { cleanShot, fixture, openBrowser, type E2eBrowser } from './support/browser'
import { cutGrids, otherLanguageText } from './support/screen-checks'
import { startServer, type E2eServer } from './support/server'
import { waitUntil } from './support/wait'

const UNIT = '示例镇人民政府'
const PERIOD = '2025-Q1'
const SCHEME = '平时考核2025'

/**
 * A clerk's first hour at 1366×768, through the UI only: an empty database, the sign-in landing on
 * 概览's checklist, each step from its link (unit name, roster, scheme, period, ratings and
 * satisfaction, compute), the results and an explanation, the report exported and read back. The
 * accounts are made beforehand through the API as the 系统管理员 and 安全保密管理员 would
 * (first-launch.e2e.ts walks those screens). At every screen: no key column cut, no text of the other
 * language — collected softly so one run lists every screen that fails, each with a screenshot.
 */
function walk(lang: Locale, shots: string[]) {
  describe(`the first hour, ${lang}`, () => {
    let server: E2eServer
    let browser: E2eBrowser
    let page: Page
    let clerk: Api
    let shot = 0
    const tr = (key: Parameters<typeof t>[0], params?: Parameters<typeof t>[1]) => t(key, params, lang)

    beforeAll(async () => {
      server = await startServer()
      const caller = httpCaller(server)
      clerk = bridge({ caller, credential: await signInAs(caller, 'clerk') })
      browser = await openBrowser()
      page = browser.page
      await page.setViewportSize({ width: 1366, height: 768 })
      await page.goto(server.openUrl)
    })
    afterAll(async () => {
      await browser?.close()
      await server?.stop()
    })

    /** the screen checked and photographed: its name says which step of the walk it is */
    async function look(name: string): Promise<void> {
      await cleanShot(page, `${shots[shot++]}-first-hour-${lang}-${name}`)
      const cut = await cutGrids(page)
      const other = await otherLanguageText(page, lang)
      // the whole list in the log: the soft assertion's message shortens it
      if (cut.length + other.length > 0) console.log(`[first-hour ${lang}] ${name}\n  cut: ${JSON.stringify(cut)}\n  other language: ${JSON.stringify(other)}`)
      expect.soft(cut, `${name}: key columns cut`).toEqual([])
      expect.soft(other, `${name}: text of the other language`).toEqual([])
    }

    async function follow(step: string, screen: Screen): Promise<void> {
      await goTo(page, 'dashboard')
      await page.getByTestId(`checklist-go-${step}`).click()
      await new Shell(page).screen(screen).waitFor()
    }

    async function stepDone(step: string): Promise<void> {
      await goTo(page, 'dashboard')
      // the last step done folds the whole checklist away
      const ticked = async () => (await page.getByTestId('checklist-folded').count()) > 0 || (await page.locator(`[data-testid="checklist-${step}"][data-done="true"]`).count()) > 0
      await waitUntil(ticked, 20_000, `${step} ticked`)
    }

    it('signs in on an empty database and lands on 概览 with the checklist', async () => {
      await signInThroughForm(page, testAccountNames.clerk, testPasswords.working)
      if (lang === 'en') await switchLocale(page, async () => (await new Shell(page).nav('dashboard').textContent()) ?? '', t('nav.dashboard', undefined, 'en'))
      await page.getByTestId('page-dashboard').waitFor()
      expect(page.url()).toMatch(/#\/dashboard$|\/$|#$/)
      await page.getByTestId('checklist').waitFor()
      expect(await page.getByTestId('checklist').getAttribute('data-next')).toBe('unit')
      await waitUntil(async () => (await page.getByTestId('dashboard-empty').textContent()) === tr('ui.dashboard.noPeriod'), 10_000, 'the empty text says what comes before a period')
      await look('checklist')
    })

    it('practises on the 示例数据 first: its own file, marked on every screen, and back to the empty real data', async () => {
      await page.getByTestId('checklist-demo').click()
      await page.getByTestId('demo-banner').waitFor({ timeout: 120_000 })
      await page.getByTestId('dashboard').waitFor()
      await page.getByTestId('checklist-folded').waitFor()
      await look('demo-dashboard')
      await goTo(page, 'results')
      await page.getByTestId('demo-banner').waitFor()
      await page.getByTestId('results-grid').locator('.ag-row').first().waitFor()
      await page.getByTestId('demo-back').click()
      await page.getByTestId('checklist').waitFor({ timeout: 60_000 })
      expect(await page.getByTestId('demo-banner').count()).toBe(0)
      expect(await page.getByTestId('checklist').getAttribute('data-next')).toBe('unit')
      expect(await clerk('unit-get', {})).toMatchObject({ name: '' })
      expect(await clerk('period-list', {})).toEqual([])
    })

    it('names the unit in 设置', async () => {
      await follow('unit', 'settings')
      await page.getByTestId('unit-name').fill(UNIT)
      await page.getByTestId('unit-save').click()
      await waitUntil(async () => (await clerk('unit-get', {})).name === UNIT, 10_000, 'the unit saved')
      await look('settings')
      await stepDone('unit')
    })

    it('imports the roster', async () => {
      await follow('roster', 'org')
      const dialog = await previewImport(page, new OrgPageModel(page).importFile, fixture('roster.xlsx'))
      await look('roster-preview')
      await confirmImport(dialog)
      await look('org')
      await stepDone('roster')
    })

    it('imports the scheme', async () => {
      await follow('scheme', 'scheme')
      const dialog = await previewSchemeImport(page, SCHEME, fixture('scheme.xlsx'))
      await confirmImport(dialog)
      await page.getByTestId('indicator-grid').locator('.ag-row').first().waitFor()
      await look('scheme')
      await stepDone('scheme')
    })

    it('creates the period', async () => {
      await follow('period', 'period')
      await createPeriod(page, { id: PERIOD, kind: 'quarter', scheme: SCHEME })
      await look('period')
      await stepDone('period')
    })

    it('imports the ratings and the citizen satisfaction', async () => {
      await follow('ratings', 'ratings')
      for (const [kind, file] of [
        ['ratings', 'ratings-2025-Q1.xlsx'],
        ['satisfaction', 'satisfaction-2025-Q1.gbk.csv'],
      ] as const) {
        await choosePeriod(page, PERIOD)
        await page.getByTestId('ratings-tab-imports').click()
        await page.getByTestId('inputs-import-open').click()
        const dialog = new ImportDialogModel(page)
        await dialog.root.waitFor()
        // the one import dialog: the file first, then the options of the kind in the preview
        await dialog.root.getByTestId('input-file').setInputFiles(fixture(file))
        await dialog.root.getByTestId('input-kind').selectOption(kind)
        await dialog.status.or(dialog.error).waitFor({ timeout: 60_000 })
        if (kind === 'ratings') await look('ratings-preview')
        await confirmImport(dialog)
      }
      await look('ratings')
      await stepDone('ratings')
    })

    it('computes, reads the results and one explanation', async () => {
      await follow('compute', 'results')
      await computeResults(page, PERIOD)
      const results = await openResults(page, PERIOD, 'S001')
      await look('results')
      await openExplanation(results, 'S001')
      await look('explanation')
      await stepDone('compute')
    })

    it('exports the report, which carries the unit name', async () => {
      await goTo(page, 'report')
      await choosePeriod(page, PERIOD)
      const reports = new ReportPageModel(page)
      await look('report')
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), reports.exportReport.click()])
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.readFile(await download.path())
      const texts: string[] = []
      workbook.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.text ?? '')))))
      expect(texts.some((s) => s.includes(UNIT))).toBe(true)
      expect.soft(download.suggestedFilename(), 'the file is named after the unit').toContain(UNIT)
    })

    it('概览 folds the finished checklist away, with a way to show it again', async () => {
      await goTo(page, 'dashboard')
      await page.getByTestId('checklist-folded').waitFor()
      await page.getByTestId('dashboard').waitFor()
      await look('dashboard-done')
      await page.getByTestId('checklist-show').click()
      await page.getByTestId('checklist').waitFor()
      expect(await page.getByTestId('checklist').locator('[data-done="true"]').count()).toBe(6)
    })
  })
}

walk('zh-CN', ['150', '151', '152', '153', '154', '155', '156', '157', '158', '159', '180', '181', '182'])
walk('en', ['170', '171', '172', '173', '174', '175', '176', '177', '178', '179', '185', '186', '187'])
