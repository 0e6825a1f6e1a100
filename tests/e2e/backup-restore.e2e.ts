import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Credential } from '../../electron/core/context'
import { t } from '../../shared/i18n'
import { signInAs, testAccountNames, testPasswords, type Caller } from '../support/accounts'
import { switchLocale } from './actions/locale'
import { signInThroughForm } from './actions/sign-in'
import { AccountsPageModel } from './pages/accounts-page'
import { BackupCardModel } from './pages/backup-card'
import { SettingsPageModel } from './pages/settings-page'
import { Shell } from './pages/shell'
import { SignInPageModel } from './pages/sign-in-page'
import { bridge, httpCaller, type Api } from './support/api'
import { cleanShot, fixtureFile, openBrowser, type E2eBrowser } from './support/browser'
import { startServer, type E2eServer } from './support/server'
import { waitUntil } from './support/wait'

/** the account added after the backup: the restore takes it away again */
const LATER_ACCOUNT = 'zhao'

let server: E2eServer
let browser: E2eBrowser
let page: Page
let shell: Shell
let caller: Caller
let sysadmin: Api

beforeAll(async () => {
  server = await startServer()
  caller = httpCaller(server)
  const as = (credential: Credential): Api => bridge({ caller, credential })
  sysadmin = as(await signInAs(caller, 'sysadmin'))
  const clerk = as(await signInAs(caller, 'clerk'))
  // an import, so the list has an automatic backup beside the manual ones
  await clerk('roster-import', { file: await fixtureFile('roster.xlsx') })
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

describe('设置 → 备份与恢复: the 系统管理员 backs up, changes something, restores, and the change is gone', () => {
  const card = () => new BackupCardModel(page)

  it('the 系统管理员 reaches 设置 and sees only 备份与恢复 there, not the clerk’s rules', async () => {
    await signInThroughForm(page, testAccountNames.sysadmin, testPasswords.working)
    expect(await shell.navRoutes()).toEqual(['accounts', 'settings'])
    await shell.nav('settings').click()
    await card().root.waitFor()
    expect(await new SettingsPageModel(page).save.count()).toBe(0)
    expect(await page.getByTestId('settings-form').count()).toBe(0)
    await card().rowsOfKind('import').first().waitFor()
    expect(await card().rowsOfKind('import').first().getByTestId('backup-row-reason').textContent()).toBe(`${t('backup.kind.import')}：${t('method.roster-import')}`)
  })

  it('立即备份 adds the copy to the list, with its note', async () => {
    await card().reason.fill('增加账号之前')
    await card().backupNow.click()
    await card().rowsOfKind('manual').first().waitFor()
    expect(await card().rowsOfKind('manual').first().getByTestId('backup-row-reason').textContent()).toBe(`${t('backup.kind.manual')}：增加账号之前`)
    const listed = await sysadmin('backup-list', {})
    expect(listed.backups.map((b) => b.kind)).toEqual(['manual', 'import'])
    await cleanShot(page, '44-backup-card')
  })

  it('a change after the backup: a new account, on 账号管理', async () => {
    await sysadmin('account-add', { name: LATER_ACCOUNT, password: testPasswords.initial })
    await shell.nav('accounts').click()
    const accounts = new AccountsPageModel(page)
    await accounts.grid.row(LATER_ACCOUNT).waitFor()
  })

  it('恢复 asks first, saying the current data is backed up and everyone signs in again', async () => {
    await shell.nav('settings').click()
    const manual = card().rowsOfKind('manual').first()
    await manual.waitFor()
    await card().restoreOf(manual).click()
    await card().restoreDialog.waitFor()
    expect(await card().restoreDialog.textContent()).toContain(t('ui.backup.restoreSafety'))
    expect(await card().restoreWhat.textContent()).toContain('增加账号之前')
    await cleanShot(page, '45-backup-restore-confirm')
  })

  it('after the restore the window says so and asks to sign in again; the new account is gone', async () => {
    await card().restoreConfirm.click()
    const signIn = new SignInPageModel(page)
    const note = page.getByTestId('sign-in-note')
    await note.waitFor({ timeout: 30_000 })
    expect(await note.textContent()).toContain('请重新登录')
    await cleanShot(page, '46-restored-sign-in')
    expect(await signIn.name.inputValue()).toBe(testAccountNames.sysadmin)
    await signInThroughForm(page, testAccountNames.sysadmin, testPasswords.working)
    await shell.nav('accounts').click()
    const accounts = new AccountsPageModel(page)
    await accounts.grid.row(testAccountNames.clerk).waitFor()
    expect(await accounts.grid.row(LATER_ACCOUNT).count()).toBe(0)
    await shell.nav('settings').click()
    await card().rowsOfKind('restore').first().waitFor()
  })

  it('the card and the question in English', async () => {
    await switchLocale(page, async () => (await card().backupNow.textContent()) ?? '', t('ui.backup.now', undefined, 'en'))
    await card().rowsOfKind('restore').first().waitFor()
    await cleanShot(page, '44-backup-card-en')
    await card().restoreOf(card().rowsOfKind('manual').first()).click()
    await card().restoreDialog.waitFor()
    await cleanShot(page, '45-backup-restore-confirm-en')
    await card().restoreConfirm.click()
    const note = page.getByTestId('sign-in-note')
    await note.waitFor({ timeout: 30_000 })
    await waitUntil(async () => ((await note.textContent()) ?? '').includes('sign in again'), 10_000, 'the English note')
    await cleanShot(page, '46-restored-sign-in-en')
  })
})
