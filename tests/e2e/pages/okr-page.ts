import type { Locator, Page } from 'playwright-core'
import { Grid } from './shell'

/** 目标管理: the toolbar, the tree grid of objectives and key results, and its dialogs. */
export class OkrPageModel {
  readonly grid: Grid
  constructor(readonly page: Page) {
    this.grid = new Grid(page.getByTestId('okr-grid'))
  }
  get root(): Locator {
    return this.page.getByTestId('page-okr')
  }
  get add(): Locator {
    return this.page.getByTestId('okr-add')
  }
  get importFile(): Locator {
    return this.page.getByTestId('okr-import-file')
  }
  get asOf(): Locator {
    return this.page.getByTestId('okr-as-of')
  }
  get laggingOnly(): Locator {
    return this.page.getByTestId('okr-lagging-only')
  }
  /** data-objectives, data-key-results, data-lagging, data-serious: what the grid shows */
  get count(): Locator {
    return this.page.getByTestId('okr-count')
  }
  get empty(): Locator {
    return this.page.getByTestId('okr-empty')
  }
  get exportButton(): Locator {
    return this.page.getByTestId('grid-export-okr-grid')
  }
  /** a row found by its title cell (row ids carry database ids: o1 objectives, k1 key results) */
  rowByTitle(title: string): Locator {
    return this.grid.rows.filter({ has: this.page.locator('.ag-cell[col-id="tree"] .tree-label', { hasText: new RegExp(`^${title}$`) }) }).first()
  }
  async rowId(title: string): Promise<string> {
    const id = await this.rowByTitle(title).getAttribute('row-id')
    if (!id) throw new Error(`no row titled ${title}`)
    return id
  }
  action(name: 'add-kr' | 'edit' | 'remove' | 'progress', rowId: string): Locator {
    return this.page.getByTestId(`okr-${name}-${rowId}`)
  }
  /** data-lag: none | lagging | serious */
  lag(rowId: string): Locator {
    return this.page.getByTestId(`okr-lag-${rowId}`)
  }
  /** data-value: the completion (or progress) as a fraction */
  bar(rowId: string): Locator {
    return this.page.getByTestId(`okr-bar-${rowId}`)
  }

  get objectiveDialog(): Locator {
    return this.page.getByTestId('okr-objective-dialog')
  }
  objectiveField(name: 'title' | 'start' | 'due' | 'weight' | 'note'): Locator {
    return this.objectiveDialog.getByTestId(`okr-objective-${name}`)
  }
  ownerKind(kind: 'person' | 'department'): Locator {
    return this.objectiveDialog.getByTestId(`okr-owner-kind-${kind}`)
  }
  get ownerStaffNo(): Locator {
    return this.objectiveDialog.getByTestId('okr-owner-staff-no')
  }
  get ownerPerson(): Locator {
    return this.objectiveDialog.getByTestId('okr-owner-person')
  }
  get ownerDepartment(): Locator {
    return this.objectiveDialog.getByTestId('okr-owner-department')
  }
  get objectiveSave(): Locator {
    return this.objectiveDialog.getByTestId('okr-objective-save')
  }
  get objectiveError(): Locator {
    return this.objectiveDialog.getByTestId('okr-objective-error')
  }

  get krDialog(): Locator {
    return this.page.getByTestId('okr-kr-dialog')
  }
  krField(name: 'title' | 'unit' | 'baseline' | 'target' | 'weight' | 'start' | 'due'): Locator {
    return this.krDialog.getByTestId(`okr-kr-${name}`)
  }
  get krSave(): Locator {
    return this.krDialog.getByTestId('okr-kr-save')
  }

  get progressDialog(): Locator {
    return this.page.getByTestId('okr-progress-dialog')
  }
  progressField(name: 'value' | 'date' | 'note'): Locator {
    return this.progressDialog.getByTestId(`okr-progress-${name}`)
  }
  get progressEntries(): Locator {
    return this.progressDialog.getByTestId('okr-progress-entry')
  }
  get progressHistoryEmpty(): Locator {
    return this.progressDialog.getByTestId('okr-progress-history-empty')
  }
  get progressSave(): Locator {
    return this.progressDialog.getByTestId('okr-progress-save')
  }

  get removeDialog(): Locator {
    return this.page.getByTestId('okr-remove')
  }
  get removeReason(): Locator {
    return this.removeDialog.getByTestId('okr-remove-reason')
  }
  get removeConfirm(): Locator {
    return this.removeDialog.getByTestId('okr-remove-confirm')
  }
}

/** 概览's tile of lagging key results. */
export class LaggingTileModel {
  constructor(readonly page: Page) {}
  /** data-objectives, data-lagging, data-serious */
  get root(): Locator {
    return this.page.getByTestId('dashboard-lagging')
  }
  get empty(): Locator {
    return this.root.getByTestId('dashboard-lagging-empty')
  }
  get items(): Locator {
    return this.root.getByTestId('dashboard-lagging-item')
  }
  get link(): Locator {
    return this.root.getByTestId('dashboard-lagging-link')
  }
}
