import { readFile } from 'node:fs/promises'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { choosePeriod, goTo } from './actions/navigate'
import { openExplanation, openResults } from './actions/results'
import { ChartsPageModel } from './pages/charts-page'
import { useApp } from './support/app'
import { cleanShot, fixtureFile } from './support/browser'
import type { Api } from './support/api'
import { waitUntil } from './support/wait'

const app = useApp()
let page: Page
let charts: ChartsPageModel
let call: Api
beforeAll(() => {
  page = app.page
  charts = new ChartsPageModel(page)
  call = app.api
})

const SCHEME = '平时考核2025'
const QUARTERS = ['2025-Q1', '2025-Q2'] as const
/** someone of the sample with scores in every dimension */
const PERSON = 'S011'




const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

describe('charts: 概览, 报表 by department, 绩效图谱', () => {
  it('seeds the 2025-Q1 sample and a second quarter through the bridge, computed, with cross-checks run', async () => {
    await call('roster-import', { file: await fixtureFile('roster.xlsx') })
    await call('scheme-import', { file: await fixtureFile('scheme.xlsx'), name: SCHEME })
    const ratings = await fixtureFile('ratings-2025-Q1.xlsx')
    for (const id of QUARTERS) {
      await call('period-create', { id, kind: 'quarter', scheme: SCHEME })
      await call('period-open', { id })
      await call('ratings-import', { period: id, file: ratings })
      await call('flags-run', { period: id })
      await call('results-compute', { period: id })
    }
    // part of the way through the stages, so the progress chart has bars of different lengths
    const people = (await call('period-people', { id: '2025-Q1' })).filter((p) => p.stages.some((s) => s.stage === 'peer' && s.required)).map((p) => p.staffNo)
    await call('stages-record', { period: '2025-Q1', staffNos: people, payload: { stage: 'peer' } })
    await call('stages-record', { period: '2025-Q1', staffNos: people.slice(0, 20), payload: { stage: 'self', text: '本季度完成了分管工作。', date: '2025-03-28' } })
    await call('stages-record', { period: '2025-Q1', staffNos: people.slice(0, 8), payload: { stage: 'leader', comment: '同意。' } })
    await page.reload()
    await charts.navDashboard.waitFor()
  })

  it('概览 shows the chosen period: progress by stage, grades, open flags, and an empty tile of lagging key results', async () => {
    await charts.navDashboard.click()
    await charts.dashboard.waitFor()
    await choosePeriod(page, '2025-Q1')
    await waitUntil(() => charts.drawn(charts.dashboardProgress), 20_000, 'the progress chart')
    await waitUntil(() => charts.drawn(charts.dashboardGrades), 20_000, 'the grade chart')
    const open = (await call('flags-list', { period: '2025-Q1', status: 'open' })).length
    await waitUntil(async () => (await charts.dashboardFlags.getAttribute('data-open')) === String(open), 10_000, 'the open flags count')
    // no objectives in this sample: the tile says so instead of counting nothing
    await charts.dashboardLagging.getByTestId('dashboard-lagging-empty').waitFor()
    await cleanShot(page, '90-dashboard')
  })

  it('报表 draws the department heat map and the grade distribution of the chosen period', async () => {
    await goTo(page, 'report')
    await choosePeriod(page, '2025-Q1')
    await charts.heatmap.scrollIntoViewIfNeeded()
    await waitUntil(() => charts.drawn(charts.heatmap), 20_000, 'the heat map')
    await waitUntil(() => charts.drawn(charts.grades), 20_000, 'the grade chart')
    await charts.heatmap.scrollIntoViewIfNeeded()
    await cleanShot(page, '91-reports-departments')
  })

  it('得分说明 draws a person’s 绩效图谱: radar against the department and the quarterly line; the radar saves as PNG', async () => {
    const results = await openResults(page, '2025-Q2', PERSON)
    await openExplanation(results, PERSON)
    await charts.radar.scrollIntoViewIfNeeded()
    await waitUntil(() => charts.drawn(charts.radar), 20_000, 'the radar')
    await waitUntil(() => charts.drawn(charts.quarterly), 20_000, 'the quarterly line')
    await charts.radar.scrollIntoViewIfNeeded()
    await cleanShot(page, '92-explain-radar')
    await charts.quarterly.scrollIntoViewIfNeeded()
    await cleanShot(page, '93-explain-quarterly')

    const [download] = await Promise.all([page.waitForEvent('download'), charts.exportPng(charts.radar).click()])
    expect(download.suggestedFilename()).toMatch(/\.png$/)
    const path = await download.path()
    const bytes = await readFile(path)
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
    // drawn at twice the on-screen size: the width in the PNG header (IHDR, bytes 16–19) against the canvas' CSS width
    const onScreen = (await charts.drawing(charts.radar).boundingBox())?.width ?? 0
    expect(bytes.readUInt32BE(16)).toBe(Math.round(onScreen) * 2)
    expect(app.browser.pageErrors).toEqual([])
  })

  it('概览 reads in English too, and back', async () => {
    await page.getByTestId('locale-switch').click()
    await charts.navDashboard.click()
    await charts.dashboard.waitFor()
    expect(await charts.navDashboard.textContent()).toContain('Overview')
    await waitUntil(() => charts.drawn(charts.dashboardGrades), 20_000, 'the grade chart')
    expect(await charts.dashboardLagging.getByTestId('dashboard-lagging-empty').textContent()).toContain('No objectives and key results yet')
    await cleanShot(page, '94-dashboard-en')
    await page.getByTestId('locale-switch').click()
    await waitUntil(async () => ((await charts.navDashboard.textContent()) ?? '').includes('概览'), 10_000, 'Chinese again')
  })
})
