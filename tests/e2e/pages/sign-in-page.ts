import type { Locator, Page } from 'playwright-core'

/** The screens before the app: 首次启动, 登录 and 修改初始密码 (renderer/src/features/sign-in). */
export class SignInPageModel {
  constructor(readonly page: Page) {}
  get form(): Locator {
    return this.page.getByTestId('sign-in')
  }
  get name(): Locator {
    return this.page.getByTestId('sign-in-name')
  }
  get password(): Locator {
    return this.page.getByTestId('sign-in-password')
  }
  get submit(): Locator {
    return this.page.getByTestId('sign-in-submit')
  }
  /** the backend's refusal of the last try */
  get error(): Locator {
    return this.page.getByTestId('sign-in-error')
  }
  /** why the screen is showing: signed out, locked after idle minutes, the session ended */
  get note(): Locator {
    return this.page.getByTestId('sign-in-note')
  }
}

export class FirstLaunchModel {
  constructor(readonly page: Page) {}
  get form(): Locator {
    return this.page.getByTestId('first-launch')
  }
  get name(): Locator {
    return this.page.getByTestId('first-launch-name')
  }
  get password(): Locator {
    return this.page.getByTestId('first-launch-password')
  }
  get passwordAgain(): Locator {
    return this.page.getByTestId('first-launch-password-again')
  }
  get mismatch(): Locator {
    return this.page.getByTestId('first-launch-mismatch')
  }
  get rules(): Locator {
    return this.form.getByTestId('password-rules')
  }
  get hasData(): Locator {
    return this.page.getByTestId('first-launch-has-data')
  }
  get create(): Locator {
    return this.page.getByTestId('first-launch-create')
  }
  get error(): Locator {
    return this.page.getByTestId('first-launch-error')
  }
}

export class ForcedChangeModel {
  constructor(readonly page: Page) {}
  get form(): Locator {
    return this.page.getByTestId('forced-change')
  }
  get old(): Locator {
    return this.page.getByTestId('forced-change-old')
  }
  get password(): Locator {
    return this.page.getByTestId('forced-change-password')
  }
  get passwordAgain(): Locator {
    return this.page.getByTestId('forced-change-password-again')
  }
  get save(): Locator {
    return this.page.getByTestId('forced-change-save')
  }
  get signOut(): Locator {
    return this.page.getByTestId('forced-change-sign-out')
  }
  get error(): Locator {
    return this.page.getByTestId('forced-change-error')
  }
}
