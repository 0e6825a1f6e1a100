import type { Locator, Page } from 'playwright-core'
import type { UseListKind } from '../../../shared/contract'
import { Grid } from './shell'

/** 结果运用: a year's lists, one tab each, with a status toggle per row. */
export class UsesPageModel {
  readonly grid: Grid
  constructor(readonly page: Page) {
    this.grid = new Grid(page.getByTestId('uses-grid'))
  }
  get year(): Locator {
    return this.page.getByTestId('uses-year')
  }
  tab(kind: UseListKind): Locator {
    return this.page.getByTestId(`uses-tab-${kind}`)
  }
  /** the count badge of a tab, in data-count */
  count(kind: UseListKind): Locator {
    return this.page.getByTestId(`uses-count-${kind}`)
  }
  status(subject: string): Locator {
    return this.page.getByTestId(`use-status-${subject}`)
  }
  get export(): Locator {
    return this.page.getByTestId('uses-export')
  }
}
