import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { t } from '../../shared/i18n'
import { exportAllSheets, sheetPeople } from './actions/result-sheets'
import { openResults } from './actions/results'
import { ResultsPageModel } from './pages/results-page'
import { Shell } from './pages/shell'
import { useApp } from './support/app'
import { fixtureFile, screenshot } from './support/browser'
import type { Api } from './support/api'
import { waitUntil } from './support/wait'

const app = useApp()
let page: Page
let call: Api
beforeAll(() => {
  page = app.page
  call = app.api
})

const SCHEME = '平时考核2025'
const PERIOD = '2025-Q1'
/** a department of the 2025-Q1 sample */
const DEPARTMENT = '便民服务中心'


/** Closes the notes so a screenshot shows the screen itself. */
async function quiet(): Promise<void> {
  const close = page.getByTestId('status-area').locator('.toast-success button, .toast-info button')
  while ((await close.count()) > 0) await close.first().click()
}

describe('结果: 导出全部结果单 — everyone’s 个人考核结果单, or the filtered department’s', () => {
  let results: ResultsPageModel
  let rows: { staffNo: string; department: string }[]

  it('seeds the 2025-Q1 sample through the bridge and computes it', async () => {
    await call('roster-import', { file: await fixtureFile('roster.xlsx') })
    await call('scheme-import', { file: await fixtureFile('scheme.xlsx'), name: SCHEME })
    await call('period-create', { id: PERIOD, kind: 'quarter', scheme: SCHEME })
    await call('period-open', { id: PERIOD })
    await call('ratings-import', { period: PERIOD, file: await fixtureFile('ratings-2025-Q1.xlsx') })
    rows = (await call('results-compute', { period: PERIOD })).rows
    expect(rows).toHaveLength(37)
    await page.reload()
    await new Shell(page).nav('results').waitFor()
    results = await openResults(page, PERIOD, 'S006')
  })

  it('shows progress and a cancel button while it runs; cancel stops it and nothing downloads', async () => {
    // held at the network, so the running state stays on screen long enough to look at
    let release: () => void = () => undefined
    await page.route('**/rpc/results-explain-export-all*', (route) => new Promise<void>((resolve) => (release = () => void route.abort().then(resolve, resolve))))
    const downloads: string[] = []
    page.on('download', (d) => downloads.push(d.suggestedFilename()))
    await results.exportAllSheets.click()
    await results.exportAllProgress.waitFor()
    expect(await results.exportAllSheets.isDisabled()).toBe(true)
    await screenshot(page, '72-result-sheets-running')
    await results.exportAllCancel.click()
    await results.exportAllProgress.waitFor({ state: 'detached' })
    await waitUntil(() => results.exportAllSheets.isEnabled(), 5_000, 'the button enabled again')
    expect(await page.getByTestId('status-area').textContent()).toContain(t('error.cancelled'))
    release()
    await page.unroute('**/rpc/results-explain-export-all*')
    expect(downloads).toEqual([])
  })

  it('downloads one workbook of everyone: a sheet per department, each with its people in the results’ order', async () => {
    await quiet()
    expect(await results.exportAllSheets.getAttribute('data-department')).toBe('')
    const download = await exportAllSheets(results)
    // no unit name set in this database: 本单位 stands in, in the one pattern 单位-周期-内容.xlsx
    expect(download.suggestedFilename()).toBe(`本单位-2025年第一季度-${t('exportName.explainAll')}.xlsx`)
    const sheets = await sheetPeople(download)
    const departments = [...new Set(rows.map((r) => r.department))]
    expect(sheets.map((s) => s.name).sort()).toEqual([...departments].sort())
    for (const s of sheets) expect(s.staffNos, s.name).toEqual(rows.filter((r) => r.department === s.name).map((r) => r.staffNo))
    expect(sheets.reduce((n, s) => n + s.staffNos.length, 0)).toBe(37)
    await screenshot(page, '73-result-sheets-exported')
    expect(app.browser.pageErrors).toEqual([])
  })

  it('with the grid filtered to a department, exports that department only and says so on the button', async () => {
    await quiet()
    await results.department.selectOption(DEPARTMENT)
    await waitUntil(async () => (await results.exportAllSheets.getAttribute('data-department')) === DEPARTMENT, 5_000, 'the button to follow the filter')
    expect(await results.exportAllSheets.textContent()).toBe(t('ui.explain.exportAllOf', { department: DEPARTMENT }))
    const download = await exportAllSheets(results)
    expect(download.suggestedFilename()).toBe(`本单位-2025年第一季度-${t('exportName.explainOf', { department: DEPARTMENT })}.xlsx`)
    const sheets = await sheetPeople(download)
    expect(sheets).toEqual([{ name: DEPARTMENT, staffNos: rows.filter((r) => r.department === DEPARTMENT).map((r) => r.staffNo) }])
    await screenshot(page, '74-result-sheets-department')
    await results.department.selectOption('')
    expect(await results.exportAllSheets.textContent()).toBe(t('ui.explain.exportAll'))
    expect(app.browser.pageErrors).toEqual([])
  })
})
