import type { Page } from 'playwright-core'

/**
 * Pastes text as Excel puts it on the clipboard: a paste event carrying text/plain, dispatched on the
 * focused cell inside the box (or the box itself). A string script: the test side has no DOM types.
 */
export async function pasteTsv(page: Page, boxTestId: string, text: string): Promise<void> {
  await page.evaluate(`(() => {
    const box = document.querySelector('[data-testid="${boxTestId}"]')
    const active = document.activeElement
    const target = active && box && box.contains(active) ? active : (box.querySelector('.ag-cell-focus') || box)
    const data = new DataTransfer()
    data.setData('text/plain', ${JSON.stringify(text)})
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  })()`)
}
