import { readFile } from 'node:fs/promises'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { repoRoot } from './server'

export const screenshotDir = path.join(repoRoot, 'tests/e2e/__screenshots__')

const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface E2eBrowser {
  browser: Browser
  context: BrowserContext
  page: Page
  /** errors the page logged or threw: a test can assert there were none */
  pageErrors: string[]
  close(): Promise<void>
}

export async function openBrowser(): Promise<E2eBrowser> {
  const executablePath = process.env.KAOHE_CHROMIUM ?? '/usr/bin/chromium'
  const browser = await chromium.launch({ executablePath, args })
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true })
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  const pageErrors: string[] = []
  page.on('pageerror', (e) => pageErrors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text())
  })
  return { browser, context, page, pageErrors, close: () => browser.close() }
}

/** Saves a full-window screenshot under tests/e2e/__screenshots__/<name>.png (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true })
  const file = path.join(screenshotDir, `${name}.png`)
  await page.screenshot({ path: file })
  return file
}

/**
 * A screenshot of the screen itself: the success and info notes closed first (not while a dialog
 * is open, where the note may be the dialog's answer).
 */
export async function cleanShot(page: Page, name: string): Promise<void> {
  if ((await page.locator('dialog[open]').count()) === 0) {
    const close = page.getByTestId('status-area').locator('.toast-success button, .toast-info button')
    while ((await close.count()) > 0) await close.first().click()
  }
  await screenshot(page, name)
}

/** A workbook of tests/fixtures as the contract's file input. */
export async function fixtureFile(name: string): Promise<{ fileName: string; dataBase64: string }> {
  return { fileName: name, dataBase64: (await readFile(fixture(name))).toString('base64') }
}

export function fixture(name: string): string {
  return path.join(repoRoot, 'tests/fixtures', name)
}
