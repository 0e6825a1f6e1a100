import type { Locator, Page } from 'playwright-core'
import { Grid } from './shell'

export class RatingsPageModel {
  readonly grid: Grid
  constructor(readonly page: Page) {
    this.grid = new Grid(page.getByTestId('ratings-grid'))
  }
  /** opens the one import dialog of 评分 (ratings, ballots, satisfaction, measures) */
  get importOpen(): Locator {
    return this.page.getByTestId('inputs-import-open')
  }
  /** the file input inside that dialog */
  get importFile(): Locator {
    return this.page.getByTestId('input-file')
  }
  get stats(): Locator {
    return this.page.getByTestId('ratings-stats')
  }
}
