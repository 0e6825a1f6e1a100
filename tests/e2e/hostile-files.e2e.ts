import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { cancelImport, previewImport } from './actions/imports'
import { goTo } from './actions/navigate'
import { OrgPageModel } from './pages/org-page'
import { useApp } from './support/app'
import { screenshot } from './support/browser'
import { hostileCases } from '../support/hostile-files'

const app = useApp()
let page: Page
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kaohe-hostile-e2e-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

function written(id: string): string {
  const c = hostileCases.find((x) => x.id === id)
  if (!c) throw new Error(`no case ${id}`)
  const file = path.join(dir, c.fileName)
  fs.writeFileSync(file, c.build())
  return file
}

beforeAll(async () => {
  page = app.page
  await page.setViewportSize({ width: 1366, height: 768 })
})

describe('a hostile file picked in the import dialog is refused in words, naming the sheet', () => {
  it('A…XFD in every row: the sheet and the column, nothing to confirm', async () => {
    await goTo(page, 'org')
    const dialog = await previewImport(page, new OrgPageModel(page).importFile, written('a-and-xfd-50000-rows'))
    await dialog.error.waitFor()
    expect(await dialog.error.textContent()).toContain('工作表“名册”的数据铺得过宽')
    // nothing to confirm: the button is absent or disabled
    expect((await dialog.confirm.isVisible()) && (await dialog.confirm.isEnabled())).toBe(false)
    await screenshot(page, '40-import-hostile-wide')
    await cancelImport(dialog)
  })

  it('a file over 100 MB is refused by its size before it is read', async () => {
    const big = path.join(dir, '大名册.csv')
    fs.writeFileSync(big, '工号,姓名\n')
    fs.truncateSync(big, 101 * 1024 * 1024)
    const dialog = await previewImport(page, new OrgPageModel(page).importFile, big)
    await dialog.error.waitFor()
    expect(await dialog.error.textContent()).toContain('文件“大名册.csv”有 101 MB，超过导入文件的上限 100 MB')
    await cancelImport(dialog)
  })

  it('in English: a sheet whose bytes fail their checksum', async () => {
    await page.getByTestId('locale-switch').click()
    const dialog = await previewImport(page, new OrgPageModel(page).importFile, written('crc-corrupted-sheet'))
    await dialog.error.waitFor()
    const text = (await dialog.error.textContent()) ?? ''
    expect(text).toContain('sheet "名册" fails its checksum')
    expect(text).not.toMatch(/损坏/)
    await screenshot(page, '41-import-hostile-crc-en')
    await cancelImport(dialog)
    await page.getByTestId('locale-switch').click()
  })

  it('shows no page errors', () => {
    expect(app.browser.pageErrors).toEqual([])
  })
})
