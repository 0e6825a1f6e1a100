import { pasteTsv } from '../support/paste'
import type { Page } from 'playwright-core'
import { SchemeWorkbenchModel, WeightsDialogModel } from '../pages/scheme-workbench'
import { waitUntil } from '../support/wait'
import { goTo } from './navigate'

/** Opens a scheme (newest version unless one is named) on the tree tab. */
export async function openWorkbench(page: Page, name: string, version?: number): Promise<SchemeWorkbenchModel> {
  await goTo(page, 'scheme')
  const wb = new SchemeWorkbenchModel(page)
  await wb.select.locator(`option[value="${name}"]`).waitFor({ state: 'attached' })
  await wb.select.selectOption(name)
  if (version !== undefined) {
    await wb.versionSelect.locator(`option[value="${version}"]`).waitFor({ state: 'attached' })
    await wb.versionSelect.selectOption(String(version))
    await waitUntil(async () => (await wb.version.getAttribute('data-version')) === String(version), 10_000, `version ${version}`)
  }
  await wb.grid.root.locator('.ag-row').first().waitFor()
  return wb
}

/** Clicks a row's code cell: the row becomes the one the toolbar acts on. */
export async function selectRow(wb: SchemeWorkbenchModel, code: string): Promise<void> {
  await wb.codeCell(code).click()
  await waitUntil(async () => ((await wb.grid.row(code).first().getAttribute('class')) ?? '').includes('ag-row-selected'), 5_000, `row ${code} selected`)
}

/** Types into the cell editor that an add operation opened (the new row's name), then Enter. */
async function typeIntoOpenEditor(page: Page, text: string): Promise<void> {
  const input = page.locator('[data-testid="indicator-grid"] .ag-cell-inline-editing input')
  await input.waitFor()
  await input.fill(text)
  await input.press('Enter')
}

/** Adds a sibling (or child) of the selected row with the given name; returns the new row's code. */
export async function addRow(wb: SchemeWorkbenchModel, kind: 'sibling' | 'child', name: string): Promise<string> {
  await wb.op(kind).click()
  await typeIntoOpenEditor(wb.page, name)
  const selected = wb.grid.root.locator('.ag-row.ag-row-selected[row-id]')
  await waitUntil(async () => (await selected.count()) > 0, 5_000, 'the new row selected')
  const code = await selected.first().getAttribute('row-id')
  if (!code) throw new Error('no row-id on the new row')
  await waitUntil(async () => (await wb.cell(code, 'name').textContent()) === name, 5_000, `name ${name}`)
  return code
}

/** Double-clicks a cell, types the text and commits with Enter (text editors). */
export async function editCell(wb: SchemeWorkbenchModel, code: string, col: string, text: string): Promise<void> {
  const cell = wb.cell(code, col)
  await cell.dblclick()
  const input = cell.locator('input')
  await input.waitFor()
  await input.fill(text)
  await input.press('Enter')
}

/** Pastes a tab-separated block at the focused row or cell, as from Excel. */
export async function pasteText(wb: SchemeWorkbenchModel, text: string): Promise<void> {
  await pasteTsv(wb.page, 'indicator-grid-box', text)
}

export async function saveScheme(wb: SchemeWorkbenchModel): Promise<void> {
  await wb.save.click()
  await waitUntil(async () => (await wb.dirty.count()) === 0 || (await wb.saveError.count()) > 0, 20_000, 'the save to finish')
}

/** Opens 权重计算 for the selected row's children. */
export async function openWeights(wb: SchemeWorkbenchModel, code: string): Promise<WeightsDialogModel> {
  await dismissToasts(wb.page)
  await selectRow(wb, code)
  await wb.op('weights').click()
  const dialog = new WeightsDialogModel(wb.page)
  await dialog.root.waitFor()
  return dialog
}

/** Enters the upper triangle of a pairwise matrix, as texts on the Saaty scale ('3', '1/3'). */
export async function enterMatrix(dialog: WeightsDialogModel, upper: string[][]): Promise<void> {
  const n = upper.length
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) await dialog.judgment(i, j).selectOption(upper[i][j])
}

/** Closes every message in the status area, so a screenshot shows the screen itself (not behind a modal dialog: the page is inert then). */
export async function dismissToasts(page: Page): Promise<void> {
  if ((await page.locator('dialog[open]').count()) > 0) return
  const close = page.locator('[data-testid="status-area"] .toast .icon-button')
  while ((await close.count()) > 0) await close.first().click()
}
