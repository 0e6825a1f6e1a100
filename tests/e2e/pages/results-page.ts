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
  get quota(): Locator {
    return this.page.getByTestId('results-quota')
  }
  get search(): Locator {
    return this.page.getByTestId('results-search')
  }
  get department(): Locator {
    return this.page.getByTestId('results-department')
  }
  get flaggedOnly(): Locator {
    return this.page.getByTestId('results-flagged-only')
  }
  get count(): Locator {
    return this.page.getByTestId('results-count')
  }
  /** 导出全部结果单 (data-department: the grid's department filter it exports, empty for everyone) */
  get exportAllSheets(): Locator {
    return this.page.getByTestId('results-explain-export-all')
  }
  get exportAllProgress(): Locator {
    return this.page.getByTestId('results-explain-export-all-progress')
  }
  get exportAllCancel(): Locator {
    return this.page.getByTestId('results-explain-export-all-progress-cancel')
  }
  /** the bar above the grid: who is selected (data-staff) and the committee's actions */
  get selection(): Locator {
    return this.page.getByTestId('results-selection')
  }
  get explainOpen(): Locator {
    return this.page.getByTestId('explain-open')
  }
  get overrideOpen(): Locator {
    return this.page.getByTestId('override-open')
  }
  get overrideRemove(): Locator {
    return this.page.getByTestId('override-remove')
  }
  get exemptOpen(): Locator {
    return this.page.getByTestId('exempt-open')
  }
  get exemptionsOpen(): Locator {
    return this.page.getByTestId('exemptions-open')
  }
  /** one badge of a row's flags column (flag-<kind>) */
  flag(staffNo: string, kind: string): Locator {
    return this.grid.cell(staffNo, 'flags').getByTestId(`flag-${kind}`)
  }
}

/** 改定等次 */
export class OverrideDialogModel {
  readonly root: Locator
  constructor(readonly page: Page) {
    this.root = page.getByTestId('override-dialog')
  }
  get grade(): Locator {
    return this.root.getByTestId('override-grade')
  }
  get reason(): Locator {
    return this.root.getByTestId('override-reason')
  }
  get proposal(): Locator {
    return this.root.getByTestId('override-proposal')
  }
  get save(): Locator {
    return this.root.getByTestId('override-save')
  }
}

/** 容错免责 */
export class ExemptDialogModel {
  readonly root: Locator
  constructor(readonly page: Page) {
    this.root = page.getByTestId('exempt-dialog')
  }
  get indicator(): Locator {
    return this.root.getByTestId('exempt-indicator')
  }
  get evaluation(): Locator {
    return this.root.getByTestId('exempt-evaluation')
  }
  get reason(): Locator {
    return this.root.getByTestId('exempt-reason')
  }
  get save(): Locator {
    return this.root.getByTestId('exempt-save')
  }
}
