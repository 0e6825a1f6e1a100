import type { Locator, Page } from 'playwright-core'

/** 结果 → 得分说明: the side panel explaining one person's result. */
export class ExplainPanelModel {
  readonly root: Locator
  constructor(readonly page: Page) {
    this.root = page.getByTestId('explain-panel')
  }
  get total(): Locator {
    return this.root.getByTestId('explain-total')
  }
  get weightedTotal(): Locator {
    return this.root.getByTestId('explain-weighted-total')
  }
  get rank(): Locator {
    return this.root.getByTestId('explain-rank')
  }
  get grade(): Locator {
    return this.root.getByTestId('explain-grade')
  }
  get proposed(): Locator {
    return this.root.getByTestId('explain-proposed')
  }
  get export(): Locator {
    return this.root.getByTestId('explain-export')
  }
  get close(): Locator {
    return this.root.getByTestId('explain-close')
  }
  /** every indicator row, dimensions (depth 0) and their children */
  get indicatorRows(): Locator {
    return this.root.locator('[data-testid^="explain-indicator-"]')
  }
  /** the dimension rows: their contributions add up to the weighted total */
  get dimensionRows(): Locator {
    return this.root.locator('[data-testid^="explain-indicator-"][data-depth="0"]')
  }
  indicator(code: string): Locator {
    return this.root.getByTestId(`explain-indicator-${code}`)
  }
  contribution(code: string): Locator {
    return this.root.getByTestId(`explain-contribution-${code}`)
  }
  toggle(code: string): Locator {
    return this.root.getByTestId(`explain-toggle-${code}`)
  }
  ratings(code: string): Locator {
    return this.root.getByTestId(`explain-ratings-${code}`)
  }
  get dimensions(): Locator {
    return this.root.locator('[data-testid^="explain-dimension-"]')
  }
  /** loaded for this person (a reload after a decision sets it false, then true again) */
  async loadedFor(staffNo: string): Promise<boolean> {
    return (await this.root.getAttribute('data-staff')) === staffNo && (await this.root.getAttribute('data-loaded')) === 'true'
  }
}
