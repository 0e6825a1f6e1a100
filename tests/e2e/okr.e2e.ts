import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { addKeyResult, addObjective, openProgress, saveProgress } from './actions/okr'
import { confirmImport, previewImport } from './actions/imports'
import { goTo } from './actions/navigate'
import { importRoster } from './actions/roster'
import { LaggingTileModel, OkrPageModel } from './pages/okr-page'
import { useApp } from './support/app'
import { cleanShot, fixture, screenshot } from './support/browser'
import { waitUntil } from './support/wait'

const dir = mkdtempSync(path.join(tmpdir(), 'kaohe-okr-'))

/** A date `offset` days from today on this machine, as the page and the backend both count it. */
function day(offset: number): string {
  const d = new Date()
  d.setDate(d.getDate() + offset)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}
// a window with today in its exact middle: 180 of 360 days gone, the time elapsed is 0.5 whatever the day
const START = day(-180)
const DUE = day(180)

const app = useApp()
let page: Page
let okr: OkrPageModel
let tile: LaggingTileModel
let objective = ''
let firms = ''
let farmers = ''

beforeAll(() => {
  page = app.page
  okr = new OkrPageModel(page)
  tile = new LaggingTileModel(page)
})


const attr = (rowId: string, name: string) => okr.lag(rowId).getAttribute(name)
const barValue = async (rowId: string) => Number(await okr.bar(rowId).getAttribute('data-value'))

describe('目标管理: objectives with key results, progress, the lag badge and the 概览 tile', () => {
  it('says plainly that there are no objectives yet, on 概览 and on 目标管理', async () => {
    await importRoster(page, fixture('roster.xlsx'))
    await goTo(page, 'dashboard')
    await tile.empty.waitFor()
    await goTo(page, 'okr')
    await okr.empty.waitFor()
  })

  it('adds a department objective with two key results; unreported, half-way through the window, both lag seriously', async () => {
    objective = await addObjective(page, { title: '建成2个特色产业村', owner: { department: '经济发展办公室' }, start: START, due: DUE })
    firms = await addKeyResult(page, objective, { title: '签约企业3家', unit: '家', baseline: 0, target: 3, weight: 40 })
    farmers = await addKeyResult(page, objective, { title: '培训农民500人', unit: '人', baseline: 100, target: 500, weight: 60 })
    await waitUntil(async () => (await okr.count.getAttribute('data-key-results')) === '2', 10_000, 'two key results')
    // nothing reported: 0 done against 50 % of the time gone, 50 points behind
    expect(await attr(firms, 'data-lag')).toBe('serious')
    expect(await attr(farmers, 'data-lag')).toBe('serious')
    expect(await okr.lag(objective).getAttribute('data-serious')).toBe('2')
  })

  it('records progress: 1 of 3 firms is 16.7 points behind (滞后), 140 farmers of 100 → 500 is 40 behind (严重滞后)', async () => {
    await openProgress(page, firms)
    expect(await okr.progressHistoryEmpty.count()).toBe(1)
    await saveProgress(page, firms, 1, '签约甲公司')
    await waitUntil(async () => (await attr(firms, 'data-lag')) === 'lagging', 10_000, '签约企业3家 lagging')
    expect(await barValue(firms)).toBeCloseTo(1 / 3, 9)
    expect(await okr.lag(firms).textContent()).toContain('16.7')

    await openProgress(page, farmers)
    await saveProgress(page, farmers, 140, '第一期培训')
    await waitUntil(async () => (await attr(farmers, 'data-lag')) === 'serious' && (await barValue(farmers)) > 0, 10_000, '培训农民500人 reported')
    // (140 − 100) / 400 = 0.1 done: 40 points behind
    expect(await barValue(farmers)).toBeCloseTo(0.1, 9)
    expect(await okr.lag(farmers).textContent()).toContain('40')
    // the objective: (1/3 × 40 + 0.1 × 60) / 100 = 0.1933, one key result lagging and one seriously
    expect(await barValue(objective)).toBeCloseTo((1 / 3) * 0.4 + 0.1 * 0.6, 9)
    expect([await attr(objective, 'data-lagging'), await attr(objective, 'data-serious')]).toEqual(['1', '1'])
    await cleanShot(page, '95-okr-grid')
  })

  it('概览 counts the lagging key results as of today, serious first, and leads to 目标管理', async () => {
    await goTo(page, 'dashboard')
    await waitUntil(async () => (await tile.root.getAttribute('data-loaded')) === 'true', 10_000, 'the lagging tile')
    expect([await tile.root.getAttribute('data-lagging'), await tile.root.getAttribute('data-serious'), await tile.root.getAttribute('data-objectives')]).toEqual(['1', '1', '1'])
    expect(await tile.items.count()).toBe(2)
    expect(await tile.items.nth(0).getAttribute('data-lag')).toBe('serious')
    expect(await tile.items.nth(1).getAttribute('data-lag')).toBe('lagging')
    await tile.root.scrollIntoViewIfNeeded()
    await cleanShot(page, '96-dashboard-okr')
    await tile.link.click()
    await okr.root.waitFor()
  })

  it('a second report shows in the history and puts 签约企业3家 back on track', async () => {
    await okr.rowByTitle('签约企业3家').waitFor()
    await openProgress(page, firms)
    expect(await okr.progressEntries.count()).toBe(1)
    await okr.progressField('value').fill('2')
    // a modal dialog is open: the notes behind it cannot be closed, and the dialog covers them anyway
    await screenshot(page, '97-okr-progress')
    await saveProgress(page, firms, 2, '签约乙公司')
    // 2 / 3 = 66.7 % done against 50 %: ahead
    await waitUntil(async () => (await attr(firms, 'data-lag')) === 'none', 10_000, '签约企业3家 on track')
    await openProgress(page, firms)
    expect(await okr.progressEntries.count()).toBe(2)
    await screenshot(page, '98-okr-progress-history')
    await okr.progressDialog.getByTestId('okr-progress-cancel').click()
    await okr.progressDialog.waitFor({ state: 'hidden' })
  })

  it('imports a person’s objective through the shared preview', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('目标')
    ws.addRow(['工号', '目标', '关键结果', '计量单位', '基线值', '目标值', '当前值', '开始日期', '截止日期'])
    ws.addRow(['S001', '公文办理提速', '平均办结天数降至3天', '天', 7, 3, 6, START, DUE])
    const file = path.join(dir, '目标与关键结果.xlsx')
    await wb.xlsx.writeFile(file)
    const dialog = await previewImport(page, okr.importFile, file)
    expect(await dialog.status.getAttribute('data-ok')).toBe('true')
    expect(await dialog.adds.textContent()).toBe('1')
    await confirmImport(dialog)
    await okr.rowByTitle('平均办结天数降至3天').waitFor()
    const kr = await okr.rowId('平均办结天数降至3天')
    // decreasing: (6 − 7) / (3 − 7) = 0.25 done against 0.5: 25 points behind
    expect(await attr(kr, 'data-lag')).toBe('lagging')
    expect(await barValue(kr)).toBeCloseTo(0.25, 9)
    await cleanShot(page, '99-okr-imported')
  })

  it('导出表格 writes the grid as shown: objectives, key results indented under them, the warning in words', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), okr.exportButton.click()])
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(readFileSync(await download.path()) as unknown as ExcelJS.Buffer)
    const cells: string[] = []
    wb.worksheets[0].eachRow((row) => row.eachCell((c) => cells.push(String(c.value))))
    // key results indented under their objective (one full-width space), as the tree draws them
    expect(cells).toEqual(expect.arrayContaining(['建成2个特色产业村', '\u3000签约企业3家', '\u3000培训农民500人', '公文办理提速', '\u3000平均办结天数降至3天', '严重滞后（落后 40 点）', '滞后（落后 25 点）']))
  })

  it('removes a key result after a confirmation, and with it its reports', async () => {
    await okr.action('remove', farmers).click()
    await okr.removeDialog.waitFor()
    await okr.removeReason.fill('并入培训计划')
    await okr.removeConfirm.click()
    await okr.removeDialog.waitFor({ state: 'hidden' })
    await waitUntil(async () => (await okr.grid.row(farmers).count()) === 0, 10_000, '培训农民500人 gone')
    expect(await okr.count.getAttribute('data-key-results')).toBe('2')
    expect(app.browser.pageErrors).toEqual([])
  })
})
