import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { goTo } from './actions/navigate'
import { ImportDialogModel } from './pages/import-dialog'
import { useApp } from './support/app'
import { fixture, screenshot } from './support/browser'
import { otherLanguageText } from './support/screen-checks'
import { addSheet, xlsxBytes } from '../support/import-workbooks'
import { tempDir } from '../support/temp-dir'

const app = useApp()
let page: Page
const tmp = tempDir('kaohe-e2e-columns-')
beforeAll(async () => {
  page = app.page
  await page.setViewportSize({ width: 1366, height: 768 })
})

/** A roster as an office wrote it: a staff-number header no synonym knows and a column nobody needs. */
async function oddRoster(name: string, people: [string, string][], spare = '内部备用'): Promise<string> {
  const file = path.join(tmp.dir, name)
  fs.writeFileSync(file, await xlsxBytes((wb) => addSheet(wb, '名册', [['职工代码', '姓名', '部门', spare], ...people.map(([no, n]) => [no, n, '党政办公室', 'x'])])))
  return file
}

/** Text of the other language inside the dialog (the page behind it is other helpers' screens). */
async function otherLanguageInDialog(dialog: ImportDialogModel, lang: 'zh-CN' | 'en'): Promise<string[]> {
  const text = await dialog.root.innerText()
  // the department these files name: the tree behind the dialog and its notes show it as office data
  const office = ['党政办公室']
  // a note quoting the file's own header (“职工代码”) quotes office data, not the other language
  return (await otherLanguageText(page, lang)).filter((s) => text.includes(s) && !office.includes(s) && /[\u4e00-\u9fff]/.test(s.replace(/“[^”]*”/g, '')) === (lang === 'en'))
}

async function openRosterImport(): Promise<ImportDialogModel> {
  await goTo(page, 'org')
  await page.getByTestId('roster-import-file-button').click()
  const dialog = new ImportDialogModel(page)
  await dialog.root.waitFor()
  return dialog
}

describe('one import dialog: the file first, columns mapped by hand, problems exported', () => {
  it('每一种导入都从同一个对话框开始：先选文件，再看预览；选项在预览里', async () => {
    const dialog = await openRosterImport()
    // the page's button opened the dialog, not the file picker: nothing is previewed yet
    await dialog.root.getByTestId('roster-import-file-button').waitFor()
    expect(await dialog.status.count()).toBe(0)
    await screenshot(page, '130-import-start')
    await dialog.cancel.click()

    await goTo(page, 'scheme')
    await page.getByTestId('scheme-import-open').click()
    await dialog.root.waitFor()
    // the scheme's name does not stand before the file
    expect(await page.getByTestId('scheme-import-name').count()).toBe(0)
    await page.getByTestId('scheme-import-file').setInputFiles(fixture('scheme.xlsx'))
    await dialog.status.waitFor({ timeout: 60_000 })
    const name = page.getByTestId('scheme-import-name')
    await expect.poll(() => name.inputValue()).not.toBe('')
    await screenshot(page, '131-import-scheme-name-suggested')
    await dialog.cancel.click()
  })

  it('没认出的列在预览里手工对应，导入后下次同样表头自动沿用；问题清单可导出', async () => {
    const dialog = await openRosterImport()
    await page.getByTestId('roster-import-file').setInputFiles(await oddRoster('名册-职工代码.xlsx', [['C001', '钱七'], ['C002', '孙八']]))
    await dialog.status.waitFor({ timeout: 60_000 })
    expect(await dialog.status.getAttribute('data-ok')).toBe('false')
    await dialog.root.getByTestId('column-choice-hint').waitFor()

    // the problem list, exported as the clerk sees it
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.root.getByTestId('problems-export').first().click()])
    expect(download.suggestedFilename()).toBe('名册-职工代码-导入问题.xlsx')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.readFile(await download.path())
    const values: unknown[][] = []
    wb.worksheets[0].eachRow((row) => values.push((row.values as unknown[]).slice(1)))
    expect(values).toContainEqual(['类别', '工作表', '行', '列', '值', '说明'])
    expect(values.some((r) => r[0] === '错误' && String(r[5]).includes('工号'))).toBe(true)
    await screenshot(page, '132-import-columns-unknown')

    await dialog.root.getByTestId('column-choice-A').selectOption('staffNo')
    await dialog.root.locator('[data-testid="preview-status"][data-ok="true"]').waitFor({ timeout: 60_000 })
    await dialog.root.getByTestId('column-choice-D').selectOption('_ignore')
    await dialog.root.locator('[data-testid="preview-notes"]').filter({ hasText: '“内部备用”→忽略' }).waitFor({ timeout: 60_000 })
    expect(await dialog.adds.textContent()).toBe('2')
    await screenshot(page, '133-import-columns-mapped')
    await dialog.confirm.click()
    await dialog.root.waitFor({ state: 'hidden', timeout: 120_000 })

    // the next file with the same header row: read as chosen, without asking
    const again = await openRosterImport()
    await page.getByTestId('roster-import-file').setInputFiles(await oddRoster('名册-下月.xlsx', [['C003', '周九']]))
    await again.root.getByTestId('column-choice-remembered').waitFor({ timeout: 60_000 })
    expect(await again.status.getAttribute('data-ok')).toBe('true')
    expect(await again.adds.textContent()).toBe('1')
    expect(await otherLanguageInDialog(again, 'zh-CN')).toEqual([])
    await screenshot(page, '134-import-columns-remembered')
    await again.cancel.click()
    await again.root.waitFor({ state: 'hidden' })
  })

  it('the same in English: choose the file, map the column, the problems with their values', async () => {
    await page.getByTestId('locale-switch').click()
    const dialog = await openRosterImport()
    await screenshot(page, '135-import-start-en')
    await page.getByTestId('roster-import-file').setInputFiles(await oddRoster('roster-en.xlsx', [['E001', '吴十']], 'spare'))
    await dialog.status.waitFor({ timeout: 60_000 })
    await dialog.root.getByTestId('column-choice-hint').waitFor()
    expect(await dialog.root.getByTestId('problems-export').first().textContent()).toBe('Export problems')
    await screenshot(page, '136-import-columns-unknown-en')
    await dialog.root.getByTestId('column-choice-A').selectOption('staffNo')
    await dialog.root.locator('[data-testid="preview-status"][data-ok="true"]').waitFor({ timeout: 60_000 })
    expect(await otherLanguageInDialog(dialog, 'en')).toEqual([])
    await screenshot(page, '137-import-columns-mapped-en')
    await dialog.cancel.click()
    await page.getByTestId('locale-switch').click()
  })
})
