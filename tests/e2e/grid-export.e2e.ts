import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { importRoster } from './actions/roster'
import { OrgPageModel } from './pages/org-page'
import { useApp } from './support/app'
import { fixture } from './support/browser'
import { waitUntil } from './support/wait'

const app = useApp()
let page: Page
let org: OrgPageModel
beforeAll(() => {
  page = app.page
  org = new OrgPageModel(page)
})

const DEPARTMENT = '便民服务中心'

/** The rows as the grid shows them, top to bottom: [staffNo, name]. */
async function shownRows(): Promise<string[][]> {
  const rows = await org.grid.rows.evaluateAll((els) =>
    els.map((el) => ({
      index: Number(el.getAttribute('row-index')),
      staffNo: el.querySelector('[col-id="staffNo"]')?.textContent ?? '',
      name: el.querySelector('[col-id="name"]')?.textContent ?? '',
    })),
  )
  // pinned and centre parts render the same row twice: one entry per row index
  const byIndex = new Map<number, { staffNo: string; name: string }>()
  for (const r of rows) {
    const seen = byIndex.get(r.index) ?? { staffNo: '', name: '' }
    byIndex.set(r.index, { staffNo: seen.staffNo || r.staffNo, name: seen.name || r.name })
  }
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => [r.staffNo, r.name])
}

/** Header texts the grid draws, by their 1-based position among the displayed columns. */
async function shownHeaders(): Promise<Map<number, string>> {
  const cells = await org.grid.root.locator('.ag-header-cell[role="columnheader"][aria-colindex]').evaluateAll((els) =>
    els.map((el) => [Number(el.getAttribute('aria-colindex')), el.querySelector('.ag-header-cell-text')?.textContent ?? ''] as const),
  )
  return new Map(cells)
}

describe('grid-export: 导出表格 writes the grid as the user sees it', () => {
  it('exports the roster filtered by a department and sorted by name descending', async () => {
    await importRoster(page, fixture('roster.xlsx'))
    await waitUntil(async () => (await org.count.getAttribute('data-count')) === '37', 20_000, '37 rows displayed')
    await org.department(DEPARTMENT).click()
    await waitUntil(async () => (await org.count.getAttribute('data-count')) === '6', 10_000, 'the department filter to show 6 people')

    const nameHeader = org.grid.root.locator('.ag-header-cell[role="columnheader"][col-id="name"] .ag-header-cell-label')
    await nameHeader.click()
    await nameHeader.click()
    await waitUntil(
      async () => (await org.grid.root.locator('.ag-header-cell[role="columnheader"][col-id="name"]').getAttribute('aria-sort')) === 'descending',
      10_000,
      'the name column sorted descending',
    )
    const shown = await shownRows()
    expect(shown).toHaveLength(6)
    const names = shown.map((r) => r[1])
    expect(names).toEqual([...names].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)))

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('grid-export-roster-grid').click()])
    expect(download.suggestedFilename()).toBe('本单位-人员名册.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(await download.path())
    const ws = wb.worksheets[0]
    expect(ws.getCell('A1').value).toBe('本单位人员名册')

    const headers = (ws.getRow(2).values as unknown[]).slice(1)
    expect(headers.slice(0, 3)).toEqual(['工号', '姓名', '部门'])
    for (const [position, text] of await shownHeaders()) expect(headers[position - 1]).toBe(text)

    // title + header + exactly the 6 shown rows, in the grid's order
    expect(ws.rowCount).toBe(2 + 6)
    const exported = Array.from({ length: 6 }, (_, i) => [String(ws.getRow(3 + i).getCell(1).value), String(ws.getRow(3 + i).getCell(2).value)])
    expect(exported).toEqual(shown)
    for (let i = 0; i < 6; i++) expect(ws.getRow(3 + i).getCell(3).value).toBe(DEPARTMENT)
  })
})
