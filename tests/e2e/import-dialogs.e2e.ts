import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { cancelImport, confirmImport, previewImport } from './actions/imports'
import { createPeriod } from './actions/period'
import { previewRatingsImport } from './actions/ratings'
import { previewSchemeImport } from './actions/scheme'
import { goTo } from './actions/navigate'
import type { ImportDialogModel } from './pages/import-dialog'
import { OrgPageModel } from './pages/org-page'
import { useApp } from './support/app'
import { fixture, screenshot } from './support/browser'
import { waitUntil } from './support/wait'
import { addSheet, xlsxBytes } from '../support/import-workbooks'
import { tempDir } from '../support/temp-dir'

const app = useApp()
let page: Page
beforeAll(async () => {
  page = app.page
  await page.setViewportSize({ width: 1366, height: 768 })
})

/** What every import dialog shows, top to bottom, before anything is written. */
async function structure(dialog: ImportDialogModel): Promise<string[]> {
  const parts = [
    ['file', dialog.root.locator('.dialog-body > .form-row').first().locator('.file-choice')],
    ['status', dialog.status],
    ['columns', dialog.columns],
    ['confirm', dialog.confirm],
    ['cancel', dialog.cancel],
  ] as const
  const shown: string[] = []
  for (const [name, locator] of parts) if (await locator.isVisible()) shown.push(name)
  return shown
}

const all = ['file', 'status', 'columns', 'confirm', 'cancel']

describe('every import previews before it writes, in one dialog', () => {
  it('roster, scheme and ratings: the file first, then the kind’s own fields, the preview, and 确认导入 — in zh-CN', async () => {
    await goTo(page, 'org')
    const roster = await previewImport(page, new OrgPageModel(page).importFile, fixture('roster.xlsx'))
    expect(await structure(roster)).toEqual(all)
    expect(await roster.confirm.isEnabled()).toBe(true)
    await screenshot(page, '13-import-roster')
    await confirmImport(roster)

    const scheme = await previewSchemeImport(page, '平时考核2025', fixture('scheme.xlsx'))
    expect(await structure(scheme)).toEqual(all)
    await screenshot(page, '13-import-scheme')
    await confirmImport(scheme)

    await createPeriod(page, { id: '2025-Q1', kind: 'quarter', scheme: '平时考核2025' })
    const ratings = await previewRatingsImport(page, '2025-Q1', fixture('ratings-2025-Q1.xlsx'))
    expect(await structure(ratings)).toEqual(all)
    await screenshot(page, '13-import-ratings')
    await cancelImport(ratings)
  })

  it('the same dialog in English', async () => {
    await page.getByTestId('locale-switch').click()
    const ratings = await previewRatingsImport(page, '2025-Q1', fixture('ratings-2025-Q1.xlsx'))
    expect(await structure(ratings)).toEqual(all)
    expect(await ratings.confirm.textContent()).not.toMatch(/[\u4e00-\u9fff]/)
    await screenshot(page, '13-import-ratings-en')
    await cancelImport(ratings)
    await page.getByTestId('locale-switch').click()
  })

  it('a 注 row between two blocks of people: the dialog asks whether the rows below it are imported, and reads them when told', async () => {
    const tmp = tempDir('kaohe-e2e-note-')
    const person = (i: number) => [`N${String(i).padStart(3, '0')}`, `借调人员${i}`, '党政办公室']
    const rows = [['工号', '姓名', '部门'], ...Array.from({ length: 30 }, (_, i) => person(i + 1)), ['注：以下为借调人员'], ...Array.from({ length: 8 }, (_, i) => person(i + 31))]
    const file = path.join(tmp.dir, '名册（含借调）.xlsx')
    fs.writeFileSync(file, await xlsxBytes((wb) => addSheet(wb, '名册', rows)))

    await goTo(page, 'org')
    const dialog = await previewImport(page, new OrgPageModel(page).importFile, file)
    expect(await dialog.status.getAttribute('data-ok')).toBe('false')
    expect(await dialog.noteRow.textContent()).toContain('工作表“名册”第 32 行像是表格下方的说明或签字栏，但下面还有 8 行像是数据')
    expect(await dialog.dataRows.textContent()).toBe('30')
    expect(await dialog.problemRows.first().textContent()).toContain('32')
    expect(await dialog.status.textContent()).toBe('还不能导入：请先在上面选择第 32 行下面的行是否导入。')
    expect(await dialog.confirm.isEnabled()).toBe(false)
    await screenshot(page, '42-import-note-row')

    await dialog.afterNote('read').check()
    await waitUntil(async () => (await dialog.dataRows.textContent()) === '38' && (await dialog.status.getAttribute('data-ok')) === 'true', 30_000, 'the preview read past the note')
    expect(await dialog.adds.textContent()).toBe('38')
    expect(await dialog.problemRows.first().getAttribute('data-severity')).toBe('warning')
    await screenshot(page, '42-import-note-row-read')
    await confirmImport(dialog)

    await page.getByTestId('locale-switch').click()
    const english = await previewImport(page, new OrgPageModel(page).importFile, file)
    expect(await english.noteRow.textContent()).toContain('Row 32 of sheet "名册" looks like a note or signature line below the table, but 8 rows below it look like data')
    expect(await english.noteRow.textContent()).not.toMatch(/[\u4e00-\u9fff]{3}/)
    await screenshot(page, '43-import-note-row-en')
    await cancelImport(english)
    await page.getByTestId('locale-switch').click()
    tmp.cleanup()
  })

  it('shows no page errors', () => {
    expect(app.browser.pageErrors).toEqual([])
  })
})
