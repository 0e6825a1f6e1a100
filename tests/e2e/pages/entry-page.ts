import type { Locator, Page } from 'playwright-core'
import { Grid } from './shell'

/** 评分 → 录入: one rater's scores, people × indicators. */
export class EntryPageModel {
  readonly grid: Grid
  constructor(readonly page: Page) {
    this.grid = new Grid(page.getByTestId('entry-grid'))
  }
  get tab(): Locator {
    return this.page.getByTestId('ratings-tab-entry')
  }
  get role(): Locator {
    return this.page.getByTestId('entry-role')
  }
  get rater(): Locator {
    return this.page.getByTestId('entry-rater')
  }
  get status(): Locator {
    return this.page.getByTestId('entry-status')
  }
  get refusal(): Locator {
    return this.page.getByTestId('entry-refusal')
  }
  get reload(): Locator {
    return this.page.getByTestId('entry-reload')
  }
  get undo(): Locator {
    return this.page.getByTestId('entry-undo')
  }
  cell(staffNo: string, code: string): Locator {
    return this.grid.cell(staffNo, code)
  }
  /** the score as the cell shows it ('' when empty) */
  async value(staffNo: string, code: string): Promise<string> {
    return ((await this.cell(staffNo, code).textContent()) ?? '').replace('!', '').trim()
  }
  async state(staffNo: string, code: string): Promise<string | null> {
    return this.cell(staffNo, code).locator('[data-state]').getAttribute('data-state')
  }
}
