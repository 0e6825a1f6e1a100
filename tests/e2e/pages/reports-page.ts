import type { Locator, Page } from 'playwright-core'

export class ReportsPageModel {
  constructor(readonly page: Page) {}
  get exportReport(): Locator {
    return this.page.getByTestId('report-export')
  }
  template(kind: 'roster' | 'scheme' | 'ratings'): Locator {
    return this.page.getByTestId(`template-${kind}`)
  }
}
