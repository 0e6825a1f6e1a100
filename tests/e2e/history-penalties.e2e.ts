import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { cancelImport, confirmImport, previewImport } from './actions/imports'
import { goTo } from './actions/navigate'
import { importRoster } from './actions/roster'
import { HistoryPageModel } from './pages/history-page'
import { OrgPageModel } from './pages/org-page'
import { Shell } from './pages/shell'
import { fixture, screenshot } from './support/browser'
import { useApp } from './support/app'
import { waitUntil } from './support/wait'

const dir = mkdtempSync(path.join(tmpdir(), 'kaohe-history-'))

/** Written the way the templates head them (formats.md): 历史等次 and 处分与负面清单. */
async function writeWorkbook(name: string, sheet: string, rows: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet(sheet)
  for (const r of rows) ws.addRow(r)
  const file = path.join(dir, name)
  await wb.xlsx.writeFile(file)
  return file
}

const historyRows = [
  ['工号', '姓名', '年度', '年度等次', '一季度', '二季度', '三季度', '四季度'],
  ['S001', '罗强洋', 2023, '优秀', '好', '好', '较好', '好'],
  ['S001', '罗强洋', 2024, '优秀', '好', '好', '好', '较好'],
  ['S002', '吕磊泽', 2024, '称职', null, null, null, null],
  ['S003', '陈怡', 2023, '基本称职', '一般', '一般', '一般', '较好'],
]

const penaltyRows = [
  ['工号', '姓名', '类型', '决定日期', '期限', '事由'],
  ['S004', '吴艳', '记大过', '2024-03-15', null, '违反工作纪律'],
  ['S005', '赵明梅', '留党察看', '2024-06-01', 24, '违反组织纪律'],
  ['S006', '江倩强', '不担当不作为', '2025-02-10', null, '窗口服务推诿扯皮'],
]

const app = useApp()
let page: Page
let screen: HistoryPageModel
const count = (l: Locator) => l.getAttribute('data-count')

beforeAll(() => {
  page = app.page
  screen = new HistoryPageModel(page)
})

describe('history and penalties under 组织人员', () => {
  it('imports past grades through the preview and filters them by person and year', async () => {
    await importRoster(page, fixture('roster.xlsx'))
    await screen.tab('history').click()
    await waitUntil(async () => (await screen.historyCount.getAttribute('data-total')) === '0', 10_000, 'an empty history')
    await page.getByTestId('template-history').waitFor()

    const file = await writeWorkbook('历史等次.xlsx', '历史等次', historyRows)
    const dialog = await previewImport(page, screen.historyImportFile, file)
    expect(await dialog.status.getAttribute('data-ok')).toBe('true')
    expect(await dialog.adds.textContent()).toBe('4')
    expect(await screen.historyReplace.count()).toBe(0)
    await confirmImport(dialog)

    await waitUntil(async () => (await count(screen.historyCount)) === '4', 10_000, '4 past grades')
    expect(await screen.historyCell('S001', 2024, 'annualGrade').textContent()).toBe('优秀')
    expect(await screen.historyCell('S001', 2023, 'q3').textContent()).toBe('较好')
    expect(await screen.historyCell('S003', 2023, 'q1').textContent()).toBe('一般')
    expect(await screen.historyCell('S001', 2024, 'department').textContent()).toBe('党政办公室')
    // quarters not known stay blank (a dash), not a grade
    expect(await screen.historyCell('S002', 2024, 'q1').textContent()).toBe('—')
    await screenshot(page, '80-history-grid')

    await screen.historySearch.fill('S001')
    await waitUntil(async () => (await count(screen.historyCount)) === '2', 10_000, 'S001 two years')
    await screen.historyYear.selectOption('2023')
    await waitUntil(async () => (await count(screen.historyCount)) === '1', 10_000, 'S001 in 2023')
    await screen.historySearch.fill('')
    await waitUntil(async () => (await count(screen.historyCount)) === '2', 10_000, 'everyone in 2023')
    await screen.historyYear.selectOption('')
    await waitUntil(async () => (await count(screen.historyCount)) === '4', 10_000, 'all 4 again')
  })

  it('offers to replace when the same history file comes again, and then writes nothing new', async () => {
    const file = path.join(dir, '历史等次.xlsx')
    const dialog = await previewImport(page, screen.historyImportFile, file)
    await screen.historyReplace.waitFor()
    expect(await screen.historyReplace.isChecked()).toBe(true)
    expect(await dialog.adds.textContent()).toBe('0')
    await screenshot(page, '81-history-reimport')
    await confirmImport(dialog)
    expect(await new Shell(page).errorToasts.count()).toBe(0)
    await waitUntil(async () => (await screen.historyCount.getAttribute('data-total')) === '4', 10_000, 'still 4 past grades')
  })

  it('imports penalties and shows the rule each one triggers', async () => {
    await screen.tab('penalties').click()
    await waitUntil(async () => (await screen.penaltyCount.getAttribute('data-total')) === '0', 10_000, 'no penalties yet')
    await page.getByTestId('template-penalties').waitFor()

    const file = await writeWorkbook('处分与负面清单.xlsx', '处分与负面清单', penaltyRows)
    const dialog = await previewImport(page, screen.penaltyImportFile, file)
    expect(await dialog.status.getAttribute('data-ok')).toBe('true')
    expect(await dialog.adds.textContent()).toBe('3')
    await screenshot(page, '82-penalties-preview')
    await confirmImport(dialog)

    await waitUntil(async () => (await count(screen.penaltyCount)) === '3', 10_000, '3 penalties')
    expect(await screen.penaltyCell('S004', 'type').textContent()).toBe('记大过')
    expect(await screen.penaltyCell('S004', 'decidedOn').textContent()).toBe('2024-03-15')
    expect(await screen.penaltyCell('S004', 'reason').textContent()).toBe('违反工作纪律')
    // the penalty table (domain.md): 记大过 → ungraded that year and the next
    expect(await screen.penaltyCell('S004', 'rule').textContent()).toBe('记大过：当年及次年不定等次')
    // 留党察看 → 不称职, then ungraded 1–2 years: a 24-month term is over 12, so two
    expect(await screen.penaltyCell('S005', 'termMonths').textContent()).toBe('24 个月')
    expect(await screen.penaltyCell('S005', 'rule').textContent()).toBe('留党察看：当年定为不称职，此后2年不定等次')
    expect(await screen.penaltyCell('S006', 'rule').textContent()).toBe('不担当不作为（负面清单）：当年不得评为优秀，并谈话提醒')
    expect(await screen.penaltyCell('S006', 'department').textContent()).toBe('党政办公室')
    await screenshot(page, '83-penalties-grid')

    // the same penalties file again: said so above the preview, and nothing is written
    const again = await previewImport(page, screen.penaltyImportFile, file)
    await page.getByTestId('penalty-reimport').waitFor()
    await cancelImport(again)
    expect(await screen.penaltyCount.getAttribute('data-total')).toBe('3')

    await screen.penaltyYear.selectOption('2024')
    await waitUntil(async () => (await count(screen.penaltyCount)) === '2', 10_000, 'two decided in 2024')
    await screen.penaltyYear.selectOption('')
    await screen.penaltySearch.fill('S006')
    await waitUntil(async () => (await count(screen.penaltyCount)) === '1', 10_000, 'S006 alone')
    await screen.penaltySearch.fill('')
    await waitUntil(async () => (await count(screen.penaltyCount)) === '3', 10_000, 'all 3 again')
  })

  it('adds a penalty through the form, the rule shown before saving and in the grid after', async () => {
    await screen.addOpen.click()
    await screen.addDialog.waitFor()
    expect(await screen.addSave.isDisabled()).toBe(true)
    await screen.personSearch.fill('S00')
    await screen.personOption('S007').waitFor()
    await screen.personSearch.fill('S007')
    await screen.personOption('S007').click()
    expect(await screen.personChosen.getAttribute('data-staff-no')).toBe('S007')

    // the term appears for 留党察看 only, and the rule follows it
    await screen.addType.selectOption('留党察看')
    await screen.addTerm.fill('12')
    expect(await screen.rulePreview.textContent()).toContain('留党察看：当年定为不称职，此后1年不定等次')
    await screen.addType.selectOption('诫勉')
    expect(await screen.addTerm.count()).toBe(0)
    expect(await screen.rulePreview.textContent()).toContain('诫勉：当年不得评为优秀')

    await screen.addDate.fill('2025-05-20')
    await screen.addReason.fill('履职不力')
    await screenshot(page, '84-penalty-add')
    await screen.addSave.click()
    await screen.addDialog.waitFor({ state: 'hidden' })

    await waitUntil(async () => (await count(screen.penaltyCount)) === '4', 10_000, '4 penalties')
    expect(await screen.penaltyCell('S007', 'type').textContent()).toBe('诫勉')
    expect(await screen.penaltyCell('S007', 'decidedOn').textContent()).toBe('2025-05-20')
    expect(await screen.penaltyCell('S007', 'rule').textContent()).toBe('诫勉：当年不得评为优秀')
    expect(await screen.penaltyCell('S007', 'entered').textContent()).not.toBe('')
    await screenshot(page, '85-penalty-added')

    // the same person, type and date again is refused, with the reason in the form
    await screen.addOpen.click()
    await screen.personSearch.fill('S007')
    await screen.personOption('S007').click()
    await screen.addType.selectOption('诫勉')
    await screen.addDate.fill('2025-05-20')
    await screen.addSave.click()
    await screen.addError.waitFor()
    expect(await screen.addError.textContent()).toContain('S007')
    await screen.addCancel.click()
    await screen.addDialog.waitFor({ state: 'hidden' })
    expect(await screen.penaltyCount.getAttribute('data-total')).toBe('4')
  })

  it('keeps the roster tab as it was', async () => {
    await screen.tab('roster').click()
    const org = new OrgPageModel(page)
    await waitUntil(async () => (await org.count.getAttribute('data-count')) === '37', 10_000, 'the roster of 37')
    await goTo(page, 'results')
    await goTo(page, 'org')
    await org.grid.row('S001').waitFor()
    // the same screens in English
    await page.getByTestId('locale-switch').click()
    await screen.tab('penalties').click()
    await screen.penaltyCell('S007', 'rule').waitFor()
    await screenshot(page, '86-penalties-en')
    await page.getByTestId('locale-switch').click()
    // the refused duplicate above is the one failed request expected (409)
    expect(app.browser.pageErrors.filter((e) => !e.includes('status of 409'))).toEqual([])
  })
})
