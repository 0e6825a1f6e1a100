import type ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { departmentDimensionMeans } from '../../shared/charts/dimension-means'
import { choosePeriod, goTo } from './actions/navigate'
import { exportDepartmentSummary } from './actions/report'
import { ReportPageModel } from './pages/report-page'
import { useApp } from './support/app'
import { fixtureFile, screenshot } from './support/browser'
import type { Api } from './support/api'
import { waitUntil } from './support/wait'

const app = useApp()
let page: Page
let reports: ReportPageModel
let call: Api
beforeAll(() => {
  page = app.page
  reports = new ReportPageModel(page)
  call = app.api
})

const SCHEME = '平时考核2025'
const QUARTER = ['好', '较好', '一般', '较差']


/** A row's values from column A, an empty cell as null, as wide as the sheet. */
function rowOf(ws: ExcelJS.Worksheet, n: number): unknown[] {
  const v = (ws.getRow(n).values as unknown[]).slice(1)
  return Array.from({ length: ws.columnCount }, (_, i) => (v[i] === undefined || v[i] === '' ? null : v[i]))
}

describe('报表: 导出部门汇总 downloads the department workbook of the chosen period', () => {
  it('seeds the 2025-Q1 sample, computed, and a 2025-Q2 not computed yet', async () => {
    await call('roster-import', { file: await fixtureFile('roster.xlsx') })
    await call('scheme-import', { file: await fixtureFile('scheme.xlsx'), name: SCHEME })
    await call('period-create', { id: '2025-Q1', kind: 'quarter', scheme: SCHEME })
    await call('period-open', { id: '2025-Q1' })
    await call('ratings-import', { period: '2025-Q1', file: await fixtureFile('ratings-2025-Q1.xlsx') })
    await call('results-compute', { period: '2025-Q1' })
    await call('period-create', { id: '2025-Q2', kind: 'quarter', scheme: SCHEME })
    await page.reload()
    await page.getByTestId('nav-report').waitFor()
  })

  it('offers nothing to export for a period without results', async () => {
    await goTo(page, 'report')
    await choosePeriod(page, '2025-Q2')
    await reports.exportDepartments.waitFor()
    expect(await reports.exportDepartments.isDisabled()).toBe(true)
  })

  it('downloads 2025-Q1 部门考核汇总.xlsx whose rows match the results, department by department', async () => {
    const { fileName, workbook } = await exportDepartmentSummary(page, '2025-Q1')
    expect(fileName).toBe('本单位-2025年第一季度-部门考核汇总.xlsx')
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['说明', '部门汇总', '维度得分'])

    const results = await call('results-list', { period: '2025-Q1' })
    const order = (await call('org-list', {})).sort((a, b) => a.id - b.id).map((d) => d.name)
    const present = order.filter((name) => results.rows.some((r) => r.department === name))
    expect(present.length).toBeGreaterThan(3)

    const summary = workbook.getWorksheet('部门汇总') as ExcelJS.Worksheet
    present.forEach((name, i) => {
      const rows = results.rows.filter((r) => r.department === name)
      const graded = rows.filter((r) => QUARTER.includes(r.grade))
      const line = rowOf(summary, 4 + i)
      expect(line.slice(0, 3), name).toEqual([name, rows.length, graded.length])
      expect(QUARTER.map((_, k) => line[3 + 2 * k]), name).toEqual(QUARTER.map((g) => rows.filter((r) => r.grade === g).length))
      const totals = graded.map((r) => r.total as number)
      expect(line.slice(-2), name).toEqual(totals.length ? [Math.max(...totals), Math.min(...totals)] : ['—', '—'])
    })
    expect(rowOf(summary, 4 + present.length).slice(0, 3)).toEqual(['合计', results.rows.length, results.graded])

    // the numbers the heat map on this very page draws
    const dims = workbook.getWorksheet('维度得分') as ExcelJS.Worksheet
    const means = departmentDimensionMeans(results.rows, results.dimensions.map((d) => d.code))
    present.forEach((name, i) => {
      const m = means.find((x) => x.department === name)?.means ?? {}
      expect(rowOf(dims, 4 + i), name).toEqual([name, ...results.dimensions.map((d) => m[d.code] ?? '—')])
    })
    expect(app.browser.pageErrors).toEqual([])
  })

  it('says the file is ready, and leaves the department section as it was', async () => {
    await waitUntil(async () => (await page.getByTestId('toast-success').count()) > 0, 10_000, 'the success message')
    expect(await reports.exportDepartments.isEnabled()).toBe(true)
    expect(await reports.departmentsProgress.count()).toBe(0)
    await reports.departmentSection.scrollIntoViewIfNeeded()
    await screenshot(page, '95-reports-department-summary')
  })
})
