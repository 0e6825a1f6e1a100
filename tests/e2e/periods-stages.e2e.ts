import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { setupOpenPeriod } from './actions/period'
import { openStages, selectAllShown, selectPeople, waitRecorded } from './actions/stages'
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

async function recordSelf(stages: StagesPageModel, text: string, score: string, shot?: string): Promise<void> {
  await stages.action('self').click()
  const dialog = page.getByTestId('stage-self-dialog')
  await dialog.getByTestId('stage-self-text').fill(text)
  await dialog.getByTestId('stage-self-score').fill(score)
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

  it('refuses to advance while stages are missing, listing the reasons', async () => {
    const stages = await openStages(page, PERIOD)
    await screenshot(page, '62-stages')
    await stages.advance.click()
    const dialog = page.getByTestId('period-advance-dialog')
    await dialog.getByTestId('period-advance-blocked').waitFor()
    expect(await dialog.getByTestId('period-advance-reason').count()).toBeGreaterThan(0)
    await dialog.getByTestId('period-advance-confirm').click()
    await dialog.getByTestId('period-advance-refusal').waitFor()
    expect(await dialog.getByTestId('period-advance-refusal-reason').count()).toBeGreaterThan(0)
    await screenshot(page, '63-advance-refused')
    await dialog.getByTestId('period-advance-cancel').click()
    expect(await periodStatus()).toBe('open')
  })

  it('records a self-report for one person and exports the reminder list', async () => {
    const stages = new StagesPageModel(page)
    await selectPeople(stages, ['S001'])
    await recordSelf(stages, '本季度牵头完成党政办文件流转系统上线，办文时限缩短三分之一；不足是调研不够深入。', '92', '64-stage-self')
    await waitUntil(async () => (await stages.stageCell('S001', 'self').getAttribute('data-state')) === 'done', 10_000, 'the self-report shown')
    const download = page.waitForEvent('download')
    await stages.exportReminders.click()
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/)
  })

  it('bulk-records the rest: self-reports, peer review, leader verification', async () => {
    const stages = new StagesPageModel(page)
    await stages.missing.selectOption('self')
    await waitUntil(async () => (await stages.grid.row('S001').count()) === 0, 5_000, 'only those missing a self-report')
    await selectAllShown(stages)
    await recordSelf(stages, '已提交书面述职报告，存档备查。', '88')
    await stages.missing.selectOption('')
    await selectAllShown(stages)
    await confirmBulk(stages, 'peer', '65-stage-peer-confirm')
    await selectAllShown(stages)
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
