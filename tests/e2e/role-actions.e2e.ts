import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { t } from '../../shared/i18n'
import { signInAs, testAccountNames, testPasswords, type Caller } from '../support/accounts'
import { openEntry } from './actions/entry'
import { switchLocale } from './actions/locale'
import { choosePeriod, goTo } from './actions/navigate'
import { openStages, selectPeople, waitRecorded } from './actions/stages'
import { signInThroughForm, signOutThroughHeader } from './actions/sign-in'
import { clerkActions, control, offered } from './pages/clerk-actions'
import { OrgPageModel } from './pages/org-page'
import { PeriodPageModel } from './pages/period-page'
import { Shell, type Screen } from './pages/shell'
import type { StagesPageModel } from './pages/stages-page'
import { bridge, httpCaller, type Api } from './support/api'
import { cleanShot, fixtureFile, openBrowser, type E2eBrowser } from './support/browser'
import { startServer, type E2eServer } from './support/server'
import { waitUntil } from './support/wait'

const SCHEME = '平时考核2025'
const PERIOD = '2025-Q1'
const DEPARTMENT = '财政所'
/** a second leader entered by hand, full marks to two people: the rater 录入 opens on, and a 满分 flag */
const RATER = '考核办复评'
const LEAVES = ['D1', 'D2', 'N1', 'N2', 'Q1', 'J1', 'J2', 'J3', 'L1']
const OBJECTIVE = '年度重点工作按期完成'
const LEADER_SCREENS: Screen[] = ['org', 'scheme', 'period', 'results', 'report', 'settings']
const READER_SCREENS: Screen[] = ['dashboard', 'org', 'scheme', 'period', 'okr', 'ratings', 'results', 'notice', 'uses', 'report', 'settings']

let server: E2eServer
let browser: E2eBrowser
let page: Page
let shell: Shell
let caller: Caller
let clerk: Api
/** the people of 财政所: all a 部门领导 of it sees */
let departmentPeople: string[]

beforeAll(async () => {
  server = await startServer()
  caller = httpCaller(server)
  clerk = bridge({ caller, credential: await signInAs(caller, 'clerk') })
  // a quarter as the clerk leaves it: roster, scheme, the period open and rated, results computed,
  // the cross-checks run, an objective with a key result and a penalty on record
  await clerk('roster-import', { file: await fixtureFile('roster.xlsx') })
  await clerk('scheme-import', { file: await fixtureFile('scheme.xlsx'), name: SCHEME })
  await clerk('period-create', { id: PERIOD, kind: 'quarter', scheme: SCHEME })
  await clerk('period-open', { id: PERIOD })
  await clerk('ratings-import', { period: PERIOD, file: await fixtureFile('ratings-2025-Q1.xlsx') })
  // a leaf that does not apply to the person's post is refused cell by cell, which is fine here
  await clerk('entry-save', { period: PERIOD, role: '领导', rater: RATER, cells: ['S011', 'S012'].flatMap((staffNo) => LEAVES.map((code) => ({ staffNo, code, score: 100 }))) })
  await clerk('results-compute', { period: PERIOD })
  await clerk('flags-run', { period: PERIOD })
  const objective = await clerk('okr-objective-save', { title: OBJECTIVE, ownerStaffNo: 'S011', startDate: '2025-01-01', dueDate: '2025-12-31', weight: 1 })
  await clerk('okr-kr-save', { objectiveId: objective.id, title: '完成调研报告', unit: '篇', baseline: 0, target: 4, weight: 1 })
  await clerk('penalties-add', { staffNo: 'S030', type: '警告', decidedOn: '2025-03-01', reason: '违反工作纪律' })
  const department = (await clerk('org-list', {})).find((d) => d.name === DEPARTMENT)
  if (!department) throw new Error(`the roster has no ${DEPARTMENT}`)
  departmentPeople = (await clerk('roster-list', {})).filter((p) => p.department === department.path).map((p) => p.staffNo)
  // the two accounts under test, made and granted as an office would
  await signInAs(caller, 'leader', { departments: [DEPARTMENT] })
  await signInAs(caller, 'readonly')
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

/** Waits for a screen's own content (so an absent button is absent, not just not drawn yet), then lists the clerk's controls it offers. */
async function offeredOn(ready: string, ids: readonly string[]): Promise<string[]> {
  await control(page, ready).first().waitFor()
  return offered(page, ids)
}

/** Switches the language by the header's switch; the navigation's 考核周期 tells when the screen is drawn again. */
async function toLocale(locale: 'zh-CN' | 'en'): Promise<void> {
  await switchLocale(page, async () => (await shell.nav('period').textContent()) ?? '', t('nav.period', undefined, locale))
}

async function openStagesTab(): Promise<StagesPageModel> {
  const stages = await openStages(page, PERIOD)
  await stages.board.waitFor()
  return stages
}

describe('部门领导: only the leader’s own action on each of its screens', () => {
  it('signs in through the form and sees its six screens', async () => {
    await signInThroughForm(page, testAccountNames.leader, testPasswords.working)
    expect(await shell.navRoutes()).toEqual(LEADER_SCREENS)
  })

  it('组织人员: the roster of its department, no import, no past-grade or penalty tabs', async () => {
    await goTo(page, 'org')
    const org = new OrgPageModel(page)
    await waitUntil(async () => Number(await org.count.getAttribute('data-total')) === departmentPeople.length, 10_000, 'the department’s roster')
    expect(await offeredOn('roster-grid', clerkActions.org)).toEqual([])
    // past grades and penalties are whole-unit reads, refused to a limited account: no tab leads there
    expect(await offered(page, ['org-tab-roster', 'org-tab-history', 'org-tab-penalties'])).toEqual([])
    expect(await control(page, 'template-roster').count()).toBe(1)
    await cleanShot(page, '101-role-leader-org')
    await toLocale('en')
    await org.grid.rows.first().waitFor()
    await cleanShot(page, '101-role-leader-org-en')
    await toLocale('zh-CN')
  })

  it('指标体系: the tree to read, no editing, import, new scheme or new draft', async () => {
    await goTo(page, 'scheme')
    expect(await offeredOn('scheme-summary', clerkActions.scheme)).toEqual([])
    expect(await page.getByTestId('scheme-editor').getAttribute('data-readonly')).toBe('true')
    expect(await page.getByTestId('scheme-frozen').textContent()).toBe(t('ui.versions.frozenBannerReader', { version: 1, period: PERIOD }))
    expect(await offered(page, ['scheme-export', 'tree-expand-all'])).toEqual(['scheme-export', 'tree-expand-all'])
  })

  it('考核周期: the list and participation to read, no new period, step or edit', async () => {
    await goTo(page, 'period')
    const periods = new PeriodPageModel(page)
    await periods.grid.row(PERIOD).waitFor()
    expect(await offered(page, clerkActions.periodList)).toEqual([])
    await periods.tab('people').click()
    await periods.peopleGrid.rows.first().waitFor()
    expect(await periods.peopleGrid.root.locator('.ag-cell.cell-editable').count()).toBe(0)
  })

  it('环节进度: 领导核验 only, recorded for a person of its department', async () => {
    const stages = await openStagesTab()
    expect(await offered(page, [...clerkActions.stages, 'reminders-export'])).toEqual([])
    expect(await stages.action('leader').count()).toBe(1)
    const someone = departmentPeople[0]
    await selectPeople(stages, [someone])
    expect(await stages.action('leader').isEnabled()).toBe(true)
    await cleanShot(page, '100-role-leader-stages')
    await toLocale('en')
    const again = await openStagesTab()
    expect(await offered(page, [...clerkActions.stages, 'reminders-export'])).toEqual([])
    await selectPeople(again, [someone])
    await cleanShot(page, '100-role-leader-stages-en')
    await toLocale('zh-CN')
    const shown = await openStagesTab()
    await selectPeople(shown, [someone])
    await shown.action('leader').click()
    const dialog = page.getByTestId('stage-leader-dialog')
    await dialog.getByTestId('stage-leader-comment').fill('工作积极主动，完成任务较好。')
    await dialog.getByTestId('stage-leader-confirm').click()
    await waitRecorded(shown)
    const recorded = (await clerk('stages-list', { period: PERIOD })).find((p) => p.staffNo === someone)
    expect(recorded?.leader.done).toBe(true)
    expect(await shell.errorToasts.count()).toBe(0)
  })

  it('结果: no 计算, 改定等次 or 容错免责, and no exemption list (a whole-unit read)', async () => {
    await goTo(page, 'results')
    expect(await offeredOn('results-grid', [...clerkActions.results, 'exemptions-open'])).toEqual([])
    expect(await control(page, 'explain-open').count()).toBe(1)
  })

  it('报表: the period report to export, not the whole unit’s department summary', async () => {
    await goTo(page, 'report')
    await page.getByTestId('department-charts').waitFor()
    expect(await offeredOn('report-export', ['report-departments-export'])).toEqual([])
  })

  it('设置: the rules to read in disabled boxes, no buttons, no department grades', async () => {
    await goTo(page, 'settings')
    expect(await offeredOn('setting-good', [...clerkActions.settings, 'department-grades-card'])).toEqual([])
    expect(await page.getByTestId('setting-good').isDisabled()).toBe(true)
    await page.getByTestId('rater-weight-leader').waitFor()
    expect(await page.getByTestId('rater-weight-leader').isDisabled()).toBe(true)
    await signOutThroughHeader(page)
  })
})

describe('只读: every screen to read, no action at all', () => {
  it('signs in through the form and sees the eleven assessment screens', async () => {
    await signInThroughForm(page, testAccountNames.readonly, testPasswords.working)
    expect(await shell.navRoutes()).toEqual(READER_SCREENS)
  })

  it('概览 and 组织人员: no import or 新增 on the roster, past grades or penalties', async () => {
    await goTo(page, 'dashboard')
    await page.getByTestId('dashboard').waitFor()
    await goTo(page, 'org')
    expect(await offeredOn('roster-grid', clerkActions.org)).toEqual([])
    await page.getByTestId('org-tab-history').click()
    expect(await offeredOn('history-grid', clerkActions.history)).toEqual([])
    // told there are none, not to import them
    await waitUntil(async () => (await page.getByTestId('history-empty').count()) > 0, 10_000, 'the empty history')
    expect(await page.getByTestId('history-empty').textContent()).toBe(t('ui.history.emptyReader'))
    await page.getByTestId('org-tab-penalties').click()
    await page.locator('[data-testid="penalty-grid"] .ag-row[row-id]').first().waitFor()
    expect(await offered(page, clerkActions.penalties)).toEqual([])
  })

  it('指标体系 and 考核周期: nothing to edit, create, step or record', async () => {
    await goTo(page, 'scheme')
    expect(await offeredOn('scheme-summary', clerkActions.scheme)).toEqual([])
    await goTo(page, 'period')
    const periods = new PeriodPageModel(page)
    await periods.grid.row(PERIOD).waitFor()
    expect(await offered(page, clerkActions.periodList)).toEqual([])
    const stages = await openStagesTab()
    expect(await offered(page, [...clerkActions.stages, 'stage-action-leader', 'stages-selected'])).toEqual([])
    expect(await stages.grid.root.locator('.ag-selection-checkbox').count()).toBe(0)
    // the reminder list covers the whole unit, which a 只读 of the whole unit may read
    expect(await stages.exportReminders.count()).toBe(1)
  })

  it('目标管理: the objectives without 新增, import or row buttons', async () => {
    await goTo(page, 'okr')
    await page.locator('[data-testid="okr-grid"] .ag-row[row-id]').first().waitFor()
    expect(await offered(page, clerkActions.okr)).toEqual([])
  })

  it('评分: no import, a read-only entry grid, no 重新核查 or flag decisions', async () => {
    await goTo(page, 'ratings')
    await choosePeriod(page, PERIOD)
    expect(await offeredOn('ratings-grid', clerkActions.ratings)).toEqual([])
    const entry = await openEntry(page, PERIOD, '领导', RATER)
    expect(await offered(page, clerkActions.entry)).toEqual([])
    expect(await entry.grid.root.locator('.ag-row[row-id="S011"]').count()).toBe(1)
    await page.getByTestId('ratings-tab-flags').click()
    const flags = await clerk('flags-list', { period: PERIOD, status: 'open' })
    // open flags, each of which would carry 确认 and 排除 for the clerk
    expect(flags.length).toBeGreaterThan(0)
    await waitUntil(async () => Number(await page.getByTestId('flags-count').getAttribute('data-count')) === flags.length, 10_000, 'the flags listed')
    expect(await offered(page, clerkActions.flags)).toEqual([])
  })

  it('结果, 公示与申诉 and 结果运用: no decision, publication or marking', async () => {
    await goTo(page, 'results')
    expect(await offeredOn('results-grid', clerkActions.results)).toEqual([])
    await goTo(page, 'notice')
    expect(await offeredOn('notice-none', clerkActions.notice)).toEqual([])
    expect(await page.getByTestId('notice-none').textContent()).toBe(t('ui.decide.notice.noneReader'))
    await goTo(page, 'uses')
    // the period's year (the screen opens on this calendar year), and a list with someone on it:
    // its status reads as words, not as a button to mark
    await page.getByTestId('uses-year').selectOption('2025')
    const someone = page.locator('[data-testid^="uses-count-"]:not([data-count="0"])')
    await waitUntil(async () => (await someone.count()) > 0, 10_000, 'a list with someone on it')
    await someone.first().click()
    await control(page, 'use-state-*').first().waitFor()
    expect(await offered(page, clerkActions.uses)).toEqual([])
  })

  it('报表 and 设置: exports it may make, settings to read only', async () => {
    await goTo(page, 'report')
    await page.getByTestId('department-charts').waitFor()
    expect(await offered(page, ['report-export', 'report-departments-export'])).toEqual(['report-export', 'report-departments-export'])
    await goTo(page, 'settings')
    expect(await offeredOn('department-grades-card', clerkActions.settings)).toEqual([])
    expect(await page.getByTestId('setting-good').isDisabled()).toBe(true)
    expect(await shell.errorToasts.count()).toBe(0)
    await signOutThroughHeader(page)
  })
})

describe('考核工作人员: the same screens keep their actions', () => {
  it('组织人员, 环节进度 and 设置 offer the clerk’s work', async () => {
    await signInThroughForm(page, testAccountNames.clerk, testPasswords.working)
    await goTo(page, 'org')
    expect(await offeredOn('roster-grid', [...clerkActions.org, 'org-tab-history', 'org-tab-penalties'])).toEqual([...clerkActions.org, 'org-tab-history', 'org-tab-penalties'])
    await openStagesTab()
    const stageControls = ['stage-action-self', 'stage-action-peer', 'stage-action-leader', 'stage-action-committee', 'stages-advance', 'reminders-export']
    expect(await offered(page, stageControls)).toEqual(stageControls)
    await goTo(page, 'settings')
    await page.getByTestId('setting-good').waitFor()
    const settingControls = ['settings-save', 'rater-settings-save', 'calendar-save', 'calendar-holidays-add', 'department-grades-save']
    expect(await offeredOn('department-grades-card', settingControls)).toEqual(settingControls)
    expect(await page.getByTestId('setting-good').isDisabled()).toBe(false)
  })
})
