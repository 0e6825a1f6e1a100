import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { t } from '../../shared/i18n'
import { signInAs, testAccountNames, testPasswords } from '../support/accounts'
import { switchLocale } from './actions/locale'
import { signInThroughForm } from './actions/sign-in'
import { Shell } from './pages/shell'
import { bridge, httpCaller, type Api } from './support/api'
import { cleanShot, openBrowser, type E2eBrowser } from './support/browser'
import { startServer, type E2eServer } from './support/server'
import { waitUntil } from './support/wait'

let server: E2eServer
let browser: E2eBrowser
let page: Page
let clerk: Api

beforeAll(async () => {
  server = await startServer()
  const caller = httpCaller(server)
  clerk = bridge({ caller, credential: await signInAs(caller, 'clerk') })
  browser = await openBrowser()
  page = browser.page
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(server.openUrl)
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('设置 → 本单位: the 考核工作人员 names the unit every export carries', () => {
  const box = (key: 'name' | 'parent' | 'creditCode') => page.getByTestId(`unit-${key}`)
  const save = () => page.getByTestId('unit-save')

  it('the card is at the top of 设置, empty on a new database', async () => {
    await signInThroughForm(page, testAccountNames.clerk, testPasswords.working)
    await new Shell(page).nav('settings').click()
    await page.getByTestId('unit-card').waitFor()
    expect(await box('name').inputValue()).toBe('')
    expect(await save().isDisabled()).toBe(true)
  })

  it('a credit code with a wrong check character is said plainly and cannot be saved', async () => {
    await box('name').fill('某县城市管理局')
    await box('parent').fill('某县人民政府')
    await box('creditCode').fill('91350100M000100Y44')
    const error = page.getByTestId('unit-creditCode-error')
    await error.waitFor()
    expect(await error.textContent()).toBe(t('unit.input.codeCheck', { value: '91350100M000100Y44', expected: '3' }))
    expect(await save().isDisabled()).toBe(true)
    await cleanShot(page, '50-unit-card-bad-code')
  })

  it('with the right code it saves, and the backend holds the name', async () => {
    await box('creditCode').fill('91350100M000100Y43')
    expect(await page.getByTestId('unit-creditCode-error').count()).toBe(0)
    await save().click()
    await waitUntil(async () => (await clerk('unit-get', {})).name === '某县城市管理局', 10_000, 'the unit saved')
    expect(await clerk('unit-get', {})).toEqual({ name: '某县城市管理局', parent: '某县人民政府', creditCode: '91350100M000100Y43' })
    await waitUntil(async () => await save().isDisabled(), 10_000, 'the form saved')
  })

  it('in English', async () => {
    await switchLocale(page, async () => (await page.getByTestId('unit-card').locator('h2').textContent()) ?? '', t('unit.card.title', undefined, 'en'))
    await waitUntil(async () => (await box('name').inputValue()) === '某县城市管理局', 10_000, 'the saved name shown')
    await cleanShot(page, '51-unit-card-en')
  })
})
