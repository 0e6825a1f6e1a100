import { pasteTsv } from '../support/paste'
import type { Page } from 'playwright-core'
import { EntryPageModel } from '../pages/entry-page'
import { waitUntil } from '../support/wait'
import { choosePeriod, goTo } from './navigate'

/** 评分 → 录入 for one rater: role and code chosen, the grid loaded. */
export async function openEntry(page: Page, period: string, role: '领导' | '互评' | '自评' | '群众', rater: string): Promise<EntryPageModel> {
  await goTo(page, 'ratings')
  await choosePeriod(page, period)
  const entry = new EntryPageModel(page)
  await entry.tab.click()
  await entry.role.selectOption(role)
  await entry.rater.fill(rater)
  await entry.grid.rows.first().waitFor()
  return entry
}

/** Clicks a cell and types into it like a spreadsheet (typing starts the editor), then the given key. */
export async function typeScore(entry: EntryPageModel, staffNo: string, code: string, text: string, then: 'Enter' | 'Tab' = 'Enter'): Promise<void> {
  await entry.cell(staffNo, code).click()
  // the first key opens the editor with itself in it; the rest wait until the editor is there, as a
  // person's next key does (on a loaded machine a key sent too early reaches no input)
  await entry.page.keyboard.type(text.slice(0, 1))
  const editor = entry.page.locator('.ag-cell-inline-editing input')
  await editor.waitFor()
  await waitUntil(async () => (await editor.inputValue()) === text.slice(0, 1), 5_000, 'the first key in the editor')
  await entry.page.keyboard.type(text.slice(1))
  await entry.page.keyboard.press(then)
}

/** Pastes a tab-separated block at the focused cell, as from Excel. */
export async function pasteIntoGrid(entry: EntryPageModel, text: string): Promise<void> {
  await pasteTsv(entry.page, 'entry-grid', text)
}

/** Waits until every edit is stored (the status says 已保存). */
export async function waitSaved(entry: EntryPageModel): Promise<void> {
  await waitUntil(async () => (await entry.status.getAttribute('data-state')) === 'saved', 15_000, 'the entry grid to save')
}
