import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { departmentDimensionMeans } from '../../shared/charts/dimension-means'
import { t } from '../../shared/i18n'
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

const PERIOD = '2025-Q1'
/** everyone of this department is 不定等次 in the seed: the department has no score on any dimension */
const UNSCORED = '综合行政执法队'




describe('chart details: a department without a score, the radar scale', () => {
  it('seeds 2025-Q1 with one department wholly 不定等次, computed', async () => {
    await call('roster-import', { file: await fixtureFile('roster.xlsx') })
    await call('scheme-import', { file: await fixtureFile('scheme.xlsx'), name: '平时考核2025' })
    await call('period-create', { id: PERIOD, kind: 'quarter', scheme: '平时考核2025' })
    await call('period-open', { id: PERIOD })
    await call('ratings-import', { period: PERIOD, file: await fixtureFile('ratings-2025-Q1.xlsx') })
    for (const p of (await call('period-people', { id: PERIOD })).filter((p) => p.department === UNSCORED)) {
      await call('period-person-update', { id: PERIOD, staffNo: p.staffNo, status: '不定等次', reason: '借调' })
    }
    await call('results-compute', { period: PERIOD })
    await page.reload()
    await charts.navDashboard.waitFor()
  })

  it('报表: the heat map shows — where the department has no score, and its tooltip says so', async () => {
    await goTo(page, 'report')
    await choosePeriod(page, PERIOD)
    await charts.heatmap.scrollIntoViewIfNeeded()
    await waitUntil(() => charts.drawn(charts.heatmap), 20_000, 'the heat map')

    // where the builder puts the cell: the grid's margins (department-heatmap.ts) and the departments' order
    const results = await call('results-list', { period: PERIOD })
    const departments = departmentDimensionMeans(results.rows, results.dimensions.map((d) => d.code))
    const row = departments.findIndex((d) => d.department === UNSCORED)
    expect(row).toBeGreaterThanOrEqual(0)
    expect(Object.values(departments[row].means).every((m) => m === null)).toBe(true)
    const box = await charts.drawing(charts.heatmap).boundingBox()
    if (!box) throw new Error('no heat map drawn')
    const grid = { left: 150, right: 32, top: 110, bottom: 72 }
    const cellWidth = (box.width - grid.left - grid.right) / results.dimensions.length
    const cellHeight = (box.height - grid.top - grid.bottom) / departments.length
    await page.mouse.move(box.x + grid.left + cellWidth * 1.5, box.y + grid.top + cellHeight * (row + 0.5))
    const tip = t('charts.heatmap.tipNoScore', { department: UNSCORED, dimension: results.dimensions[1].name })
    await waitUntil(async () => ((await charts.heatmap.innerText()) ?? '').includes(tip), 5_000, 'the no-score tooltip')
    await cleanShot(page, '91b-reports-heatmap-no-score')
    expect(app.browser.pageErrors).toEqual([])
  })

  it('得分说明: the radar of a person says its centre, rim and rings', async () => {
    const results = await openResults(page, PERIOD, 'S011')
    await openExplanation(results, 'S011')
    await charts.radar.scrollIntoViewIfNeeded()
    await waitUntil(() => charts.drawn(charts.radar), 20_000, 'the radar')
    await cleanShot(page, '92b-explain-radar-scale')
  })
})
