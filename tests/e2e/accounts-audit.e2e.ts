import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Credential } from '../../electron/core/context'
import { t } from '../../shared/i18n'
import { signInAs, testAccountNames, testPasswords, type Caller } from '../support/accounts'
import { switchLocale } from './actions/locale'
import { signInThroughForm, signOutThroughHeader } from './actions/sign-in'
import { AccountAddDialogModel, AccountDisableDialogModel, AccountGrantDialogModel, AccountsPageModel } from './pages/accounts-page'
import { AuditPageModel } from './pages/audit-page'
import { Shell } from './pages/shell'
import { bridge, httpCaller, type Api } from './support/api'
import { cleanShot, fixtureFile, openBrowser, type E2eBrowser } from './support/browser'
import { startServer, type E2eServer } from './support/server'
import { readExport } from './support/shown-grid'
import { rewriteAuditAfter } from './support/tamper'
import { waitUntil } from './support/wait'

const NEW_ACCOUNT = 'zhang'
const DEPARTMENT = '财政所'
/** eleven lower-case letters: long enough, but one class of four where the unit asks for three */
const WEAK_PASSWORD = 'abcdefghijk'

let server: E2eServer
let browser: E2eBrowser
let page: Page
let shell: Shell
let caller: Caller
let sysadmin: Api
let secadmin: Api
let auditor: Api
/** the department's path in the org tree (the grant dialog's option and the grid's words name it) */
let departmentPath: string

beforeAll(async () => {
  server = await startServer()
  caller = httpCaller(server)
  const as = (credential: Credential): Api => bridge({ caller, credential })
  // the office's accounts: the first admin, the two it bootstraps, the clerk the security admin grants
  sysadmin = as(await signInAs(caller, 'sysadmin'))
  secadmin = as(await signInAs(caller, 'secadmin'))
  auditor = as(await signInAs(caller, 'auditor'))
  const clerk = as(await signInAs(caller, 'clerk'))
  // the departments the grants reach come from the roster the clerk imports
  await clerk('roster-import', { file: await fixtureFile('roster.xlsx') })
  const found = (await clerk('org-list', {})).find((d) => d.name === DEPARTMENT)
  if (!found) throw new Error(`the roster has no ${DEPARTMENT}`)
  departmentPath = found.path
  browser = await openBrowser()
  page = browser.page
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.goto(server.openUrl)
  shell = new Shell(page)
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('账号管理 and 审计: the three administrators at work', () => {
  const accounts = () => new AccountsPageModel(page)

  it('the 系统管理员 sees 账号管理 (and 设置, for 备份与恢复), listing the accounts the office set up', async () => {
    await signInThroughForm(page, testAccountNames.sysadmin, testPasswords.working)
    // 设置 for 备份与恢复 (tests/e2e/backup-restore.e2e.ts); the clerk's cards stay hidden there
    expect(await shell.navRoutes()).toEqual(['accounts', 'settings'])
    const screen = accounts()
    await screen.grid.row(testAccountNames.clerk).waitFor()
    const setUp = ['sysadmin', 'secadmin', 'auditor', 'clerk'] as const
    expect((await screen.names()).sort()).toEqual(setUp.map((r) => testAccountNames[r]).sort())
    for (const role of setUp) {
      expect(await screen.state(testAccountNames[role]).textContent()).toBe(t('ui.accounts.state.active'))
    }
    expect(await screen.roles(testAccountNames.secadmin).textContent()).toBe(t('role.secadmin'))
    expect(await screen.roles(testAccountNames.clerk).textContent()).toBe(t('ui.accounts.grantWithReach', { role: t('role.clerk'), reach: t('ui.accounts.wholeUnit') }))
    // both administrators exist: no bootstrap note; granting roles is the security admin's, not this account's
    expect(await screen.bootstrapNote.count()).toBe(0)
    expect(await screen.grantOpen.count()).toBe(0)
  })

  it('新建账号 adds an account that must change its initial password, with no role yet', async () => {
    const screen = accounts()
    await screen.addOpen.click()
    const dialog = new AccountAddDialogModel(page)
    await dialog.root.waitFor()
    expect(await dialog.rolesNote.textContent()).toBe(t('ui.accounts.add.rolesNote'))
    await dialog.fill(NEW_ACCOUNT, testPasswords.initial)
    await cleanShot(page, '30-account-add')
    await dialog.save.click()
    await dialog.root.waitFor({ state: 'hidden' })
    await screen.grid.row(NEW_ACCOUNT).waitFor()
    await screen.stateBecomes(NEW_ACCOUNT, 'mustChange')
    expect(await screen.state(NEW_ACCOUNT).textContent()).toBe(t('ui.accounts.state.mustChange'))
    expect(await screen.roles(NEW_ACCOUNT).textContent()).toBe(t('auth.noRole'))
    expect(await shell.successToasts.last().textContent()).toContain(t('ui.accounts.added', { name: NEW_ACCOUNT }))
    expect(await screen.count.getAttribute('data-total')).toBe('5')
  })

  it('a weak initial password is refused with the backend’s reasons and adds nothing', async () => {
    const screen = accounts()
    await screen.addOpen.click()
    const dialog = new AccountAddDialogModel(page)
    await dialog.fill('wang', WEAK_PASSWORD)
    await dialog.save.click()
    await dialog.error.waitFor()
    expect(await dialog.error.textContent()).toBe(t('auth.password.refused', { reasons: t('auth.password.classes', { n: 3, found: 1 }) }))
    // the form stays as typed, to correct
    expect(await dialog.accountName.inputValue()).toBe('wang')
    await cleanShot(page, '30-account-add-refused')
    await dialog.cancel.click()
    await dialog.root.waitFor({ state: 'hidden' })
    expect((await sysadmin('account-list', {})).map((a) => a.name)).not.toContain('wang')
    expect(await screen.names()).not.toContain('wang')
  })

  it('停用 asks first and stops the account; 恢复 lets it sign in again', async () => {
    const screen = accounts()
    await screen.select(NEW_ACCOUNT)
    await screen.disableOpen.click()
    const confirm = new AccountDisableDialogModel(page)
    await confirm.root.waitFor()
    await confirm.save.click()
    await confirm.root.waitFor({ state: 'hidden' })
    await screen.stateBecomes(NEW_ACCOUNT, 'disabled')
    expect(await screen.state(NEW_ACCOUNT).textContent()).toBe(t('ui.accounts.state.disabled'))
    expect((await sysadmin('account-list', {})).find((a) => a.name === NEW_ACCOUNT)?.disabled).toBe(true)
    // the same account still selected: its button is now 恢复
    await screen.enableOpen.click()
    await screen.stateBecomes(NEW_ACCOUNT, 'mustChange')
    expect((await sysadmin('account-list', {})).find((a) => a.name === NEW_ACCOUNT)?.disabled).toBe(false)
    await cleanShot(page, '31-accounts')
  })

  it('the 安全设置 tab shows the unit’s settings: locked after 5 wrong passwords for 15 minutes', async () => {
    const screen = accounts()
    await screen.tab('security').click()
    await screen.securityCard.waitFor()
    expect(await screen.setting('maxFailures').inputValue()).toBe('5')
    expect(await screen.setting('lockMinutes').inputValue()).toBe('15')
    expect(await screen.setting('minLength').inputValue()).toBe('10')
    expect(await screen.setting('minClasses').inputValue()).toBe('3')
    await cleanShot(page, '31-security-settings')
    await screen.tab('accounts').click()
  })

  it('the screen and 新建账号 in English', async () => {
    const screen = accounts()
    await switchLocale(page, async () => (await screen.addOpen.textContent()) ?? '', t('ui.accounts.add', undefined, 'en'))
    await screen.grid.row(NEW_ACCOUNT).waitFor()
    expect(await screen.state(NEW_ACCOUNT).textContent()).toBe(t('ui.accounts.state.mustChange', undefined, 'en'))
    await cleanShot(page, '31-accounts-en')
    await screen.tab('security').click()
    await cleanShot(page, '31-security-settings-en')
    await screen.tab('accounts').click()
    await screen.addOpen.click()
    const dialog = new AccountAddDialogModel(page)
    await dialog.fill('wang', testPasswords.initial)
    await cleanShot(page, '30-account-add-en')
    await dialog.cancel.click()
    await dialog.root.waitFor({ state: 'hidden' })
    await switchLocale(page, async () => (await screen.addOpen.textContent()) ?? '', t('ui.accounts.add'))
  })

  it('the 安全保密管理员 grants 部门领导 of one department, and the grid says so', async () => {
    await signOutThroughHeader(page)
    await signInThroughForm(page, testAccountNames.secadmin, testPasswords.working)
    expect(await shell.navRoutes()).toEqual(['accounts'])
    const screen = accounts()
    await screen.grid.row(NEW_ACCOUNT).waitFor()
    // granting is the security admin's, creating and stopping the system admin's
    expect(await screen.addOpen.count()).toBe(0)
    expect(await screen.disableOpen.count()).toBe(0)
    await screen.select(NEW_ACCOUNT)
    await screen.grantOpen.click()
    const dialog = new AccountGrantDialogModel(page)
    await dialog.role.selectOption('leader')
    await dialog.department(departmentPath).check()
    expect(await dialog.departmentsSummary.getAttribute('data-count')).toBe('1')
    await cleanShot(page, '32-account-grant')
    await dialog.save.click()
    await dialog.root.waitFor({ state: 'hidden' })
    const words = t('ui.accounts.grantWithReach', { role: t('role.leader'), reach: departmentPath })
    await waitUntil(async () => (await screen.roles(NEW_ACCOUNT).textContent()) === words, 10_000, 'the grant in the grid')
    const zhang = (await secadmin('account-list', {})).find((a) => a.name === NEW_ACCOUNT)
    expect(zhang?.grants).toEqual([{ role: 'leader', departments: [{ id: expect.any(Number), path: departmentPath }] }])
  })

  it('a grant that breaks 三员分立 is refused naming both roles, and nothing changes', async () => {
    const screen = accounts()
    const before = await secadmin('account-list', {})
    const refusals = [
      { name: testAccountNames.clerk, role: 'auditor', held: 'clerk' },
      { name: testAccountNames.auditor, role: 'sysadmin', held: 'auditor' },
    ] as const
    for (const r of refusals) {
      const shown = await screen.roles(r.name).textContent()
      await screen.select(r.name)
      await screen.grantOpen.click()
      const dialog = new AccountGrantDialogModel(page)
      await dialog.role.selectOption(r.role)
      await dialog.save.click()
      await dialog.error.waitFor()
      expect(await dialog.error.textContent()).toBe(t('auth.grant.separation', { name: r.name, role: t(`role.${r.role}`), held: t(`role.${r.held}`) }))
      if (r.held === 'clerk') await cleanShot(page, '32-account-grant-refused')
      await dialog.cancel.click()
      await dialog.root.waitFor({ state: 'hidden' })
      expect(await screen.roles(r.name).textContent()).toBe(shown)
    }
    expect(await secadmin('account-list', {})).toEqual(before)
  })

  const audit = () => new AuditPageModel(page)

  it('the 安全审计员 sees only 审计, with the grant just made in words', async () => {
    await signOutThroughHeader(page)
    await signInThroughForm(page, testAccountNames.auditor, testPasswords.working)
    expect(await shell.navRoutes()).toEqual(['audit'])
    const grants = await auditor('audit-list', { user: testAccountNames.secadmin, method: 'account-grant', limit: 50 })
    const grant = grants.find((e) => e.entityId === NEW_ACCOUNT)
    if (!grant) throw new Error('no audit entry of the grant to zhang')
    // the setup's grant to the clerk and this one: the two refused grants wrote nothing
    expect(grants.map((e) => e.entityId).sort()).toEqual([testAccountNames.clerk, NEW_ACCOUNT].sort())
    const screen = audit()
    const row = String(grant.id)
    await screen.grid.row(row).waitFor()
    expect(await screen.grid.cell(row, 'user').textContent()).toBe(testAccountNames.secadmin)
    expect(await screen.grid.cell(row, 'role').textContent()).toBe(t('role.secadmin'))
    expect(await screen.grid.cell(row, 'method').textContent()).toBe(t('method.account-grant'))
    expect(await screen.grid.cell(row, 'entityId').textContent()).toBe(NEW_ACCOUNT)
    expect(await screen.grid.cell(row, 'entity').textContent()).toBe(t('ui.auditLog.entity.account'))
    // the change read as words: the role by name with its department, no JSON braces or quotes
    const after = (await screen.grid.cell(row, 'after').textContent()) ?? ''
    expect(after).toContain(t('ui.auditLog.field.grants'))
    expect(after).toContain(t('role.leader'))
    expect(after).toContain(DEPARTMENT)
    expect(after).not.toMatch(/[{}"]/)
  })

  it('filtering by account shows that account’s entries only', async () => {
    const screen = audit()
    const expected = (await auditor('audit-list', { user: testAccountNames.secadmin, limit: 5000 })).map((e) => e.id)
    await screen.filterByUser(testAccountNames.secadmin)
    await waitUntil(async () => JSON.stringify(await screen.shownIds()) === JSON.stringify(expected), 10_000, 'only the security admin’s entries')
    expect(new Set(await screen.column('user'))).toEqual(new Set([testAccountNames.secadmin]))
    expect(await screen.shownCount()).toBe(expected.length)
  })

  it('核验 says the log is intact with its row count, in Chinese and English', async () => {
    const screen = audit()
    const rows = (await auditor('audit-list', { limit: 5000 })).length
    await screen.verify.click()
    await screen.verifyResult.waitFor()
    expect(await screen.verifyResult.getAttribute('data-ok')).toBe('true')
    expect(await screen.verifyMessage.textContent()).toBe(t('audit.verify.ok', { rows }))
    await cleanShot(page, '33-audit-intact')
    // the switch re-draws the screen (filters and result gone) and the backend answers in English
    await switchLocale(page, async () => (await screen.verify.textContent()) ?? '', t('ui.auditLog.verify', undefined, 'en'))
    await screen.filterByUser(testAccountNames.secadmin)
    const english = t('audit.verify.ok', { rows: (await auditor('audit-list', { limit: 5000 })).length }, 'en')
    await screen.verify.click()
    await waitUntil(async () => (await screen.verifyMessage.textContent()) === english, 10_000, 'the English result')
    await cleanShot(page, '33-audit-intact-en')
    await switchLocale(page, async () => (await screen.verify.textContent()) ?? '', t('ui.auditLog.verify'))
    await screen.filterByUser(testAccountNames.secadmin)
    await waitUntil(async () => new Set(await screen.column('user')).size === 1, 10_000, 'the filter again')
  })

  it('导出 downloads the filtered entries as a workbook with the grid’s columns and a check code', async () => {
    const screen = audit()
    const shown = await screen.shownIds()
    const [download] = await Promise.all([page.waitForEvent('download'), screen.export.click()])
    const back = await readExport(download, 10, false)
    expect(back.title).toBe(t('exportName.unitTitle', { unit: t('report.unit.default'), title: `${t('audit.export.title')}（${t('audit.export.filter.user')}：${testAccountNames.secadmin}）` }))
    const columns = ['id', 'at', 'user', 'role', 'method', 'entity', 'entityId', 'before', 'after'] as const
    expect(back.headers).toEqual([...columns.map((c) => t(`ui.auditLog.col.${c}`)), t('audit.export.col.hash')])
    expect(back.rows).toHaveLength(shown.length)
    expect(back.values.map((r) => r[0])).toEqual(shown)
    expect(new Set(back.rows.map((r) => r[2]))).toEqual(new Set([testAccountNames.secadmin]))
    expect(back.rows.every((r) => /^[0-9a-f]{64}$/.test(r[9]))).toBe(true)
  })

  it('an entry changed in the database file behind the program: 核验 names its row', async () => {
    const screen = audit()
    const [grant] = (await auditor('audit-list', { user: testAccountNames.secadmin, method: 'account-grant', limit: 50 })).filter((e) => e.entityId === NEW_ACCOUNT)
    // zhang made a clerk of the whole unit, in the log only
    expect(rewriteAuditAfter(server.dbPath, grant.id, { grants: [{ role: 'clerk', departments: null }] })).toBe(1)
    await screen.verify.click()
    await waitUntil(async () => (await screen.verifyResult.getAttribute('data-ok')) === 'false', 10_000, 'the broken result')
    expect(await screen.verifyMessage.textContent()).toBe(t('audit.verify.edited', { id: grant.id }))
    expect(await screen.verifyResult.textContent()).toContain(t('ui.auditLog.verify.rowShown', { id: grant.id }))
    await waitUntil(async () => ((await screen.grid.row(String(grant.id)).getAttribute('class')) ?? '').includes('ag-row-selected'), 10_000, 'the broken row selected')
    await cleanShot(page, '34-audit-broken')
    await switchLocale(page, async () => (await screen.verify.textContent()) ?? '', t('ui.auditLog.verify', undefined, 'en'))
    await screen.filterByUser(testAccountNames.secadmin)
    await screen.verify.click()
    const english = t('audit.verify.edited', { id: grant.id }, 'en')
    await waitUntil(async () => (await screen.verifyMessage.textContent()) === english, 10_000, 'the English result')
    await cleanShot(page, '34-audit-broken-en')
    await switchLocale(page, async () => (await screen.verify.textContent()) ?? '', t('ui.auditLog.verify'))
  })

  it('logs no page errors but the three refusals above', () => {
    // the browser logs every 4xx answer as a failed load: the weak password (400), the two 三员分立 grants (409)
    const refusal = /^Failed to load resource: the server responded with a status of (400|409) /
    expect(browser.pageErrors.filter((e) => !refusal.test(e))).toEqual([])
    expect(browser.pageErrors.filter((e) => e.includes('status of 400'))).toHaveLength(1)
    expect(browser.pageErrors.filter((e) => e.includes('status of 409'))).toHaveLength(2)
  })
})
