import type { Locator, Page } from 'playwright-core'
import { Grid } from './shell'

/** The indicator workbench: tree editor, versions, 适用视图, 体系检查. Rows by code (row-id), cells by col-id. */
export class SchemeWorkbenchModel {
  readonly grid: Grid
  constructor(readonly page: Page) {
    this.grid = new Grid(page.getByTestId('indicator-grid'))
  }
  get gridBox(): Locator {
    return this.page.getByTestId('indicator-grid-box')
  }
  get select(): Locator {
    return this.page.getByTestId('scheme-select')
  }
  get versionSelect(): Locator {
    return this.page.getByTestId('scheme-version-select')
  }
  get status(): Locator {
    return this.page.getByTestId('scheme-status')
  }
  get version(): Locator {
    return this.page.getByTestId('scheme-version')
  }
  get count(): Locator {
    return this.page.getByTestId('scheme-count')
  }
  get dirty(): Locator {
    return this.page.getByTestId('scheme-dirty')
  }
  get save(): Locator {
    return this.page.getByTestId('scheme-save')
  }
  get discard(): Locator {
    return this.page.getByTestId('scheme-discard')
  }
  get saveError(): Locator {
    return this.page.getByTestId('scheme-save-error')
  }
  get frozenBanner(): Locator {
    return this.page.getByTestId('scheme-frozen')
  }
  get newDraft(): Locator {
    return this.page.getByTestId('scheme-new-draft')
  }
  get compareOpen(): Locator {
    return this.page.getByTestId('scheme-compare-open')
  }
  get exportScheme(): Locator {
    return this.page.getByTestId('scheme-export')
  }
  get template(): Locator {
    return this.page.getByTestId('template-scheme')
  }
  /** toolbar operations: sibling, child, indent, outdent, up, down, delete, undo, redo, weights */
  op(name: 'sibling' | 'child' | 'indent' | 'outdent' | 'up' | 'down' | 'delete' | 'undo' | 'redo' | 'weights'): Locator {
    return this.page.getByTestId(`op-${name}`)
  }
  tab(name: 'tree' | 'effective' | 'check'): Locator {
    return this.page.getByTestId(`scheme-tab-${name}`)
  }
  /** a parent's children's weight total; ROOT for the top level; data-state ok|bad */
  weightSum(parent: string): Locator {
    return this.page.getByTestId(`weight-sum-${parent}`)
  }
  cell(code: string, col: string): Locator {
    return this.grid.cell(code, col)
  }
  /** the code cell (the tree column) */
  codeCell(code: string): Locator {
    return this.grid.cell(code, 'tree')
  }
  toggle(code: string): Locator {
    return this.page.getByTestId(`tree-toggle-${code}`)
  }
  get deleteConfirm(): Locator {
    return this.page.getByTestId('delete-confirm-confirm')
  }
  get leaveConfirm(): Locator {
    return this.page.getByTestId('leave-confirm')
  }
}

/** 权重计算 for one node's children. */
export class WeightsDialogModel {
  readonly root: Locator
  constructor(readonly page: Page) {
    this.root = page.getByTestId('weights-dialog')
  }
  tab(name: 'direct' | 'ahp' | 'entropy' | 'mix'): Locator {
    return this.root.getByTestId(`weights-tab-${name}`)
  }
  /** upper-triangle judgment select, 0-based row < col */
  judgment(row: number, col: number): Locator {
    return this.root.locator(`select[data-testid="ahp-cell-${row}-${col}"]`)
  }
  /** lower-triangle mirror cell */
  mirror(row: number, col: number): Locator {
    return this.root.locator(`td[data-testid="ahp-cell-${row}-${col}"]`)
  }
  get cr(): Locator {
    return this.root.getByTestId('ahp-cr')
  }
  get lambda(): Locator {
    return this.root.getByTestId('ahp-lambda')
  }
  get method(): Locator {
    return this.root.getByTestId('ahp-method')
  }
  get riTable(): Locator {
    return this.root.getByTestId('ahp-ri-table')
  }
  weight(code: string): Locator {
    return this.root.getByTestId(`ahp-weight-${code}`)
  }
  get suggestions(): Locator {
    return this.root.getByTestId('ahp-suggestions')
  }
  get suggestionButtons(): Locator {
    return this.root.locator('[data-testid^="ahp-suggestion-apply-"]')
  }
  get addExpert(): Locator {
    return this.root.getByTestId('ahp-expert-add')
  }
  expert(k: number): Locator {
    return this.root.getByTestId(`ahp-expert-${k}`)
  }
  get groupCr(): Locator {
    return this.root.getByTestId('ahp-group-cr')
  }
  get importFile(): Locator {
    return this.root.getByTestId('ahp-import-file')
  }
  get exportMatrices(): Locator {
    return this.root.getByTestId('ahp-export')
  }
  get apply(): Locator {
    return this.root.getByTestId('weights-apply')
  }
  get close(): Locator {
    return this.root.getByTestId('weights-close')
  }
  get historyRows(): Locator {
    return this.root.getByTestId('weights-history-row')
  }
  direct(code: string): Locator {
    return this.root.getByTestId(`direct-${code}`)
  }
  get directSum(): Locator {
    return this.root.getByTestId('direct-sum')
  }
}
