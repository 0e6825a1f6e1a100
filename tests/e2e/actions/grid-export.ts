import type { Download, Page } from 'playwright-core'

/** Clicks a grid's 导出表格 (grid-export-<grid test id>) and waits for the workbook it downloads. */
export async function exportShownGrid(page: Page, gridTestId: string): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`grid-export-${gridTestId}`).click()])
  return download
}

/** Clicks a column header's label (col-id) until the grid reports the wanted sort on it. */
export async function sortBy(page: Page, gridTestId: string, colId: string, sort: 'ascending' | 'descending'): Promise<void> {
  const header = page.getByTestId(gridTestId).locator(`.ag-header-cell[role="columnheader"][col-id="${colId}"]`)
  for (let i = 0; i < 3; i++) {
    if ((await header.getAttribute('aria-sort')) === sort) return
    await header.locator('.ag-header-cell-label').click()
  }
  if ((await header.getAttribute('aria-sort')) !== sort) throw new Error(`${colId} not sorted ${sort}`)
}

/** Types into a column's floating filter (the text box under its header). */
export async function filterColumn(page: Page, gridTestId: string, colId: string, text: string): Promise<void> {
  const grid = page.getByTestId(gridTestId)
  const index = await grid.locator(`.ag-header-cell[role="columnheader"][col-id="${colId}"]`).getAttribute('aria-colindex')
  await grid.locator(`.ag-floating-filter[aria-colindex="${index}"] input`).fill(text)
}
