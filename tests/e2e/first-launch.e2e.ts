import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { t } from '../../shared/i18n'
import { signInAs, testAccountNames, testPasswords, type Caller } from '../support/accounts'
import { confirmImport } from './actions/imports'
import { setupOpenPeriod } from './actions/period'
import { previewRatingsImport } from './actions/ratings'
import { computeResults, openResults } from './actions/results'
import { signInThroughForm, signOutThroughHeader, submitSignIn } from './actions/sign-in'
import { Shell } from './pages/shell'
import { FirstLaunchModel, ForcedChangeModel, SignInPageModel } from './pages/sign-in-page'
import { bridge, httpCaller } from './support/api'
import { fixture, openBrowser, screenshot, type E2eBrowser } from './support/browser'
import { startServer, type E2eServer } from './support/server'
import { waitUntil } from './support/wait'

const SCHEME = '平时考核2025'
const PERIOD = '2025-Q1'
const DEPARTMENT = '财政所'
const NEW_PASSWORD = 'Kaohe-Next-2026$'
/** every screen of the assessment, in the navigation's order: what the 考核工作人员 works in */
const ASSESSMENT = ['dashboard', 'org', 'scheme', 'period', 'okr', 'ratings', 'results', 'notice', 'uses', 'report', 'settings']

let server: E2eServer
let browser: E2eBrowser
let page: Page
let shell: Shell
/** the bridge for the accounts set up behind the screens (one caller: signInAs keeps its sessions per caller) */
let caller: Caller
beforeAll(async () => {
  server = await startServer()
  caller = httpCaller(server)
  browser = await openBrowser()
  page = browser.page
  await page.setViewportSize({ width: 1366, height: 768 })
  // the page's timers and Date run on Playwright's clock (flowing as usual until a test jumps it),
  // so the idle lock is tested by moving time, not by waiting 15 minutes
  await page.clock.install()
  await page.goto(server.openUrl)
  shell = new Shell(page)
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Switches the language from a screen with the switch and waits until `probe` reads as `expected`. */
async function switchLocale(probe: () => Promise<string>, expected: string): Promise<void> {
  await page.getByTestId('locale-switch').click()
  await waitUntil(async () => (await probe()) === expected, 10_000, `the screen in ${expected}`)
}

describe('first launch: the first 系统管理员, sign-in, roles and the idle lock', () => {
  it('a fresh database opens on 首次启动 with the unit’s password rules, in Chinese and English', async () => {
    const setup = new FirstLaunchModel(page)
    await setup.form.waitFor()
    expect(page.url()).not.toContain('token=')
    expect(await setup.rules.textContent()).toContain(t('ui.password.ruleLength', { n: 10 }))
    expect(await setup.hasData.count()).toBe(0)
    await setup.name.fill(testAccountNames.sysadmin)
    await setup.password.fill(testPasswords.initial)
    await setup.passwordAgain.fill(testPasswords.initial.slice(0, -1))
    expect(await setup.mismatch.textContent()).toBe(t('ui.password.mismatch'))
    expect(await setup.create.isDisabled()).toBe(true)
    await screenshot(page, '21-first-launch')
    await switchLocale(async () => (await setup.create.textContent()) ?? '', t('ui.setup.create', undefined, 'en'))
    await screenshot(page, '21-first-launch-en')
    await switchLocale(async () => (await setup.create.textContent()) ?? '', t('ui.setup.create'))
  })

  it('refuses a password the rules do not allow with the backend’s words, then creates the admin', async () => {
    const setup = new FirstLaunchModel(page)
    // the language switch re-drew the form: type it again
    await setup.name.fill(testAccountNames.sysadmin)
    await setup.password.fill('short')
    await setup.passwordAgain.fill('short')
    await setup.passwordAgain.press('Enter')
    await setup.error.waitFor()
    expect(await setup.error.textContent()).toContain(t('auth.password.short', { n: 10 }))
    await setup.password.fill(testPasswords.initial)
    await setup.passwordAgain.fill(testPasswords.initial)
    await setup.create.click()
    await new ForcedChangeModel(page).form.waitFor()
  })

  it('the new admin must change the password before anything else, then sees only the admin’s screens', async () => {
    const forced = new ForcedChangeModel(page)
    expect(await forced.form.textContent()).toContain(t('ui.forced.lead', { name: testAccountNames.sysadmin }))
    await forced.old.fill(testPasswords.initial)
    await forced.password.fill(testPasswords.working)
    await screenshot(page, '22-forced-change')
    await switchLocale(async () => (await forced.save.textContent()) ?? '', t('ui.password.change', undefined, 'en'))
    await screenshot(page, '22-forced-change-en')
    await switchLocale(async () => (await forced.save.textContent()) ?? '', t('ui.password.change'))
    // the switch re-draws the form: type again
    await forced.old.fill(testPasswords.initial)
    await forced.password.fill(testPasswords.working)
    await forced.passwordAgain.fill(testPasswords.working)
    await forced.passwordAgain.press('Enter')
    await shell.navigation.waitFor()
    expect(await shell.currentUser.textContent()).toBe(t('ui.header.user', { name: testAccountNames.sysadmin, role: t('role.sysadmin') }))
    // 系统管理员: accounts, not the assessment (settings-get is not its method); 设置 for its 备份与恢复
    expect(await shell.navRoutes()).toEqual(['accounts', 'settings'])
    expect(page.url()).toMatch(/#\/accounts$/)
  })

  it('after signing out, a wrong password says how many tries are left', async () => {
    const signIn = await signOutThroughHeader(page)
    expect(await signIn.note.textContent()).toBe(t('ui.signIn.signedOut'))
    await submitSignIn(page, testAccountNames.sysadmin, 'not-the-password')
    await signIn.error.waitFor()
    expect(await signIn.error.textContent()).toBe(t('auth.login.wrongLeft', { left: 4 }))
    // the name stays, the password is to be typed again
    expect(await signIn.name.inputValue()).toBe(testAccountNames.sysadmin)
    expect(await signIn.password.inputValue()).toBe('')
    await screenshot(page, '23-sign-in-error')
    await switchLocale(async () => (await signIn.submit.textContent()) ?? '', t('ui.signIn.submit', undefined, 'en'))
    await submitSignIn(page, testAccountNames.sysadmin, 'still-not-it')
    await waitUntil(async () => ((await signIn.error.textContent()) ?? '') === t('auth.login.wrongLeft', { left: 3 }, 'en'), 10_000, 'the English refusal')
    await screenshot(page, '23-sign-in-error-en')
    await switchLocale(async () => (await signIn.submit.textContent()) ?? '', t('ui.signIn.submit'))
  })

  it('the 考核工作人员 signs in, sees the assessment screens, imports a quarter and computes it', async () => {
    // the other accounts as the office sets them up: the admin adds them, the security admin grants
    await signInAs(caller, 'clerk')
    await signInAs(caller, 'auditor')
    await signInThroughForm(page, testAccountNames.clerk, testPasswords.working)
    expect(await shell.navRoutes()).toEqual(ASSESSMENT)
    expect(await shell.currentUser.textContent()).toBe(t('ui.header.user', { name: testAccountNames.clerk, role: t('role.clerk') }))
    await shell.screen('dashboard').waitFor() // sign-in lands on 概览 with its setup checklist
    await screenshot(page, '24-header-user')
    await switchLocale(async () => (await shell.signOut.textContent()) ?? '', t('ui.header.signOut', undefined, 'en'))
    await screenshot(page, '24-header-user-en')
    await switchLocale(async () => (await shell.signOut.textContent()) ?? '', t('ui.header.signOut'))

    // 修改密码 from the header: the old one, the new one twice, and the backend's 已修改
    await shell.changePassword.click()
    const dialog = page.getByTestId('change-password-dialog')
    await dialog.getByTestId('change-password-old').fill(testPasswords.working)
    await dialog.getByTestId('change-password-password').fill(NEW_PASSWORD)
    await dialog.getByTestId('change-password-password-again').fill(NEW_PASSWORD)
    await screenshot(page, '24-change-password')
    await dialog.getByTestId('change-password-save').click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await shell.successToasts.last().textContent()).toContain(t('ui.password.changed'))

    await setupOpenPeriod(page, PERIOD, SCHEME, { roster: fixture('roster.xlsx'), scheme: fixture('scheme.xlsx') })
    await confirmImport(await previewRatingsImport(page, PERIOD, fixture('ratings-2025-Q1.xlsx')))
    const results = await computeResults(page, PERIOD)
    await results.grid.row('S006').waitFor()
    expect(await results.grid.cell('S006', 'total').textContent()).toBe('99.28')
    await screenshot(page, '25-clerk-results')
  })

  it('a 部门领导 of one department sees only the screens that answer within its departments', async () => {
    await signInAs(caller, 'leader', { departments: [DEPARTMENT] })
    await signOutThroughHeader(page)
    await signInThroughForm(page, testAccountNames.leader, testPasswords.working)
    expect(await shell.currentUser.textContent()).toBe(
      t('ui.header.user', { name: testAccountNames.leader, role: t('ui.session.roleIn', { role: t('role.leader'), departments: DEPARTMENT }) }),
    )
    // no 概览, 目标管理, 评分, 公示, 结果运用: each reads the whole unit at once
    expect(await shell.navRoutes()).toEqual(['org', 'scheme', 'period', 'results', 'report', 'settings'])
    // the results grid holds what the backend answered for the leader's department: 财政所's seven people
    const results = await openResults(page, PERIOD, 'S031')
    await waitUntil(async () => (await results.grid.rows.count()) === 7, 10_000, 'seven rows in the leader’s results')
    const shown = await results.grid.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('row-id')))
    expect(shown.sort()).toEqual(['S031', 'S032', 'S033', 'S034', 'S035', 'S036', 'S037'])
    await screenshot(page, '28-leader-results')
  })

  it('a session ended elsewhere returns the window to 登录 with the backend’s reason', async () => {
    // the leader changes the password in another session: every other session of the account ends
    const leader = await signInAs(caller, 'leader', { departments: [DEPARTMENT] })
    await bridge({ caller, credential: leader })('password-change', { old: testPasswords.working, new: NEW_PASSWORD })
    await shell.nav('scheme').click()
    const signIn = new SignInPageModel(page)
    await signIn.form.waitFor()
    expect(await signIn.note.textContent()).toBe(t('auth.session.passwordChanged'))
    expect(await signIn.name.inputValue()).toBe(testAccountNames.leader)
  })

  it('the 安全审计员 sees only the audit route, and a screen typed into the address bar says 无权访问', async () => {
    await signInThroughForm(page, testAccountNames.auditor, testPasswords.working)
    expect(await shell.navRoutes()).toEqual(['audit'])
    expect(page.url()).toMatch(/#\/audit$/)
    await page.evaluate("window.location.hash = '#/results'")
    await shell.accessDenied.waitFor()
    expect(await shell.accessDenied.textContent()).toBe(t('ui.access.denied', { roles: t('role.auditor'), screen: t('nav.results') }))
    await screenshot(page, '26-access-denied')
    await page.getByTestId('access-denied-landing').click()
    await waitUntil(async () => page.url().endsWith('#/audit'), 5_000, 'back on the audit route')
  })

  it('locks the window after the idle minutes: signed out, the name kept, the reason said', async () => {
    const admin = await signInAs(caller, 'sysadmin')
    const { idleLockMinutes } = await bridge({ caller, credential: admin })('security-settings-get', {})
    const minute = 60_000
    // activity restarts the count: two stretches shorter than the limit, a mouse move between them
    await page.clock.fastForward((idleLockMinutes - 5) * minute)
    await page.mouse.move(300, 300)
    await page.mouse.move(320, 310)
    await page.clock.fastForward((idleLockMinutes - 5) * minute)
    expect(await shell.navigation.isVisible()).toBe(true)
    // then the whole limit without any
    await page.clock.fastForward(idleLockMinutes * minute)
    const signIn = new SignInPageModel(page)
    await signIn.form.waitFor()
    expect(await signIn.note.textContent()).toBe(t('ui.signIn.idleLocked', { minutes: idleLockMinutes }))
    expect(await signIn.name.inputValue()).toBe(testAccountNames.auditor)
    await screenshot(page, '27-idle-locked')
    // only the password to type: the same account is back where it was
    await signIn.password.fill(testPasswords.working)
    await signIn.password.press('Enter')
    await shell.navigation.waitFor()
    expect(page.url()).toMatch(/#\/audit$/)
  })

  it('logs no page errors but the refusals above', () => {
    // the browser logs every 4xx answer as a failed load: the weak first password (400), the wrong
    // ones and the calls of the ended session (401)
    const refusal = /^Failed to load resource: the server responded with a status of 40[01] /
    expect(browser.pageErrors.filter((e) => !refusal.test(e))).toEqual([])
    expect(browser.pageErrors.filter((e) => e.includes('status of 400'))).toHaveLength(1)
  })
})
