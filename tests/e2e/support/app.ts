import { afterAll, beforeAll } from 'vitest'
import type { Page } from 'playwright-core'
import type { Credential } from '../../../electron/core/context'
import type { Role } from '../../../shared/domain/roles'
import { signInAs, testAccountNames, testPasswords, type Caller, type SignInOptions } from '../../support/accounts'
import { signInThroughForm } from '../actions/sign-in'
import { bridge, httpCaller, type Api } from './api'
import { openBrowser, type E2eBrowser } from './browser'
import { startServer, type E2eServer } from './server'

export interface E2eApp {
  server: E2eServer
  browser: E2eBrowser
  page: Page
  /** the bridge as the accounts helper calls it (one per backend: signInAs keeps its sessions per caller) */
  caller: Caller
  /** a session of the test's account of its own, beside the page's (the page signs in through the form) */
  credential: Credential
  /** the test's account's typed calls, for seeding and for reading back what the screen shows */
  api: Api
  /** the account the page is signed in as */
  account: string
}

export interface AppOptions extends SignInOptions {
  /** the role the page signs in as (default: 考核工作人员) */
  role?: Role
}

/**
 * Registers the hooks that give a test file its own backend (fresh database), browser and page,
 * signed in: the accounts set up through the bridge the way an office would (tests/support/accounts.ts),
 * then the page opened and the account's name and password typed into 登录. Read `app.page` in tests.
 */
export function useApp(opts: AppOptions = {}): E2eApp {
  const app = {} as E2eApp
  const role = opts.role ?? 'clerk'
  beforeAll(async () => {
    app.server = await startServer()
    app.caller = httpCaller(app.server)
    app.credential = await signInAs(app.caller, role, opts)
    app.api = bridge(app)
    app.account = opts.name ?? testAccountNames[role]
    app.browser = await openBrowser()
    app.page = app.browser.page
    await app.page.goto(app.server.openUrl)
    await signInThroughForm(app.page, app.account, testPasswords.working)
  })
  afterAll(async () => {
    await app.browser?.close()
    await app.server?.stop()
  })
  return app
}
