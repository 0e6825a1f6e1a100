import type { Locator, Page } from 'playwright-core'
import { Grid } from './shell'

/** 组织人员 › 历史等次 and 处分与负面清单: the tabs, their grids and filters, and the add form. */
export class HistoryPageModel {
  readonly historyGrid: Grid
  readonly penaltyGrid: Grid
  constructor(readonly page: Page) {
    this.historyGrid = new Grid(page.getByTestId('history-grid'))
    this.penaltyGrid = new Grid(page.getByTestId('penalty-grid'))
  }
  tab(name: 'roster' | 'history' | 'penalties'): Locator {
    return this.page.getByTestId(`org-tab-${name}`)
  }

  get historyImportFile(): Locator {
    return this.page.getByTestId('history-import-file')
  }
  get historySearch(): Locator {
    return this.page.getByTestId('history-search')
  }
  get historyYear(): Locator {
    return this.page.getByTestId('history-year')
  }
  /** data-count: rows displayed after the filters; data-total: everything stored */
  get historyCount(): Locator {
    return this.page.getByTestId('history-count')
  }
  get historyReplace(): Locator {
    return this.page.getByTestId('history-replace')
  }
  historyCell(staffNo: string, year: number, colId: string): Locator {
    return this.historyGrid.cell(`${staffNo}-${year}`, colId)
  }

  get penaltyImportFile(): Locator {
    return this.page.getByTestId('penalty-import-file')
  }
  get penaltySearch(): Locator {
    return this.page.getByTestId('penalty-search')
  }
  get penaltyYear(): Locator {
    return this.page.getByTestId('penalty-year')
  }
  get penaltyTypeFilter(): Locator {
    return this.page.getByTestId('penalty-type-filter')
  }
  get penaltyCount(): Locator {
    return this.page.getByTestId('penalty-count')
  }
  /** a penalty's row, found by its staff number cell (row ids are database ids) */
  penaltyRow(staffNo: string): Locator {
    return this.penaltyGrid.rows.filter({ has: this.page.locator('.ag-cell[col-id="staffNo"]', { hasText: staffNo }) })
  }
  penaltyCell(staffNo: string, colId: string): Locator {
    return this.penaltyRow(staffNo).locator(`.ag-cell[col-id="${colId}"]`)
  }

  get addOpen(): Locator {
    return this.page.getByTestId('penalty-add-open')
  }
  get addDialog(): Locator {
    return this.page.getByTestId('penalty-add-dialog')
  }
  get personSearch(): Locator {
    return this.addDialog.getByTestId('penalty-person-search')
  }
  personOption(staffNo: string): Locator {
    return this.addDialog.getByTestId(`penalty-person-option-${staffNo}`)
  }
  get personChosen(): Locator {
    return this.addDialog.getByTestId('penalty-person-chosen')
  }
  get addType(): Locator {
    return this.addDialog.getByTestId('penalty-type')
  }
  get addDate(): Locator {
    return this.addDialog.getByTestId('penalty-date')
  }
  get addTerm(): Locator {
    return this.addDialog.getByTestId('penalty-term')
  }
  get addReason(): Locator {
    return this.addDialog.getByTestId('penalty-reason')
  }
  get rulePreview(): Locator {
    return this.addDialog.getByTestId('penalty-rule-preview')
  }
  get addSave(): Locator {
    return this.addDialog.getByTestId('penalty-add-save')
  }
  get addCancel(): Locator {
    return this.addDialog.getByTestId('penalty-add-cancel')
  }
  get addError(): Locator {
    return this.addDialog.getByTestId('penalty-add-error')
  }
}
