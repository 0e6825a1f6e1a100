import type { Page } from 'playwright-core'
import { StagesPageModel } from '../pages/stages-page'
import { waitUntil } from '../support/wait'
import { choosePeriod, goTo } from './navigate'

export async function openStages(page: Page, period: string): Promise<StagesPageModel> {
  await goTo(page, 'periods')
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

/** Waits until the grid no longer has a selection (a stage was recorded and the list reloaded). */
export async function waitRecorded(stages: StagesPageModel): Promise<void> {
  await waitUntil(async () => Number(await stages.selected.getAttribute('data-count')) === 0, 15_000, 'the stage to be recorded')
}
