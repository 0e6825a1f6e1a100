import type { Locator, Page } from 'playwright-core'
import { Grid } from './shell'

export class SchemePageModel {
  readonly grid: Grid
  constructor(readonly page: Page) {
    this.grid = new Grid(page.getByTestId('indicator-grid'))
  }
  get select(): Locator {
    return this.page.getByTestId('scheme-select')
  }
  get importOpen(): Locator {
    return this.page.getByTestId('scheme-import-open')
  }
  get importName(): Locator {
    return this.page.getByTestId('scheme-import-name')
  }
  get importFile(): Locator {
    return this.page.getByTestId('scheme-import-file')
  }
  get status(): Locator {
    return this.page.getByTestId('scheme-status')
  }
  /** a parent's children's weight total; ROOT for the top level; data-state ok|bad */
  weightSum(parent: string): Locator {
    return this.page.getByTestId(`weight-sum-${parent}`)
  }
  weightCell(code: string): Locator {
    return this.grid.cell(code, 'weight')
  }
  toggle(code: string): Locator {
    return this.page.getByTestId(`tree-toggle-${code}`)
  }
}
