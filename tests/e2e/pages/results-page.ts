import type { Locator, Page } from 'playwright-core'
import { Grid } from './shell'

export class ResultsPageModel {
  readonly grid: Grid
  constructor(readonly page: Page) {
    this.grid = new Grid(page.getByTestId('results-grid'))
  }
  get compute(): Locator {
    return this.page.getByTestId('results-compute')
  }
  get progress(): Locator {
    return this.page.getByTestId('compute-progress')
  }
  get summary(): Locator {
    return this.page.getByTestId('results-summary')
  }
  get search(): Locator {
    return this.page.getByTestId('results-search')
  }
  get department(): Locator {
    return this.page.getByTestId('results-department')
  }
  get count(): Locator {
    return this.page.getByTestId('results-count')
  }
}
