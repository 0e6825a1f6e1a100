import type { Locator, Page } from 'playwright-core'
import { Grid } from './shell'

/** 评分 → 交叉核查: the flags and their decisions. */
export class FlagsPageModel {
  readonly grid: Grid
  constructor(readonly page: Page) {
    this.grid = new Grid(page.getByTestId('flags-grid'))
  }
  get tab(): Locator {
    return this.page.getByTestId('ratings-tab-flags')
  }
  get run(): Locator {
    return this.page.getByTestId('flags-run')
  }
  get count(): Locator {
    return this.page.getByTestId('flags-count')
  }
  get statusFilter(): Locator {
    return this.page.getByTestId('flags-status')
  }
  confirmButton(id: string): Locator {
    return this.page.getByTestId(`flag-confirm-${id}`)
  }
  excludeButton(id: string): Locator {
    return this.page.getByTestId(`flag-exclude-${id}`)
  }
  get dialog(): Locator {
    return this.page.getByTestId('flag-resolve-dialog')
  }
  get reason(): Locator {
    return this.dialog.getByTestId('flag-reason')
  }
  get dialogConfirm(): Locator {
    return this.dialog.getByTestId('flag-resolve-confirm')
  }
}
