import os from 'node:os'
import path from 'node:path'
import { mkdtemp } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { confirmImport, previewImport } from './actions/imports'
import { goTo } from './actions/navigate'
import { OrgPageModel } from './pages/org-page'
import { screenshot } from './support/browser'
import { useApp } from './support/app'
import { waitUntil } from './support/wait'

const PEOPLE = 1500
const departments = ['城管局/执法一队', '城管局/执法二队', '城管局/办公室', '财政局/预算科', '财政局/国库科', '人社局/人事科']

/** A county-sized roster, written the way the template asks. */
async function writeLargeRoster(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('人员名册')
  ws.addRow(['工号', '姓名', '部门', '岗位类别', '职级', '领导班子', '考核状态'])
  for (let i = 1; i <= PEOPLE; i++) {
    ws.addRow([`G${String(i).padStart(5, '0')}`, `测试人员${i}`, departments[i % departments.length], i % 5 === 0 ? '行政执法' : '综合管理', '一级科员', i % 50 === 0 ? '是' : '否', '参加'])
  }
  await wb.xlsx.writeFile(file)
}

const app = useApp()
let page: Page
beforeAll(() => {
  page = app.page
})

describe('a roster of 1,500 people', () => {
  it('imports through the preview, shows everyone, and stays searchable and sortable', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'kaohe-large-')), 'large-roster.xlsx')
    await writeLargeRoster(file)
    // signing in lands on 概览; the roster is imported from 组织人员
    await goTo(page, 'org')
    const org = new OrgPageModel(page)
    const dialog = await previewImport(page, org.importFile, file)
    expect(await dialog.adds.textContent()).toBe(String(PEOPLE))
    await confirmImport(dialog)
    await waitUntil(async () => (await org.count.getAttribute('data-count')) === String(PEOPLE), 30_000, `${PEOPLE} rows`)

    // nested departments from the paths, with their headcounts
    await org.department('城管局').waitFor()
    expect(await org.department('城管局/执法一队').count()).toBe(1)

    // the grid is virtualised: only the visible rows exist, and the last person is reached by search
    expect(await page.locator('[data-testid="roster-grid"] .ag-center-cols-container .ag-row').count()).toBeLessThan(200)
    await org.search.fill('G01500')
    await waitUntil(async () => (await org.count.getAttribute('data-count')) === '1', 10_000, 'one row for G01500')
    await org.grid.row('G01500').waitFor()
    await org.search.fill('')
    await waitUntil(async () => (await org.count.getAttribute('data-count')) === String(PEOPLE), 10_000, 'all rows again')

    // the list starts sorted by staff number; one click on its header reverses it
    const header = page.locator('[data-testid="roster-grid"] .ag-header-cell[col-id="staffNo"] .ag-header-cell-label')
    await header.click()
    await waitUntil(
      async () => (await page.locator('[data-testid="roster-grid"] .ag-row[row-index="0"]').first().getAttribute('row-id')) === 'G01500',
      10_000,
      'G01500 sorted first',
    )
    await screenshot(page, '20-org-large-roster')
  })
})
