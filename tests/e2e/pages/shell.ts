import type { Locator, Page } from 'playwright-core'

export type Screen = 'dashboard' | 'org' | 'scheme' | 'period' | 'okr' | 'ratings' | 'results' | 'notice' | 'uses' | 'report' | 'settings'

/** The frame around every screen: navigation, header, status area. */
export class Shell {
  constructor(readonly page: Page) {}
  nav(screen: Screen): Locator {
    return this.page.getByTestId(`nav-${screen}`)
  }
  screen(screen: Screen): Locator {
    return this.page.getByTestId(`page-${screen}`)
  }
  get title(): Locator {
    return this.page.getByTestId('app-title')
  }
  get currentUser(): Locator {
    return this.page.getByTestId('current-user')
  }
  get errorToasts(): Locator {
    return this.page.getByTestId('toast-error')
  }
  get successToasts(): Locator {
    return this.page.getByTestId('toast-success')
  }
  get periodSelect(): Locator {
    return this.page.getByTestId('period-select')
  }
}

/**
 * An AG Grid by its test id: rows by row-id (virtualised: only rendered rows exist), cells by col-id.
 * AG Grid 36 renders one element per row, pinned cells inside it.
 */
export class Grid {
  constructor(readonly root: Locator) {}
  row(id: string): Locator {
    return this.root.locator(`.ag-row[row-id="${id}"]`)
  }
  cell(rowId: string, colId: string): Locator {
    return this.root.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`)
  }
  get rows(): Locator {
    return this.root.locator('.ag-row[row-id]')
  }
}
