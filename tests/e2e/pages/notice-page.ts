import type { Locator, Page } from 'playwright-core'
import { Grid } from './shell'

/** 公示与申诉: the publish form, the published notice, and the appeals with their dialogs. */
export class NoticePageModel {
  readonly appeals: Grid
  constructor(readonly page: Page) {
    this.appeals = new Grid(page.getByTestId('appeals-grid'))
  }
  get status(): Locator {
    return this.page.getByTestId('notice-status')
  }
  get start(): Locator {
    return this.page.getByTestId('notice-start')
  }
  get days(): Locator {
    return this.page.getByTestId('notice-days')
  }
  /** the last day as the backend counts it, in data-end */
  get endPreview(): Locator {
    return this.page.getByTestId('notice-end-preview')
  }
  get publish(): Locator {
    return this.page.getByTestId('notice-publish')
  }
  get publishConfirm(): Locator {
    return this.page.getByTestId('notice-publish-confirm-confirm')
  }
  get published(): Locator {
    return this.page.getByTestId('notice-published')
  }
  get end(): Locator {
    return this.page.getByTestId('notice-end')
  }
  get people(): Locator {
    return this.page.getByTestId('notice-people')
  }
  get export(): Locator {
    return this.page.getByTestId('notice-export')
  }
  get finalHint(): Locator {
    return this.page.getByTestId('notice-final-hint')
  }
  get addOpen(): Locator {
    return this.page.getByTestId('appeal-add-open')
  }
  get addDialog(): Locator {
    return this.page.getByTestId('appeal-add-dialog')
  }
  get decideDialog(): Locator {
    return this.page.getByTestId('appeal-decide-dialog')
  }
  /** the 作出决定 button in one appeal's row */
  decideOpen(id: number | string): Locator {
    return this.appeals.row(String(id)).getByTestId('appeal-decide-open')
  }
  statusOf(id: number | string): Locator {
    return this.appeals.row(String(id)).getByTestId('appeal-status')
  }
  get detail(): Locator {
    return this.page.getByTestId('appeal-detail')
  }
  get changes(): Locator {
    return this.page.getByTestId('appeal-changes')
  }
  /** one row of the before/after table: a person's field (total, rank, grade, dimension:<code>) */
  change(staffNo: string, field: string): Locator {
    return this.changes.locator(`tr[data-staff="${staffNo}"][data-field="${field}"]`)
  }
}
