import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { confirmImport } from './actions/imports'
import { setupOpenPeriod } from './actions/period'
import { previewRatingsImport } from './actions/ratings'
import { computeResults, fillExemption, fillOverride, openExplanation, openResults, selectPerson } from './actions/results'
import { moveToReview } from './actions/stages'
import { ResultsPageModel } from './pages/results-page'
import { Shell } from './pages/shell'
import { fixture, screenshot } from './support/browser'
import { useApp } from './support/app'
import { waitUntil } from './support/wait'

const SCHEME = '平时考核2025'
const PERIOD = '2025-Q1'
const app = useApp()
let page: Page
beforeAll(() => {
  page = app.page
})

interface Row {
  staffNo: string
  total: number | null
  grade: string
  proposedGrade: string
  flags: { kind: string }[]
  exempted: string[]
}

/** A method's answer through the bridge, as the CLI would read it: what the screen must agree with. */
const resultRows = async (): Promise<{ rows: Row[]; goodQuota: number; graded: number }> => await app.api('results-list', { period: PERIOD })
const periodStatus = async () => (await app.api('period-list', {})).find((p) => p.id === PERIOD)?.status

/** Waits until the toasts have faded, so a screenshot shows the screen itself. */
async function quiet(): Promise<void> {
  await waitUntil(async () => (await new Shell(page).successToasts.count()) === 0, 15_000, 'messages faded')
}

describe('结果: flags, the explanation, 改定等次 and 容错免责', () => {
  it('seeds 2025-Q1 through the screens and computes it', async () => {
    await setupOpenPeriod(page, PERIOD, SCHEME, { roster: fixture('roster.xlsx'), scheme: fixture('scheme.xlsx') })
    const ratings = await previewRatingsImport(page, PERIOD, fixture('ratings-2025-Q1.xlsx'))
    expect(await ratings.status.getAttribute('data-ok')).toBe('true')
    await confirmImport(ratings)
    const results = await computeResults(page, PERIOD)
    await results.grid.row('S006').waitFor()
    expect(await results.grid.cell('S006', 'total').textContent()).toBe('99.28')

    const listed = await resultRows()
    expect(await results.quota.getAttribute('data-quota')).toBe(String(listed.goodQuota))
    expect(await results.quota.getAttribute('data-graded')).toBe(String(listed.graded))

    // only those with a flag: as many as the backend flags
    const flagged = listed.rows.filter((r) => r.flags.length > 0 || r.exempted.length > 0)
    expect(flagged.length).toBeGreaterThan(0)
    await results.flaggedOnly.check()
    await waitUntil(async () => (await results.count.getAttribute('data-count')) === String(flagged.length), 10_000, 'only the flagged rows')
    const s004 = flagged.find((r) => r.flags.some((f) => f.kind === 'undetermined'))!
    expect(await results.flag(s004.staffNo, 'undetermined').getAttribute('title')).toBeTruthy()
    await quiet()
    await screenshot(page, '60-results-flagged')
    await results.flaggedOnly.uncheck()
    await waitUntil(async () => (await results.count.getAttribute('data-count')) === String(listed.rows.length), 10_000, 'every row again')
  })

  it('while the period is open, the override is off and says why', async () => {
    const results = new ResultsPageModel(page)
    await selectPerson(results, 'S011')
    expect(await results.overrideOpen.isDisabled()).toBe(true)
    expect(await results.overrideOpen.getAttribute('title')).toBeTruthy()
    expect(await results.exemptOpen.isEnabled()).toBe(true)
  })

  it('explains S006: total, rank, indicators and contributions adding up', async () => {
    const results = new ResultsPageModel(page)
    const panel = await openExplanation(results, 'S006')
    expect(await panel.total.textContent()).toBe('99.28')
    expect(await panel.rank.getAttribute('data-rank')).toBe('1')
    const explained = await app.api('results-explain', { period: PERIOD, staffNo: 'S006' })
    expect(await panel.indicatorRows.count()).toBe(explained.indicators.length)
    for (const i of explained.indicators) expect(await panel.indicator(i.code).count(), i.code).toBe(1)

    // the dimensions' points add up to the weighted total shown (each rounded to the cent)
    const dims = panel.dimensionRows
    const n = await dims.count()
    expect(n).toBe(5)
    let sum = 0
    for (let k = 0; k < n; k++) {
      const code = (await dims.nth(k).getAttribute('data-testid'))!.replace('explain-indicator-', '')
      sum += Number(await panel.contribution(code).textContent())
    }
    const weighted = Number(await panel.weightedTotal.textContent())
    expect(Math.abs(sum - weighted)).toBeLessThanOrEqual(0.005 * n + 1e-9)

    await panel.toggle('D1').click()
    await panel.ratings('D1').waitFor()
    expect(await panel.ratings('D1').locator('[data-trimmed="true"]').count()).toBeGreaterThan(0)
    expect(await panel.dimensions.count()).toBe(5)
    await quiet()
    await screenshot(page, '60-results-explain')
    await panel.root.locator('.explain-body').evaluate((el) => el.scrollTo(0, el.scrollHeight))
    await screenshot(page, '60-results-explain-lower')
  })

  it('exports the 个人考核结果单 and it reads back', async () => {
    const results = new ResultsPageModel(page)
    const panel = await openExplanation(results, 'S006')
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), panel.export.click()])
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    const file = await download.path()
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(file)
    expect(book.worksheets.length).toBeGreaterThan(0)
    const sheet = book.worksheets[0]
    expect(sheet.rowCount).toBeGreaterThan(5)
    const texts: string[] = []
    sheet.eachRow((row) => row.eachCell((c) => texts.push(String(c.text))))
    expect(texts.some((s) => s.includes('S006'))).toBe(true)
    expect(texts.some((s) => s.includes('99.28'))).toBe(true)
    await panel.close.click()
  })

  it('moves the period to review through 环节进度', async () => {
    await moveToReview(page, PERIOD)
    expect(await periodStatus()).toBe('review')
  })

  it('overrides a grade with a reason: the row says 改定 and keeps the proposal', async () => {
    const results = await openResults(page, PERIOD, 'S006')
    const before = (await resultRows()).rows.find((r) => r.staffNo === 'S011')!
    expect(before.grade).toBe('较好')
    const dialog = await fillOverride(results, 'S011', '好', '牵头完成重点项目申报，考核委员会研究决定改定。')
    expect(await dialog.proposal.getAttribute('data-grade')).toBe('较好')
    await quiet()
    await screenshot(page, '60-results-override-dialog')
    await dialog.save.click()
    await dialog.root.waitFor({ state: 'hidden' })
    await waitUntil(async () => (await results.grid.cell('S011', 'grade').textContent()) === '好', 10_000, 'the decided grade shown')
    await results.flag('S011', 'override').waitFor()
    expect(await results.grid.cell('S011', 'proposed').textContent()).toBe('较好')
    expect(await results.overrideRemove.isEnabled()).toBe(true)
    const after = (await resultRows()).rows.find((r) => r.staffNo === 'S011')!
    expect(after).toMatchObject({ grade: '好', proposedGrade: '较好' })
    await quiet()
    await screenshot(page, '60-results-overridden')
  })

  it('exempts an indicator: the period is recomputed and the row shows the new total and 免责', async () => {
    const results = new ResultsPageModel(page)
    const before = (await resultRows()).rows.find((r) => r.staffNo === 'S002')!
    const dialog = await fillExemption(results, 'S002', 'J2', '经容错纠错评估，属于推进改革中的探索性失误，已及时纠正。', '符合容错免责情形，经考核委员会研究同意。')
    await screenshot(page, '60-results-exempt-dialog')
    await dialog.save.click()
    await dialog.root.waitFor({ state: 'hidden', timeout: 120_000 })
    const after = (await resultRows()).rows.find((r) => r.staffNo === 'S002')!
    expect(after.total).not.toBe(before.total)
    expect(after.exempted.length).toBe(1)
    await waitUntil(async () => (await results.grid.cell('S002', 'total').textContent()) === after.total!.toFixed(2), 20_000, 'the recomputed total shown')
    await results.flag('S002', 'exemption').waitFor()
    // the committee's override outlives the recomputation
    const s011 = (await resultRows()).rows.find((r) => r.staffNo === 'S011')!
    expect(s011.grade).toBe('好')

    const panel = await openExplanation(results, 'S002')
    expect(await panel.total.textContent()).toBe(after.total!.toFixed(2))
    expect(await panel.indicator('J2').getAttribute('data-exempted')).toBe('true')
    await quiet()
    await screenshot(page, '60-results-exempted')

  })

  it('lists the exemption and removes it: the total goes back', async () => {
    const results = new ResultsPageModel(page)
    const exemptedTotal = (await resultRows()).rows.find((r) => r.staffNo === 'S002')!.total!
    await results.exemptionsOpen.click()
    const list = page.getByTestId('exemptions-dialog')
    const row = list.locator('[data-testid^="exemption-row-"][data-staff="S002"]')
    await row.waitFor()
    expect(await row.getAttribute('data-indicator')).toBe('J2')
    await row.locator('[data-testid^="exemption-remove-"]').click()
    await list.getByTestId('exemption-remove-reason').fill('复核发现该失误不属于容错情形，撤销免责。')
    await screenshot(page, '60-results-exemptions-list')
    await list.getByTestId('exemption-remove-confirm').click()
    await row.waitFor({ state: 'detached', timeout: 120_000 })
    await list.getByRole('button', { name: /./ }).first().click()
    await list.waitFor({ state: 'hidden' })
    const after = (await resultRows()).rows.find((r) => r.staffNo === 'S002')!
    expect(after.exempted).toEqual([])
    expect(after.total).not.toBe(exemptedTotal)
    await waitUntil(async () => (await results.grid.cell('S002', 'total').textContent()) === after.total!.toFixed(2), 20_000, 'the total without the exemption')
    expect(await results.flag('S002', 'exemption').count()).toBe(0)
  })

  it('removes the override with a reason: back to the proposal', async () => {
    const results = new ResultsPageModel(page)
    await selectPerson(results, 'S011')
    await results.overrideRemove.click()
    const dialog = page.getByTestId('override-remove-dialog')
    await dialog.getByTestId('override-remove-reason').fill('考核委员会复议，维持系统建议等次。')
    await dialog.getByTestId('override-remove-confirm').click()
    await dialog.waitFor({ state: 'hidden' })
    await waitUntil(async () => (await results.grid.cell('S011', 'grade').textContent()) === '较好', 10_000, 'the proposed grade back')
    expect(await results.flag('S011', 'override').count()).toBe(0)
    expect((await resultRows()).rows.find((r) => r.staffNo === 'S011')).toMatchObject({ grade: '较好', proposedGrade: '较好' })
  })

  it('reads in English too', async () => {
    await page.getByTestId('locale-switch').click()
    const results = await openResults(page, PERIOD, 'S006')
    await openExplanation(results, 'S004')
    await screenshot(page, '60-results-explain-en')
    await page.getByTestId('locale-switch').click()
  })

  it('shows no page errors', () => {
    expect(app.browser.pageErrors).toEqual([])
  })
})
