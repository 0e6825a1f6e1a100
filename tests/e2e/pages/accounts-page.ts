import type { Locator, Page } from 'playwright-core'
import { waitUntil } from '../support/wait'
import { Grid } from './shell'

export type AccountsTab = 'accounts' | 'security'
export type SecuritySetting = 'minLength' | 'minClasses' | 'maxFailures' | 'lockMinutes' | 'idleLockMinutes' | 'sessionHours'

/** 账号管理 (renderer/src/features/accounts): the accounts grid, its buttons and the 安全设置 tab. */
export class AccountsPageModel {
  /** rows by account name (row-id), cells by col-id: name, roles, state, createdAt, lastLoginAt */
  readonly grid: Grid
  constructor(readonly page: Page) {
    this.grid = new Grid(page.getByTestId('accounts-grid'))
  }
  get root(): Locator {
    return this.page.getByTestId('page-accounts')
  }
  tab(tab: AccountsTab): Locator {
    return this.page.getByTestId(`accounts-tab-${tab}`)
  }
  /** data-count: rows shown; data-total: every account */
  get count(): Locator {
    return this.page.getByTestId('accounts-count')
  }
  get selected(): Locator {
    return this.page.getByTestId('accounts-selected')
  }
  /** the account names the grid lists, top to bottom */
  async names(): Promise<string[]> {
    return this.grid.rows.evaluateAll((rows) =>
      rows
        .map((r) => ({ id: r.getAttribute('row-id') ?? '', index: Number(r.getAttribute('row-index')) }))
        .sort((a, b) => a.index - b.index)
        .map((r) => r.id),
    )
  }
  /** the state chips of one account (data-state: the state ids, e.g. "mustChange") */
  state(name: string): Locator {
    return this.page.getByTestId(`account-state-${name}`)
  }
  /** waits until the account's state chips are `state` (ids, space-separated) */
  async stateBecomes(name: string, state: string): Promise<void> {
    await waitUntil(async () => (await this.state(name).getAttribute('data-state')) === state, 10_000, `${name} ${state}`)
  }
  roles(name: string): Locator {
    return this.grid.cell(name, 'roles')
  }
  /** clicks the account's name cell: the buttons above the grid then act on it */
  async select(name: string): Promise<void> {
    await this.grid.cell(name, 'name').click()
    await this.selected.filter({ hasText: name }).waitFor()
  }
  get addOpen(): Locator {
    return this.page.getByTestId('account-add-open')
  }
  get disableOpen(): Locator {
    return this.page.getByTestId('account-disable-open')
  }
  get enableOpen(): Locator {
    return this.page.getByTestId('account-enable-open')
  }
  get resetOpen(): Locator {
    return this.page.getByTestId('account-reset-open')
  }
  get grantOpen(): Locator {
    return this.page.getByTestId('account-grant-open')
  }
  get revokeOpen(): Locator {
    return this.page.getByTestId('account-revoke-open')
  }
  get bootstrapNote(): Locator {
    return this.page.getByTestId('accounts-bootstrap-note')
  }
  /** one box of the 安全设置 tab */
  setting(key: SecuritySetting): Locator {
    return this.page.getByTestId(`security-${key}`)
  }
  get securityCard(): Locator {
    return this.page.getByTestId('security-settings')
  }
}

/** The parts every form dialog of the screen shares: `<name>-save`, `<name>-cancel`, `<name>-error`. */
class AccountDialog {
  readonly root: Locator
  constructor(
    readonly page: Page,
    readonly name: string,
  ) {
    this.root = page.getByTestId(`${name}-dialog`)
  }
  get save(): Locator {
    return this.root.getByTestId(`${this.name}-save`)
  }
  get cancel(): Locator {
    return this.root.getByTestId(`${this.name}-cancel`)
  }
  /** the backend's refusal, as it words it */
  get error(): Locator {
    return this.root.getByTestId(`${this.name}-error`)
  }
}

/** 新建账号: a name and the initial password twice (a role only while the unit lacks its administrators). */
export class AccountAddDialogModel extends AccountDialog {
  constructor(page: Page) {
    super(page, 'account-add')
  }
  get accountName(): Locator {
    return this.root.getByTestId('account-add-name')
  }
  get password(): Locator {
    return this.root.getByTestId('account-add-password')
  }
  get passwordAgain(): Locator {
    return this.root.getByTestId('account-add-password-again')
  }
  get rolesNote(): Locator {
    return this.root.getByTestId('account-add-roles-note')
  }
  async fill(name: string, password: string): Promise<void> {
    await this.accountName.fill(name)
    await this.password.fill(password)
    await this.passwordAgain.fill(password)
  }
}

/** 停用: the question and its confirm. */
export class AccountDisableDialogModel extends AccountDialog {
  constructor(page: Page) {
    super(page, 'account-disable')
  }
}

/** 授予角色: the role, and for the roles that work on people the departments ticked in the org tree. */
export class AccountGrantDialogModel extends AccountDialog {
  constructor(page: Page) {
    super(page, 'account-grant')
  }
  get role(): Locator {
    return this.root.getByTestId('account-grant-role')
  }
  department(path: string): Locator {
    return this.root.getByTestId(`department-option-${path}`)
  }
  /** data-count: how many departments are ticked */
  get departmentsSummary(): Locator {
    return this.root.getByTestId('department-picker-summary')
  }
}
