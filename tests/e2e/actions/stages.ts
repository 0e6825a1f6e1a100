import type { Page } from 'playwright-core'
import { StagesPageModel } from '../pages/stages-page'
import { waitUntil } from '../support/wait'
import { choosePeriod, goTo } from './navigate'

export async function openStages(page: Page, period: string): Promise<StagesPageModel> {
  await goTo(page, 'period')
  const stages = new StagesPageModel(page)
  await stages.tab.click()
  await choosePeriod(page, period)
  await stages.grid.rows.first().waitFor()
  return stages
}

/** Ticks exactly these rows (after clearing any selection). */
export async function selectPeople(stages: StagesPageModel, staffNos: string[]): Promise<void> {
  for (const no of staffNos) await stages.rowCheckbox(no).check()
  await waitUntil(async () => Number(await stages.selected.getAttribute('data-count')) === staffNos.length, 5_000, `${staffNos.length} selected`)
}

/** Ticks every row the grid shows (the header checkbox). */
export async function selectAllShown(stages: StagesPageModel): Promise<number> {
  await stages.selectAll.check()
  await waitUntil(async () => Number(await stages.selected.getAttribute('data-count')) > 0, 5_000, 'rows selected')
  return Number(await stages.selected.getAttribute('data-count'))
}

/**
 * Waits until a stage was recorded and the list reloaded: its dialog closed and nothing loading. The
 * selection stays, so the next batch can follow on the same people.
 */
export async function waitRecorded(stages: StagesPageModel): Promise<void> {
  const open = stages.page.locator('[data-testid^="stage-"][data-testid$="-dialog"]')
  await waitUntil(async () => (await open.count()) === 0 && (await stages.selected.getAttribute('data-busy')) === 'false', 15_000, 'the stage to be recorded')
}

/**
 * open → review the way an office does it: 个人述职, 同事互评 and 领导核验 recorded in bulk for
 * everyone shown on 环节进度, then the period advanced.
 */
export async function moveToReview(page: Page, period: string): Promise<StagesPageModel> {
  const stages = await openStages(page, period)
  // 个人述职 only for those who owe one (不定等次 people give none)
  await stages.missing.selectOption('self')
  await selectAllShown(stages)
  await stages.action('self').click()
  const self = page.getByTestId('stage-self-dialog')
  await self.getByTestId('stage-self-text').fill('已提交书面述职报告，存档备查。')
  await self.getByTestId('stage-self-confirm').click()
  await waitRecorded(stages)
  await stages.missing.selectOption('')
  await selectAllShown(stages)
  await stages.action('peer').click()
  await page.getByTestId('stage-peer-dialog-confirm').click()
  await waitRecorded(stages)
  await selectAllShown(stages)
  await stages.action('leader').click()
  const leader = page.getByTestId('stage-leader-dialog')
  await leader.getByTestId('stage-leader-comment').fill('工作积极主动，完成任务较好。')
  await leader.getByTestId('stage-leader-confirm').click()
  await waitRecorded(stages)
  // 推进 is off until the board has every stage: it turns on by itself
  await waitUntil(async () => await stages.advance.isEnabled(), 10_000, 'the step to review allowed')
  await stages.advance.click()
  const dialog = page.getByTestId('period-advance-dialog')
  await waitUntil(async () => await dialog.getByTestId('period-advance-confirm').isEnabled(), 10_000, 'the step to review allowed')
  await dialog.getByTestId('period-advance-confirm').click()
  await dialog.waitFor({ state: 'hidden' })
  return stages
}
