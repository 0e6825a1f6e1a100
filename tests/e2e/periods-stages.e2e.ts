import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { setupOpenPeriod } from './actions/period'
import { openStages, selectAllShown, selectPeople, waitRecorded } from './actions/stages'
import { switchLocale } from './actions/locale'
import { cutColumns, otherLanguageText } from './support/screen-checks'
import { PeriodPageModel } from './pages/period-page'
import { StagesPageModel } from './pages/stages-page'
import { fixture, screenshot } from './support/browser'
import { useApp } from './support/app'
import { waitUntil } from './support/wait'

const SCHEME = '平时考核2025'
const PERIOD = '2025-Q1'
const app = useApp()
let page: Page
beforeAll(() => {
  page = app.page
})

/** The period as the backend has it, read through the bridge as the CLI would. */
async function periodStatus(): Promise<string> {
  const list = await app.api('period-list', {})
  return list.find((p) => p.id === PERIOD)?.status ?? ''
}

async function boardDone(stages: StagesPageModel, stage: string): Promise<boolean> {
  const cells = stages.board.locator(`.progress-stage[data-stage="${stage}"]`)
  const n = await cells.count()
  for (let i = 0; i < n; i++) {
    const c = cells.nth(i)
    if ((await c.getAttribute('data-done')) !== (await c.getAttribute('data-required'))) return false
  }
  return n > 0
}

async function recordSelf(stages: StagesPageModel, text: string, shot?: string): Promise<void> {
  await stages.action('self').click()
  const dialog = page.getByTestId('stage-self-dialog')
  // 保存 says why it is off until the report is written
  expect(await dialog.getByTestId('stage-self-confirm').isDisabled()).toBe(true)
  expect(await dialog.getByTestId('stage-self-why').textContent()).toBe('还不能保存：请填写述职报告。')
  // no self-score in the 述职: that is the imported 自评 rating
  expect(await dialog.getByTestId('stage-self-score').count()).toBe(0)
  if (shot) await screenshot(page, `${shot}-why`)
  await dialog.getByTestId('stage-self-text').fill(text)
  await dialog.getByTestId('stage-self-date').fill('2025-03-28')
  if (shot) await screenshot(page, shot)
  await dialog.getByTestId('stage-self-confirm').click()
  await waitRecorded(stages)
}

async function confirmBulk(stages: StagesPageModel, kind: 'peer' | 'committee', shot?: string): Promise<void> {
  await stages.action(kind).click()
  const dialog = page.getByTestId(`stage-${kind}-dialog`)
  await dialog.waitFor()
  if (shot) await screenshot(page, shot)
  await dialog.getByTestId(`stage-${kind}-dialog-confirm`).click()
  await waitRecorded(stages)
}

describe('考核周期: people, the four stages and the lifecycle', () => {
  it('sets up roster, scheme and the open period 2025-Q1', async () => {
    await setupOpenPeriod(page, PERIOD, SCHEME, { roster: fixture('roster.xlsx'), scheme: fixture('scheme.xlsx') })
    await screenshot(page, '60-periods-list')
    expect(await periodStatus()).toBe('open')
  })

  it('lists who takes part and changes a reason in place', async () => {
    const periods = new PeriodPageModel(page)
    await periods.tab('people').click()
    const grid = periods.peopleGrid
    await grid.row('S004').waitFor()
    await grid.cell('S004', 'reason').click()
    const input = grid.cell('S004', 'reason').locator('input')
    await input.waitFor()
    await input.fill('新录用试用期（2025年1月入职）')
    await input.press('Enter')
    await waitUntil(async () => ((await grid.cell('S004', 'reason').textContent()) ?? '').includes('2025'), 10_000, 'the reason saved')
    await screenshot(page, '61-period-people')
  })

  it('keeps 推进 off while blocked, says why in words, and groups who blocks it by department and stage', async () => {
    await page.setViewportSize({ width: 1366, height: 768 })
    const stages = await openStages(page, PERIOD)
    expect(await cutColumns(page, 'stages-grid')).toEqual([])
    await waitUntil(async () => (await stages.advance.getAttribute('title')) !== null, 10_000, 'the reason on hover')
    expect(await stages.advance.isDisabled()).toBe(true)
    const why = (await page.getByTestId('stages-advance-why').textContent()) ?? ''
    expect(why).toMatch(/^不能推进：待 36 人完成个人述职；待 36 人完成同事互评；待 37 人完成领导核验/)
    expect(await stages.advance.getAttribute('title')).toBe(why.replace('查看原因', ''))
    // 党委审定 waits for the leaders, and says so
    expect(await page.getByTestId('stages-action-why').textContent()).toContain('党委审定待 37 人完成领导核验')
    expect(await stages.action('committee').getAttribute('title')).toContain('待 37 人完成领导核验')
    await screenshot(page, '120-stages-blocked-1366')

    await page.getByTestId('stages-advance-reasons').click()
    const dialog = page.getByTestId('period-advance-dialog')
    await dialog.getByTestId('period-advance-groups').waitFor()
    expect(await dialog.getByTestId('period-advance-department').count()).toBe(6)
    const office = dialog.locator('[data-testid="period-advance-department"][data-department="党政办公室"]')
    expect(await office.locator('[data-testid="period-advance-group"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-stage')}:${e.getAttribute('data-count')}`))).toEqual(['self:6', 'peer:6', 'leader:7'])
    expect(await dialog.getByTestId('period-advance-confirm').isDisabled()).toBe(true)
    await dialog.getByTestId('period-advance-why').waitFor()
    await screenshot(page, '121-advance-groups')
    // the 个人述职 link: the stages tab filtered to that department and stage
    await office.locator('[data-testid="period-advance-group"][data-stage="self"] [data-testid="period-advance-fix"]').click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await stages.department.inputValue()).toBe('党政办公室')
    expect(await stages.missing.inputValue()).toBe('self')
    await waitUntil(async () => (await stages.grid.rows.count()) === 6, 5_000, 'the six without a 述职')
    // the 同事互评 link: 评分, where the 互评 ratings are imported
    await page.getByTestId('stages-advance-reasons').click()
    await office.locator('[data-testid="period-advance-group"][data-stage="peer"] [data-testid="period-advance-fix"]').click()
    await page.getByTestId('page-ratings').waitFor()
    expect(await periodStatus()).toBe('open')
  })

  it('reads the same in English at 1366×768', async () => {
    let stages = await openStages(page, PERIOD)
    await switchLocale(page, async () => (await page.getByTestId('period-tab-stages').textContent()) ?? '', 'Stage progress')
    stages = await openStages(page, PERIOD)
    expect(await cutColumns(page, 'stages-grid')).toEqual([])
    await page.getByTestId('stages-advance-why').waitFor()
    expect(await page.getByTestId('stages-advance-why').textContent()).toMatch(/^Cannot advance:/)
    // the brand's 考 and the switch back to 中文 are the only Chinese outside office data
    expect((await otherLanguageText(page, 'en')).filter((x) => x !== '考' && x !== '中文')).toEqual([])
    await screenshot(page, '123-stages-blocked-1366-en')
    await page.getByTestId('stages-advance-reasons').click()
    await page.getByTestId('period-advance-groups').waitFor()
    await screenshot(page, '124-advance-groups-en')
    await page.getByTestId('period-advance-cancel').click()
    await selectPeople(stages, ['S001'])
    await stages.action('self').click()
    await page.getByTestId('stage-self-why').waitFor()
    await screenshot(page, '125-stage-self-why-en')
    await page.getByTestId('stage-self-cancel').click()
    await switchLocale(page, async () => (await page.getByTestId('period-tab-stages').textContent()) ?? '', '环节进度')
  })

  it('records a self-report for one person and exports the reminder list', async () => {
    const stages = await openStages(page, PERIOD)
    await selectPeople(stages, ['S001'])
    await recordSelf(stages, '本季度牵头完成党政办文件流转系统上线，办文时限缩短三分之一；不足是调研不够深入。', '122-stage-self')
    await waitUntil(async () => (await stages.stageCell('S001', 'self').getAttribute('data-state')) === 'done', 10_000, 'the self-report shown')
    // the cell shows the 述职's date, never a score
    expect(await stages.stageCell('S001', 'self').textContent()).toBe('已完成2025-03-28')
    // the selection stays after the batch
    expect(await stages.selected.getAttribute('data-count')).toBe('1')
    const download = page.waitForEvent('download')
    await stages.exportReminders.click()
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/)
  })

  it('bulk-records the rest: self-reports, peer review, leader verification', async () => {
    const stages = new StagesPageModel(page)
    await stages.missing.selectOption('self')
    await waitUntil(async () => (await stages.grid.row('S001').count()) === 0, 5_000, 'only those missing a self-report')
    await selectAllShown(stages)
    await recordSelf(stages, '已提交书面述职报告，存档备查。')
    await stages.missing.selectOption('')
    const all = await selectAllShown(stages)
    await confirmBulk(stages, 'peer', '65-stage-peer-confirm')
    // the same people stay chosen for the next batch
    expect(Number(await stages.selected.getAttribute('data-count'))).toBe(all)
    await screenshot(page, '126-selection-kept')
    await stages.action('leader').click()
    const leader = page.getByTestId('stage-leader-dialog')
    await leader.getByTestId('stage-leader-comment').fill('工作积极主动，完成任务较好。')
    await leader.getByTestId('stage-leader-grade').selectOption('较好')
    await screenshot(page, '66-stage-leader')
    await leader.getByTestId('stage-leader-confirm').click()
    await waitRecorded(stages)
    for (const s of ['self', 'peer', 'leader']) await waitUntil(() => boardDone(stages, s), 10_000, `${s} complete on the board`)
    expect(await stages.board.getAttribute('data-complete')).toBe('false')
    await screenshot(page, '67-progress-three-stages')
  })

  it('advances to review, records the committee approval, and the board is complete', async () => {
    let stages = new StagesPageModel(page)
    await waitUntil(async () => await stages.advance.isEnabled(), 10_000, '推进 on once nothing blocks it')
    expect(await page.getByTestId('stages-advance-why').count()).toBe(0)
    await stages.advance.click()
    const dialog = page.getByTestId('period-advance-dialog')
    await dialog.getByTestId('period-advance-step').waitFor()
    await waitUntil(async () => await dialog.getByTestId('period-advance-confirm').isEnabled(), 10_000, 'the step allowed')
    await screenshot(page, '68-advance-allowed')
    await dialog.getByTestId('period-advance-confirm').click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await periodStatus()).toBe('review')

    stages = new StagesPageModel(page)
    await stages.grid.rows.first().waitFor()
    await selectAllShown(stages)
    await confirmBulk(stages, 'committee', '69-stage-committee-confirm')
    await waitUntil(async () => (await stages.board.getAttribute('data-complete')) === 'true', 10_000, 'the board complete')
    await screenshot(page, '70-progress-complete')
  })
})

describe('设置: rater settings per scheme', () => {
  it('shows the unit defaults as placeholders and the refusal of a frozen version', async () => {
    await page.getByTestId('nav-settings').click()
    const card = page.getByTestId('rater-settings')
    await card.waitFor()
    await card.getByTestId('rater-settings-scheme').locator(`option[value="${SCHEME}"]`).waitFor({ state: 'attached' })
    await waitUntil(async () => ((await card.getByTestId('rater-weight-leader').getAttribute('placeholder')) ?? '') === '50', 10_000, 'the unit default shown')
    for (const [id, v] of [['leader', '60'], ['peer', '20'], ['self', '10'], ['public', '5']] as const) await card.getByTestId(`rater-weight-${id}`).fill(v)
    expect(await card.getByTestId('rater-weights-state').getAttribute('data-state')).toBe('bad')
    expect(await card.getByTestId('rater-settings-save').isDisabled()).toBe(true)
    await card.getByTestId('rater-weight-public').fill('10')
    expect(await card.getByTestId('rater-weights-state').getAttribute('data-state')).toBe('ok')
    await card.getByTestId('rater-settings-save').click()
    // version 1 was frozen when 2025-Q1 opened: the refusal is shown in place
    await card.getByTestId('rater-settings-error').waitFor()
    await card.scrollIntoViewIfNeeded()
    await screenshot(page, '71-rater-settings-frozen')
  })
})
