import type { Locator, Page } from 'playwright-core'
import { Grid } from './shell'

export class OrgPageModel {
  readonly grid: Grid
  constructor(readonly page: Page) {
    this.grid = new Grid(page.getByTestId('roster-grid'))
  }
  get importFile(): Locator {
    return this.page.getByTestId('roster-import-file')
  }
  get search(): Locator {
    return this.page.getByTestId('roster-search')
  }
  /** data-count: rows the grid displays after search and filters; data-total: everyone */
  get count(): Locator {
    return this.page.getByTestId('roster-count')
  }
  get tree(): Locator {
    return this.page.getByTestId('org-tree')
  }
  department(path: string): Locator {
    return this.tree.locator(`[data-path="${path}"]`)
  }
}
