import type { Locator, Page } from 'playwright-core'
import { Grid } from './shell'

/** 审计 (renderer/src/features/audit): the filters, the log's grid, 核验 and 导出. */
export class AuditPageModel {
  /** rows by entry id (row-id), cells by col-id: id, at, user, role, method, entity, entityId, before, after */
  readonly grid: Grid
  constructor(readonly page: Page) {
    this.grid = new Grid(page.getByTestId('audit-log-grid'))
  }
  get root(): Locator {
    return this.page.getByTestId('page-audit')
  }
  /** data-count: rows shown; data-total: entries loaded for the filters */
  get count(): Locator {
    return this.page.getByTestId('audit-count')
  }
  get filterUser(): Locator {
    return this.page.getByTestId('audit-filter-user')
  }
  get filterMethod(): Locator {
    return this.page.getByTestId('audit-filter-method')
  }
  get filterEntity(): Locator {
    return this.page.getByTestId('audit-filter-entity')
  }
  get apply(): Locator {
    return this.page.getByTestId('audit-apply')
  }
  get clear(): Locator {
    return this.page.getByTestId('audit-clear')
  }
  get verify(): Locator {
    return this.page.getByTestId('audit-verify')
  }
  get export(): Locator {
    return this.page.getByTestId('audit-export')
  }
  /** the outcome of 核验 (data-ok: true or false) */
  get verifyResult(): Locator {
    return this.page.getByTestId('audit-verify-result')
  }
  get verifyMessage(): Locator {
    return this.page.getByTestId('audit-verify-message')
  }
  get verifyClose(): Locator {
    return this.page.getByTestId('audit-verify-close')
  }
  /** the rows shown, by row-id, top to bottom */
  async shownIds(): Promise<number[]> {
    const ids = await this.grid.rows.evaluateAll((rows) =>
      rows.map((r) => ({ id: Number(r.getAttribute('row-id')), index: Number(r.getAttribute('row-index')) })).sort((a, b) => a.index - b.index),
    )
    return ids.map((r) => r.id)
  }
  /** one column's text in every row shown, top to bottom */
  async column(colId: string): Promise<string[]> {
    const cells = await this.grid.root.locator('.ag-row[row-id]').evaluateAll(
      (rows, col) =>
        rows
          .map((r) => ({ index: Number(r.getAttribute('row-index')), text: r.querySelector(`.ag-cell[col-id="${col}"]`)?.textContent?.trim() ?? '' }))
          .sort((a, b) => a.index - b.index)
          .map((r) => r.text),
      colId,
    )
    return cells
  }
  /** how many rows the grid shows now (its caption's data-count) */
  async shownCount(): Promise<number> {
    return Number(await this.count.getAttribute('data-count'))
  }
  /** 账号 filter typed and 查询 pressed */
  async filterByUser(name: string): Promise<void> {
    await this.filterUser.fill(name)
    await this.apply.click()
  }
}
