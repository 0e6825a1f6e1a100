import type { Locator, Page } from 'playwright-core'
import { Grid } from './shell'

/** 考核周期 → 环节进度: the four stages per person and the board per department. */
export class StagesPageModel {
  readonly grid: Grid
  constructor(readonly page: Page) {
    this.grid = new Grid(page.getByTestId('stages-grid'))
  }
  get tab(): Locator {
    return this.page.getByTestId('period-tab-stages')
  }
  get department(): Locator {
    return this.page.getByTestId('stages-department')
  }
  get missing(): Locator {
    return this.page.getByTestId('stages-missing')
  }
  get selected(): Locator {
    return this.page.getByTestId('stages-selected')
  }
  action(kind: 'self' | 'peer' | 'leader' | 'committee'): Locator {
    return this.page.getByTestId(`stage-action-${kind}`)
  }
  get advance(): Locator {
    return this.page.getByTestId('stages-advance')
  }
  get board(): Locator {
    return this.page.getByTestId('progress-board')
  }
  get exportReminders(): Locator {
    return this.page.getByTestId('reminders-export')
  }
  /** the checkbox of one row (multi-row selection) */
  rowCheckbox(staffNo: string): Locator {
    return this.grid.row(staffNo).locator('.ag-selection-checkbox input').first()
  }
  get selectAll(): Locator {
    return this.page.locator('[data-testid="stages-grid"] .ag-header-select-all input').first()
  }
  stageCell(staffNo: string, stage: string): Locator {
    return this.grid.cell(staffNo, stage).locator('[data-state]')
  }
}
