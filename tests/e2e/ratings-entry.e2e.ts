import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openEntry, pasteIntoGrid, typeScore, waitSaved } from './actions/entry'
import { resolveFlag, runChecks } from './actions/flags'
import { confirmImport } from './actions/imports'
import { choosePeriod, goTo } from './actions/navigate'
import { setupOpenPeriod } from './actions/period'
import { EntryPageModel } from './pages/entry-page'
import { ImportDialogModel } from './pages/import-dialog'
import { fixture, screenshot } from './support/browser'
import { useApp } from './support/app'
import { waitUntil } from './support/wait'

const SCHEME = '平时考核2025'
const PERIOD = '2025-Q1'
const app = useApp()
let page: Page
const dir = mkdtempSync(path.join(tmpdir(), 'kaohe-entry-'))
beforeAll(() => {
  page = app.page
})

const people = [
  ['S001', '罗强洋'],
  ['S002', '吕磊泽'],
  ['S008', '孟春'],
  ['S014', '邵勇'],
  ['S025', '姚阳勇'],
] as const
const groups: [string, string[]][] = [
  ['德', ['政治素质', '政策执行忠诚度']],
  ['能', ['业务能力', '群众矛盾化解效果']],
  ['勤', ['工作作风与出勤']],
  ['绩', ['工作任务完成', '工作质量效率', '一次办结率']],
  ['廉', ['廉洁自律']],
]

/** A wide sheet as offices keep it: merged title, a two-row header grouping 德/能/勤/绩/廉, one row per person, role by the sheet name. */
async function writeWideWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('领导评价')
  const names = groups.flatMap(([, n]) => n)
  const width = 3 + names.length
  ws.getCell(1, 1).value = '2025年第一季度领导评价表'
  ws.mergeCells(1, 1, 1, width)
  for (const [col, label] of ['工号', '姓名', '评价人'].entries()) {
    ws.getCell(2, col + 1).value = label
    ws.mergeCells(2, col + 1, 3, col + 1)
  }
  let col = 4
  for (const [group, inds] of groups) {
    ws.getCell(2, col).value = group
    if (inds.length > 1) ws.mergeCells(2, col, 2, col + inds.length - 1)
    for (const [i, n] of inds.entries()) ws.getCell(3, col + i).value = n
    col += inds.length
  }
  people.forEach(([no, name], r) => {
    const row = ws.getRow(4 + r)
    row.getCell(1).value = no
    row.getCell(2).value = name
    row.getCell(3).value = 'L02'
    names.forEach((n, i) => {
      // 一次办结率 applies to window posts only (S025): blank elsewhere
      if (n === '一次办结率' && no !== 'S025') return
      row.getCell(4 + i).value = 80 + ((r * 3 + i) % 15)
    })
  })
  await wb.xlsx.writeFile(file)
}

/** A long sheet where one leader gives everyone full marks and one peer gives everyone the same 80: both worth a look. */
async function writeSuspiciousWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('评分明细')
  ws.addRow(['工号', '姓名', '指标编码', '评价主体', '评价人', '分数'])
  for (const [no, name] of people) {
    for (const code of ['D1', 'D2', 'N1', 'N2', 'Q1', 'J1', 'J2', 'L1']) {
      ws.addRow([no, name, code, '领导', 'L09', 100])
      ws.addRow([no, name, code, '互评', 'P05', 80])
    }
  }
  await wb.xlsx.writeFile(file)
}

async function openInputsImport(file: string, kind = 'ratings'): Promise<ImportDialogModel> {
  await goTo(page, 'ratings')
  await choosePeriod(page, PERIOD)
  await page.getByTestId('ratings-tab-imports').click()
  await page.getByTestId('inputs-import-open').click()
  const dialog = new ImportDialogModel(page)
  await dialog.root.waitFor()
  // the file first, as every import starts; the data kind is an option of its preview
  await dialog.root.getByTestId('input-file').setInputFiles(file)
  await dialog.root.getByTestId('input-kind').selectOption(kind)
  await dialog.status.or(dialog.error).waitFor({ timeout: 60_000 })
  return dialog
}

async function reloadGrid(entry: EntryPageModel): Promise<void> {
  const panel = page.getByTestId('entry-panel')
  const before = await panel.getAttribute('data-loads')
  await entry.reload.click()
  await waitUntil(async () => (await panel.getAttribute('data-loads')) !== before, 10_000, 'the grid reloaded')
}

describe('评分: the entry grid, a wide workbook and the cross-checks', () => {
  it('sets up roster, scheme and the open period 2025-Q1', async () => {
    await setupOpenPeriod(page, PERIOD, SCHEME, { roster: fixture('roster.xlsx'), scheme: fixture('scheme.xlsx') })
  })

  it('types scores like a spreadsheet (Enter down, Tab right) and they are stored', async () => {
    const entry = await openEntry(page, PERIOD, '领导', 'L01')
    await screenshot(page, '50-entry-empty')
    expect(await entry.state('S001', 'J3')).toBe('na')
    expect(await entry.state('S025', 'J3')).not.toBe('na')

    await typeScore(entry, 'S001', 'D1', '88')
    // Enter moved down to S002 D1: type straight on
    await page.keyboard.type('86')
    await page.keyboard.press('Enter')
    await typeScore(entry, 'S001', 'N1', '90', 'Tab')
    await page.keyboard.type('91')
    await page.keyboard.press('Enter')
    await waitSaved(entry)
    expect(await entry.value('S002', 'D1')).toBe('86')
    await reloadGrid(entry)
    expect([await entry.value('S001', 'D1'), await entry.value('S002', 'D1'), await entry.value('S001', 'N1'), await entry.value('S001', 'N2')]).toEqual(['88', '86', '90', '91'])
  })

  it('pastes a 3×4 block from Excel at the focused cell, undoes and redoes it', async () => {
    const entry = new EntryPageModel(page)
    await entry.cell('S005', 'D1').click()
    await pasteIntoGrid(entry, '81\t82\t83\t84\n85\t86\t87\t88\n89\t90\t91\t92\n')
    await waitSaved(entry)
    await screenshot(page, '51-entry-pasted')
    expect(await entry.value('S005', 'D1')).toBe('81')
    expect(await entry.value('S007', 'N2')).toBe('92')

    await entry.cell('S005', 'D1').click()
    await page.keyboard.press('Control+z')
    await waitUntil(async () => (await entry.value('S007', 'N2')) === '', 5_000, 'the paste undone')
    // one undo takes the whole paste back; the typed scores stay
    expect(await entry.value('S005', 'D1')).toBe('')
    expect(await entry.value('S001', 'D1')).toBe('88')
    await waitSaved(entry)
    await reloadGrid(entry)
    expect(await entry.value('S006', 'D2')).toBe('')

    // redo after a reload has nothing to redo: paste again, then undo and redo it
    await entry.cell('S005', 'D1').click()
    await pasteIntoGrid(entry, '81\t82\t83\t84\n85\t86\t87\t88\n89\t90\t91\t92\n')
    await page.keyboard.press('Control+z')
    await waitUntil(async () => (await entry.value('S007', 'N2')) === '', 5_000, 'the paste undone again')
    await page.keyboard.press('Control+y')
    await waitUntil(async () => (await entry.value('S007', 'N2')) === '92', 5_000, 'the paste redone')
    await waitSaved(entry)
    await reloadGrid(entry)
    expect([await entry.value('S005', 'D1'), await entry.value('S006', 'D2'), await entry.value('S007', 'N1')]).toEqual(['81', '86', '91'])
  })

  it('refuses 150 in the cell with the reason and does not store it', async () => {
    const entry = new EntryPageModel(page)
    await typeScore(entry, 'S003', 'Q1', '150')
    await waitUntil(async () => (await entry.state('S003', 'Q1')) === 'bad', 5_000, 'the cell refused')
    expect(await entry.cell('S003', 'Q1').locator('[data-state="bad"]').getAttribute('title')).toBeTruthy()
    await entry.refusal.waitFor()
    await screenshot(page, '52-entry-refused')
    await reloadGrid(entry)
    expect(await entry.value('S003', 'Q1')).toBe('')
  })

  it('imports a wide workbook (merged title, two-row header, role from the sheet name) through the preview', async () => {
    const file = path.join(dir, '领导评价宽表.xlsx')
    await writeWideWorkbook(file)
    const dialog = await openInputsImport(file)
    await waitUntil(async () => (await dialog.root.getByTestId('input-layout').getAttribute('data-layout')) === 'wide', 20_000, 'the wide layout detected')
    expect(await dialog.status.getAttribute('data-ok')).toBe('true')
    await screenshot(page, '53-inputs-wide-preview')
    await confirmImport(dialog)

    const entry = await openEntry(page, PERIOD, '领导', 'L02')
    expect(await entry.value('S001', 'D1')).toBe('80')
    expect(await entry.value('S025', 'J3')).not.toBe('')

    // the same file again: the preview says so and the import replaces the earlier batch
    const again = await openInputsImport(file)
    await waitUntil(async () => await again.root.getByTestId('input-replace').isChecked(), 20_000, 'replace offered')
    await waitUntil(async () => await again.confirm.isEnabled(), 20_000, 'the replacing preview')
    await screenshot(page, '54-inputs-reimport')
    await confirmImport(again)
  })

  it('flags a full-marks ballot and a same-score ballot; one confirmed and one excluded, each with a reason', async () => {
    const file = path.join(dir, '评分明细-可疑.xlsx')
    await writeSuspiciousWorkbook(file)
    await confirmImport(await openInputsImport(file))

    const flags = await runChecks(page, PERIOD)
    await screenshot(page, '55-flags')
    const rows = flags.grid.rows
    const full = await rows.filter({ has: page.locator('[col-id="rater"]', { hasText: 'L09' }) }).first().getAttribute('row-id')
    const same = await rows.filter({ has: page.locator('[col-id="rater"]', { hasText: 'P05' }) }).first().getAttribute('row-id')
    expect(full).toBeTruthy()
    expect(same).toBeTruthy()
    await resolveFlag(flags, full!, 'confirm', '经核实，L09 对所有人打满分，未认真评价', () => screenshot(page, '56-flag-resolve'))
    await resolveFlag(flags, same!, 'exclude', '经谈话核实，P05 未区分评价，该份评价不计入')
    await waitUntil(async () => (await flags.grid.cell(same!, 'status').textContent())?.includes('已排除') ?? false, 10_000, 'the flag excluded')
    expect(await flags.grid.cell(full!, 'decision').textContent()).toContain('L09 对所有人打满分')
    await screenshot(page, '57-flags-decided')
  })

  it('imports citizen satisfaction from a GBK CSV through the same dialog', async () => {
    const dialog = await openInputsImport(fixture('satisfaction-2025-Q1.gbk.csv'), 'satisfaction')
    expect(await dialog.status.getAttribute('data-ok')).toBe('true')
    await screenshot(page, '58-inputs-satisfaction-preview')
    await confirmImport(dialog)
    const totals = page.getByTestId('inputs-totals')
    await waitUntil(async () => Number(await totals.getAttribute('data-satisfaction')) > 0, 10_000, 'the satisfaction rows counted')
    await screenshot(page, '59-ratings-imports')
  })

  it('on a slow PC, keys typed straight after Tab and Enter all arrive: the next cell never swallows its first digit', async () => {
    // a rater of its own, so the cross-checks above are not touched; CPU slowed six times, keys sent
    // with no pause at all (faster than anyone types)
    const entry = await openEntry(page, PERIOD, '领导', 'L05')
    await entry.cell('S001', 'D1').waitFor()
    const staff = [...new Set(await entry.grid.rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('row-id') ?? '')))].slice(0, 6)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 })
    try {
      for (const [i, s] of staff.entries()) {
        await entry.cell(s, 'D1').click()
        for (const [k, key] of (['Tab', 'Tab', 'Enter'] as const).entries()) {
          await page.keyboard.type(String(71 + i + k * 10))
          await page.keyboard.press(key)
        }
      }
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })
    }
    await waitSaved(entry)
    await reloadGrid(entry)
    const got = []
    for (const s of staff) got.push([await entry.value(s, 'D1'), await entry.value(s, 'D2'), await entry.value(s, 'N1')])
    expect(got).toEqual(staff.map((_, i) => [71 + i, 81 + i, 91 + i].map(String)))
  })
})
