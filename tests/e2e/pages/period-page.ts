import type { Locator, Page } from 'playwright-core'
import { Grid } from './shell'

export class PeriodPageModel {
  readonly grid: Grid
  constructor(readonly page: Page) {
    this.grid = new Grid(page.getByTestId('period-grid'))
  }
  get id(): Locator {
    return this.page.getByTestId('period-id')
  }
  get idError(): Locator {
    return this.page.getByTestId('period-id-error')
  }
  get kind(): Locator {
    return this.page.getByTestId('period-kind')
  }
  get scheme(): Locator {
    return this.page.getByTestId('period-scheme')
  }
  get name(): Locator {
    return this.page.getByTestId('period-name')
  }
  get create(): Locator {
    return this.page.getByTestId('period-create')
  }
  tab(name: 'list' | 'people' | 'stages'): Locator {
    return this.page.getByTestId(`period-tab-${name}`)
  }
  openButton(id: string): Locator {
    return this.page.getByTestId(`period-open-${id}`)
  }
  advanceButton(id: string): Locator {
    return this.page.getByTestId(`period-advance-${id}`)
  }
  get advanceDialog(): Locator {
    return this.page.getByTestId('period-advance-dialog')
  }
  get peopleGrid(): Grid {
    return new Grid(this.page.getByTestId('people-grid'))
  }
}
