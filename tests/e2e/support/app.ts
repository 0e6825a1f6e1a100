import { afterAll, beforeAll } from 'vitest'
import type { Page } from 'playwright-core'
import { Shell } from '../pages/shell'
import { openBrowser, type E2eBrowser } from './browser'
import { startServer, type E2eServer } from './server'

export interface E2eApp {
  server: E2eServer
  browser: E2eBrowser
  page: Page
}

/**
 * Registers the hooks that give a test file its own backend (fresh database), browser and page,
 * opened on the app; read `app.page` inside tests.
 */
export function useApp(): E2eApp {
  const app = {} as E2eApp
  beforeAll(async () => {
    app.server = await startServer()
    app.browser = await openBrowser()
    app.page = app.browser.page
    await app.page.goto(app.server.openUrl)
    await new Shell(app.page).nav('org').waitFor()
  })
  afterAll(async () => {
    await app.browser?.close()
    await app.server?.stop()
  })
  return app
}
