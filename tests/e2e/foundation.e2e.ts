import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { t } from '../../shared/i18n'
import { cancelImport, confirmImport, previewImport } from './actions/imports'
import { choosePeriod, goTo } from './actions/navigate'
import { createPeriod } from './actions/period'
import { previewRatingsImport } from './actions/ratings'
import { computeResults } from './actions/results'
import { editWeight, openScheme, previewSchemeImport } from './actions/scheme'
import { OrgPageModel } from './pages/org-page'
import { ReportPageModel } from './pages/report-page'
import { ResultsPageModel } from './pages/results-page'
import { RatingsPageModel } from './pages/ratings-page'
import { SettingsPageModel } from './pages/settings-page'
import { Shell } from './pages/shell'
import { fixture, screenshot } from './support/browser'
import { useApp } from './support/app'
import { waitUntil } from './support/wait'

interface Expected {
  meta: { n: number; quota: number }
  results: { staffNo: string; name: string; department: string; total: number | null; grade: string; rank?: number }[]
}
const expected = JSON.parse(readFileSync(fixture('expected-2025-Q1.json'), 'utf8')) as Expected
const SCHEME = '平时考核2025'

const app = useApp()
let page: Page
beforeAll(() => {
  page = app.page
})

describe('foundation: roster → scheme → period → ratings → results', () => {
  it('opens with the token taken out of the address bar and shows the current user', async () => {
    expect(page.url()).not.toContain('token=')
    const shell = new Shell(page)
    // signed in through the form as the clerk: the header names the account and its role
    expect(await shell.currentUser.textContent()).toContain(app.account)
    expect(await shell.currentUser.textContent()).toContain(t('role.clerk'))
    await screenshot(page, '00-empty-org')
    // every screen stands up on an empty database, with its empty state instead of an error
    for (const screen of ['scheme', 'period', 'ratings', 'results', 'report', 'settings'] as const) {
      await goTo(page, screen)
      await page.waitForTimeout(200)
      expect(await page.getByTestId('load-error').count(), screen).toBe(0)
    }
    await goTo(page, 'results')
    await page.getByTestId('results-no-period').waitFor()
    await screenshot(page, '00-empty-results')
  })

  it('imports the roster through the preview and shows 37 people', async () => {
    await goTo(page, 'org')
    const org = new OrgPageModel(page)
    const dialog = await previewImport(page, org.importFile, fixture('roster.xlsx'))
    expect(await dialog.status.getAttribute('data-ok')).toBe('true')
    expect(await dialog.adds.textContent()).toBe('37')
    expect(await dialog.dataRows.textContent()).toBe('37')
    expect(await dialog.confirm.isEnabled()).toBe(true)
    await screenshot(page, '01-roster-preview')
    await confirmImport(dialog)

    await waitUntil(async () => (await org.count.getAttribute('data-count')) === '37', 20_000, '37 rows displayed')
    expect(await org.count.getAttribute('data-total')).toBe('37')
    await org.grid.row('S001').waitFor()
    expect(await org.grid.cell('S001', 'name').textContent()).toBe('罗强洋')
    expect(await org.grid.cell('S001', 'department').textContent()).toBe('党政办公室')
    await screenshot(page, '02-org-roster')

    // the quick search narrows the displayed rows
    await org.search.fill('财政所')
    await waitUntil(async () => (await org.count.getAttribute('data-count')) === '7', 10_000, 'the search to show 7 people')
    await org.search.fill('')
    // choosing a department in the tree filters to it
    await org.department('便民服务中心').click()
    await waitUntil(async () => (await org.count.getAttribute('data-count')) === '6', 10_000, 'the department filter to show 6 people')
    await screenshot(page, '03-org-department')
    await page.getByTestId('org-node-all').click()
    await waitUntil(async () => (await org.count.getAttribute('data-count')) === '37', 10_000, 'all 37 again')
  })

  it('imports the scheme, and a weight edit that breaks a parent sum turns it red', async () => {
    const dialog = await previewSchemeImport(page, SCHEME, fixture('scheme.xlsx'))
    expect(await dialog.status.getAttribute('data-ok')).toBe('true')
    await screenshot(page, '04-scheme-preview')
    await confirmImport(dialog)

    const scheme = await openScheme(page, SCHEME)
    await scheme.weightSum('D').waitFor()
    expect(await scheme.weightSum('D').getAttribute('data-state')).toBe('ok')
    expect(await scheme.weightSum('ROOT').getAttribute('data-state')).toBe('ok')
    await screenshot(page, '05-scheme-tree')

    await editWeight(scheme, 'D1', '40')
    await waitUntil(async () => (await scheme.weightSum('D').getAttribute('data-state')) === 'bad', 10_000, 'weight-sum-D to turn bad')
    expect(await scheme.weightCell('D1').textContent()).toBe('40')
    expect(await scheme.weightSum('ROOT').getAttribute('data-state')).toBe('ok')
    expect(await scheme.weightSum('N').getAttribute('data-state')).toBe('ok')
    await screenshot(page, '06-scheme-weight-bad')

    // a typo is refused in the page and the stored value stays
    await editWeight(scheme, 'D1', '四十')
    await new Shell(page).errorToasts.first().waitFor()
    expect(await scheme.weightCell('D1').textContent()).toBe('40')
    await page.getByTestId('toast-error').getByRole('button').first().click()

    // back to 50 % so the computation below uses the scheme as the fixture defines it
    await editWeight(scheme, 'D1', '50')
    await waitUntil(async () => (await scheme.weightSum('D').getAttribute('data-state')) === 'ok', 10_000, 'weight-sum-D ok again')

    // collapsing a dimension hides its indicators
    await scheme.toggle('D').click()
    await scheme.grid.row('D1').waitFor({ state: 'detached' })
    await scheme.toggle('D').click()
    await scheme.grid.row('D1').waitFor()
  })

  it('creates 2025-Q1, imports its ratings and computes S006 first with 99.28 and 好', async () => {
    const periods = await createPeriod(page, { id: '2025-Q1', kind: 'quarter', scheme: SCHEME })
    // a second period with the same id is refused in the form
    await periods.id.fill('2025-Q1')
    await periods.create.click()
    await periods.idError.waitFor()
    await periods.id.fill('2025-Q5')
    await periods.idError.waitFor()
    await screenshot(page, '07-periods')
    await periods.id.fill('')

    // a name already taken is said at once beside the name
    const again = await openScheme(page, SCHEME)
    await again.importOpen.click()
    await again.importFile.setInputFiles(fixture('scheme.xlsx'))
    await again.importName.fill(SCHEME)
    await page.getByTestId('scheme-import-name-error').waitFor()
    await screenshot(page, '08-scheme-name-taken')
    await page.getByTestId('import-cancel').click()

    // a workbook with errors is previewed with its problems, and cannot be confirmed
    const bad = await previewRatingsImport(page, '2025-Q1', fixture('ratings-bad.xlsx'))
    if (await bad.status.isVisible()) {
      expect(await bad.status.getAttribute('data-ok')).toBe('false')
      expect(await bad.problemRows.count()).toBeGreaterThan(0)
    } else {
      await bad.error.waitFor()
    }
    expect(await bad.confirm.isDisabled()).toBe(true)
    await screenshot(page, '09-ratings-bad-preview')
    await cancelImport(bad)

    const good = await previewRatingsImport(page, '2025-Q1', fixture('ratings-2025-Q1.xlsx'))
    expect(await good.status.getAttribute('data-ok')).toBe('true')
    await screenshot(page, '10-ratings-preview')
    await confirmImport(good)
    const ratings = new RatingsPageModel(page)
    await ratings.grid.rows.first().waitFor()
    await screenshot(page, '11-ratings-summary')

    const results = await computeResults(page, '2025-Q1')
    const s006 = expected.results.find((r) => r.staffNo === 'S006')!
    expect(s006).toMatchObject({ rank: 1, total: 99.28, grade: '好' })
    await results.grid.row('S006').waitFor()
    expect(await results.grid.cell('S006', 'rank').textContent()).toBe('1')
    expect(await results.grid.cell('S006', 'total').textContent()).toBe('99.28')
    expect(await results.grid.cell('S006', 'grade').textContent()).toBe('好')
    await waitUntil(async () => (await results.count.getAttribute('data-count')) === String(expected.results.length), 10_000, 'every result row')
    // success messages fade by themselves; the picture is the README's, so wait for a clear screen
    await waitUntil(async () => (await new Shell(page).successToasts.count()) === 0, 15_000, 'messages faded')
    await screenshot(page, '12-results')

    // every row matches the fixture: search each person to bring the row into view
    for (const r of expected.results) {
      await results.search.fill(r.staffNo)
      await results.grid.row(r.staffNo).waitFor()
      expect(await results.grid.cell(r.staffNo, 'total').textContent(), r.staffNo).toBe(r.total === null ? '—' : r.total.toFixed(2))
      expect(await results.grid.cell(r.staffNo, 'grade').textContent(), r.staffNo).toBe(r.grade)
      if (r.rank !== undefined) expect(await results.grid.cell(r.staffNo, 'rank').textContent(), r.staffNo).toBe(String(r.rank))
    }
    await results.search.fill('')
    await results.department.selectOption('财政所')
    await waitUntil(async () => (await results.count.getAttribute('data-count')) === '7', 10_000, 'the department filter')
    await screenshot(page, '13-results-department')
    await results.department.selectOption('')
  })

  it('exports the period report and downloads a template', async () => {
    await goTo(page, 'report')
    await choosePeriod(page, '2025-Q1')
    const reports = new ReportPageModel(page)
    await screenshot(page, '14-reports')
    const [report] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), reports.exportReport.click()])
    expect(report.suggestedFilename()).toMatch(/\.xlsx$/)
    const [template] = await Promise.all([page.waitForEvent('download'), reports.template('roster').click()])
    expect(template.suggestedFilename()).toMatch(/\.xlsx$/)
  })

  it('validates the rule settings; the audit log is not the clerk’s to read', async () => {
    await goTo(page, 'settings')
    const settings = new SettingsPageModel(page)
    await settings.weight('leader').waitFor()
    expect(await settings.weightsSum.getAttribute('data-state')).toBe('ok')
    await settings.weight('leader').fill('60')
    expect(await settings.weightsSum.getAttribute('data-state')).toBe('bad')
    expect(await settings.save.isDisabled()).toBe(true)
    await screenshot(page, '15-settings-invalid')
    await settings.reset.click()
    expect(await settings.weightsSum.getAttribute('data-state')).toBe('ok')
    await settings.systemInfo.getByTestId('system-version').waitFor()
    // 三员分立: the log is the 安全审计员's screen; the clerk's settings do not show it
    expect(await settings.auditCard.count()).toBe(0)
    await screenshot(page, '16-settings')
  })

  it('switches to English and back', async () => {
    const shell = new Shell(page)
    await page.getByTestId('locale-switch').click()
    await goTo(page, 'results')
    await choosePeriod(page, '2025-Q1')
    await new ResultsPageModel(page).grid.row('S006').waitFor()
    expect(await shell.nav('results').textContent()).toContain('Results')
    await screenshot(page, '17-results-en')
    await goTo(page, 'scheme')
    await page.getByTestId('weight-sum-ROOT').waitFor()
    await screenshot(page, '18-scheme-en')
    await page.getByTestId('locale-switch').click()
    // the screen redraws once the backend has been told the language: wait for it, as a person would
    await waitUntil(async () => ((await shell.nav('results').textContent()) ?? '').includes('结果'), 10_000, 'the menu back in Chinese')
    expect(await shell.nav('results').textContent()).toContain('结果')
  })

  it('shows no page errors', () => {
    expect(app.browser.pageErrors).toEqual([])
  })
})
