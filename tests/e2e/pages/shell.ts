import type { Locator, Page } from 'playwright-core'

export type Screen = 'dashboard' | 'org' | 'scheme' | 'period' | 'okr' | 'ratings' | 'results' | 'notice' | 'uses' | 'report' | 'settings' | 'accounts' | 'audit'

/** The frame around every screen: navigation, header, status area. */
export class Shell {
  constructor(readonly page: Page) {}
  nav(screen: Screen): Locator {
    return this.page.getByTestId(`nav-${screen}`)
  }
  screen(screen: Screen): Locator {
    return this.page.getByTestId(`page-${screen}`)
  }
  /** the navigation: it holds only the screens the account's roles may use */
  get navigation(): Locator {
    return this.page.getByTestId('app-nav')
  }
  get navItems(): Locator {
    return this.navigation.locator('a.nav-item')
  }
  /** the screens in the navigation, by route, in order */
  async navRoutes(): Promise<string[]> {
    return (await this.navItems.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''))).map((id) => id.replace(/^nav-/, ''))
  }
  get accessDenied(): Locator {
    return this.page.getByTestId('access-denied-message')
  }
  get signOut(): Locator {
    return this.page.getByTestId('sign-out')
  }
  get changePassword(): Locator {
    return this.page.getByTestId('change-password-open')
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
