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
  await entry.page.keyboard.type(text)
  await entry.page.keyboard.press(then)
}

/** Pastes text as Excel puts it on the clipboard: a paste event with text/plain on the focused cell. */
export async function pasteIntoGrid(entry: EntryPageModel, text: string): Promise<void> {
  await entry.page.evaluate(`(() => {
    const box = document.querySelector('[data-testid="entry-grid"]')
    const active = document.activeElement
    const target = active && box && box.contains(active) ? active : (box.querySelector('.ag-cell-focus') || box)
    const data = new DataTransfer()
    data.setData('text/plain', ${JSON.stringify(text)})
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  })()`)
}

/** Waits until every edit is stored (the status says 已保存). */
export async function waitSaved(entry: EntryPageModel): Promise<void> {
  await waitUntil(async () => (await entry.status.getAttribute('data-state')) === 'saved', 15_000, 'the entry grid to save')
}
