import type { Locator, Page } from 'playwright-core'
import { Grid } from './shell'

export class RatingsPageModel {
  readonly grid: Grid
  constructor(readonly page: Page) {
    this.grid = new Grid(page.getByTestId('ratings-grid'))
  }
  get importFile(): Locator {
    return this.page.getByTestId('ratings-import-file')
  }
  get stats(): Locator {
    return this.page.getByTestId('ratings-stats')
  }
}
