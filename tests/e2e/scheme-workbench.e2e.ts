import os from 'node:os'
import path from 'node:path'
import { mkdtemp } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { confirmImport, previewImport } from './actions/imports'
import { goTo } from './actions/navigate'
import { createPeriod } from './actions/period'
import { previewRatingsImport } from './actions/ratings'
import { previewSchemeImport } from './actions/scheme'
import { addRow, dismissToasts, editCell, enterMatrix, openWeights, openWorkbench, pasteText, saveScheme, selectRow } from './actions/scheme-workbench'
import { OrgPageModel } from './pages/org-page'
import { SchemeWorkbenchModel, WeightsDialogModel } from './pages/scheme-workbench'
import { Shell } from './pages/shell'
import { fixture, screenshot } from './support/browser'
import { useApp } from './support/app'
import { waitUntil } from './support/wait'

const BENCH = '工作台2025'
const FROZEN = '冻结2025'

/** domain.md's worked example, upper triangle as typed */
const worked = [
  ['1', '1/3', '1/2', '3', '2'],
  ['', '1', '2', '5', '4'],
  ['', '', '1', '4', '3'],
  ['', '', '', '1', '1/2'],
  ['', '', '', '', '1'],
]

/** five rows as Excel copies them: a header row, then weights written three ways */
const tsv = [
  ['编码', '名称', '上级编码', '权重', '类型', '适用范围', '性质', '计分方式', '目标值', '方向', '上限', '生效起', '生效止', '说明'],
  ['J2-1', '办件准确率', 'J2', '20', '共性', '', '质量', '目标', '98', '越高越好', '', '', '', '差错件数占办件总数的比例'],
  ['J2-2', '群众有效投诉', 'J2', '20%', '共性', '', '质量', '目标', '2', '越低越好', '', '', '', '经核实的有效投诉件数'],
  ['J2-3', '按时办结', 'J2', '0.2', '共性', '', '数量', '评分', '', '', '', '', '', '承诺时限内办结'],
  ['J2-4', '人工智能应用', 'J2', '20', '动态', '', '质量', '评分', '', '', '', '2025-01-01', '2025-12-31', '运用智能工具提升办事效率'],
  ['J2-5', '窗口文明服务', 'J2', '20', '个性', '窗口服务', '质量', '评分', '', '', '', '', '', '文明用语、首问负责'],
]
  .map((r) => r.join('\t'))
  .join('\r\n')

/** Two experts, a sheet each, criteria along the first row and column; the second typed only the upper half. */
async function writeExperts(names: string[]): Promise<string> {
  const invert = (v: string) => (v.startsWith('1/') ? Number(v.slice(2)) : `1/${v}`)
  // as offices type them: whole numbers as numbers, fractions as text
  const cell = (v: string) => (v.includes('/') ? v : Number(v))
  const wb = new ExcelJS.Workbook()
  const a = wb.addWorksheet('专家甲')
  a.addRow(['判断矩阵', ...names])
  names.forEach((name, i) => a.addRow([name, ...names.map((_, j) => (i === j ? 1 : i < j ? cell(worked[i][j]) : invert(worked[j][i])))]))
  const b = wb.addWorksheet('专家乙')
  b.addRow(['判断矩阵', ...names])
  const firstRow = ['1', '1/2', '1/2', '2', '2']
  names.forEach((name, i) => b.addRow([name, ...names.map((_, j) => (j < i ? null : j === i ? 1 : cell(i === 0 ? firstRow[j] : worked[i][j])))]))
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'kaohe-ahp-')), '专家判断矩阵.xlsx')
  await wb.xlsx.writeFile(file)
  return file
}

const app = useApp()
let page: Page
let wb: SchemeWorkbenchModel
beforeAll(() => {
  page = app.page
  wb = new SchemeWorkbenchModel(page)
})

const state = (code: string) => wb.weightSum(code).getAttribute('data-state')
const waitState = (code: string, want: 'ok' | 'bad') => waitUntil(async () => (await state(code)) === want, 10_000, `weight-sum-${code} ${want}`)
const text = async (code: string, col: string) => ((await wb.cell(code, col).textContent()) ?? '').trim()

describe('indicator workbench: tree editor, paste, weights, versions', () => {
  it('imports a roster and a scheme to work on', async () => {
    await goTo(page, 'org')
    const roster = await previewImport(page, new OrgPageModel(page).importFile, fixture('roster.xlsx'))
    await confirmImport(roster)
    for (const name of [BENCH, FROZEN]) await confirmImport(await previewSchemeImport(page, name, fixture('scheme.xlsx')))
    await openWorkbench(page, BENCH)
    await wb.weightSum('ROOT').waitFor()
    expect(await wb.count.getAttribute('data-count')).toBe('14')
    await dismissToasts(page)
    await screenshot(page, '30-workbench-imported')
  })

  it('builds a third dimension with a third level through the toolbar, and fixes the sums it breaks', async () => {
    // a new top-level dimension after 廉, renamed to C
    await selectRow(wb, 'L')
    const top = await addRow(wb, 'sibling', '创新')
    await editCell(wb, top, 'tree', 'C')
    await wb.grid.row('C').waitFor()
    await editCell(wb, 'C', 'weight', '10')
    await waitState('ROOT', 'bad')
    await editCell(wb, 'J', 'weight', '30')
    await waitState('ROOT', 'ok')

    // five children: one add-child, then siblings
    await selectRow(wb, 'C')
    const c1 = await addRow(wb, 'child', '改革创新')
    expect(c1).toBe('C1')
    for (const name of ['数字化应用', '学习成长', '团队协作', '服务对象评价']) await addRow(wb, 'sibling', name)
    for (const c of ['C2', 'C3', 'C4', 'C5']) await wb.grid.row(c).waitFor()
    await waitState('C', 'bad')

    // a third level under C2: add a sibling, indent it, then a sibling of that one
    await selectRow(wb, 'C2')
    const e1 = await addRow(wb, 'sibling', '电子政务办理')
    await wb.op('indent').click()
    await wb.toggle('C2').waitFor()
    await editCell(wb, e1, 'tree', 'C2-1')
    await wb.grid.row('C2-1').waitFor()
    await selectRow(wb, 'C2-1')
    const e2 = await addRow(wb, 'sibling', '数据共享应用')
    expect(e2).toBe('C2-2')
    await editCell(wb, 'C2-1', 'weight', '60')
    await editCell(wb, 'C2-2', 'weight', '30')
    await waitState('C2', 'bad')
    await dismissToasts(page)
    await screenshot(page, '31-workbench-sum-bad')
    await editCell(wb, 'C2-2', 'weight', '40%')
    await waitState('C2', 'ok')
    expect(await text('C2-2', 'weight')).toBe('40')

    // outdent and indent again: C2-2 leaves C2 and comes back
    await selectRow(wb, 'C2-2')
    await wb.op('outdent').click()
    await waitState('C2', 'bad')
    await wb.op('indent').click()
    await waitState('C2', 'ok')
    expect(Number(await wb.count.getAttribute('data-count'))).toBe(22)
  })

  it('pastes five rows copied from Excel under the focused row, header skipped', async () => {
    await selectRow(wb, 'J2')
    await pasteText(wb, tsv)
    for (const c of ['J2-1', 'J2-2', 'J2-3', 'J2-4', 'J2-5']) await wb.grid.row(c).waitFor()
    expect(Number(await wb.count.getAttribute('data-count'))).toBe(27)
    await waitState('J2', 'ok')
    expect(await text('J2-3', 'weight')).toBe('20')
    expect(await text('J2-1', 'target')).toBe('98')
    // 方向 sits behind 显示列 at 1366 px: the clerk shows it to check the pasted direction, then hides it again
    await page.getByTestId('column-chooser-indicator-grid').click()
    await page.getByTestId('column-choice-indicator-grid-direction').check()
    expect(await text('J2-2', 'direction')).toBe('越低越好')
    await page.getByTestId('column-choice-indicator-grid-direction').uncheck()
    await page.getByTestId('column-chooser-indicator-grid').click()
    expect(await text('J2-4', 'validTo')).toBe('2025-12-31')
    expect(await text('J2-5', 'scope')).toBe('窗口服务')
    // one value into a focused cell just sets it
    await wb.cell('J2-3', 'name').click()
    await pasteText(wb, '承诺时限内办结率')
    await waitUntil(async () => (await text('J2-3', 'name')) === '承诺时限内办结率', 5_000, 'the pasted name')
    await dismissToasts(page)
    await screenshot(page, '32-workbench-pasted')

    // a block with a duplicate code is refused as a whole, nothing changes
    await pasteText(wb, 'J2-1\t重复\tJ2\t10')
    await new Shell(page).errorToasts.first().waitFor()
    expect(Number(await wb.count.getAttribute('data-count'))).toBe(27)
    await page.getByTestId('toast-error').getByRole('button').first().click()
  })

  it('undoes and redoes edits, and deletes with a confirmation', async () => {
    await editCell(wb, 'D1', 'weight', '45')
    await waitState('D', 'bad')
    await wb.codeCell('D1').click()
    await page.keyboard.press('Control+z')
    await waitState('D', 'ok')
    expect(await text('D1', 'weight')).toBe('50')
    await page.keyboard.press('Control+y')
    await waitState('D', 'bad')
    await wb.op('undo').click()
    await waitState('D', 'ok')

    await dismissToasts(page)
    await selectRow(wb, 'J2-5')
    await wb.op('delete').click()
    await page.getByTestId('delete-confirm').waitFor()
    await dismissToasts(page)
    await screenshot(page, '33-workbench-delete-confirm')
    await wb.deleteConfirm.click()
    await wb.grid.row('J2-5').waitFor({ state: 'detached' })
    await waitState('J2', 'bad')
    await wb.op('undo').click()
    await wb.grid.row('J2-5').waitFor()
    await waitState('J2', 'ok')

    // leaving with unsaved edits asks first; staying keeps them
    await new Shell(page).nav('period').click()
    await wb.leaveConfirm.waitFor()
    await dismissToasts(page)
    await screenshot(page, '34-workbench-leave-confirm')
    await page.getByTestId('leave-confirm-cancel').click()
    await new Shell(page).screen('scheme').waitFor()
    expect(await wb.dirty.count()).toBe(1)
  })

  it('edits the scope of an individual indicator from the roster’s position classes', async () => {
    await wb.cell('J2-5', 'scope').dblclick()
    const editor = page.getByTestId('scope-editor')
    await editor.waitFor()
    await dismissToasts(page)
    await screenshot(page, '35-workbench-scope-editor')
    const options = editor.locator('[data-testid="scope-classes"] input[type="checkbox"]')
    expect(await options.count()).toBeGreaterThan(1)
    await page.getByTestId('scope-done').click()
    await editor.waitFor({ state: 'detached' })
  })

  it('saves the whole tree and checks it', async () => {
    await saveScheme(wb)
    expect(await wb.dirty.count()).toBe(0)
    expect(await wb.saveError.count()).toBe(0)
    await wb.tab('check').click()
    await page.getByTestId('check-status').waitFor()
    await page.getByTestId('share-overall').waitFor()
    await dismissToasts(page)
    await screenshot(page, '36-workbench-check')
    await wb.tab('tree').click()
    await wb.grid.row('C').waitFor()
  })

  it('runs AHP on the five children of C: CR 0.015, weights 16.0/41.9/26.3/6.2/9.7 %, applied and on record', async () => {
    const dialog = await openWeights(wb, 'C')
    await dialog.tab('ahp').click()
    await enterMatrix(dialog, worked)
    // the lower triangle mirrors the reciprocals
    expect(await dialog.mirror(1, 0).textContent()).toBe('3')
    expect(await dialog.mirror(4, 3).textContent()).toBe('2')
    await waitUntil(async () => (await dialog.cr.getAttribute('data-consistent')) === 'true', 5_000, 'consistent')
    expect(await dialog.cr.textContent()).toContain('0.015')
    expect(await dialog.lambda.textContent()).toBe('5.068')
    const expected = { C1: '16.0%', C2: '41.9%', C3: '26.3%', C4: '6.2%', C5: '9.7%' }
    for (const [code, pct] of Object.entries(expected)) expect(await dialog.weight(code).textContent()).toBe(pct)
    await dismissToasts(page)
    await screenshot(page, '37-weights-ahp')

    await dialog.apply.click()
    await dialog.historyRows.first().waitFor()
    expect(await dialog.historyRows.first().getAttribute('data-method')).toBe('ahp')
    await dismissToasts(page)
    await screenshot(page, '38-weights-history')

    // an inconsistent judgment: 不通过, with the judgments to reconsider; one click applies a suggestion
    await dialog.judgment(0, 1).selectOption('9')
    await waitUntil(async () => (await dialog.cr.getAttribute('data-consistent')) === 'false', 5_000, 'inconsistent')
    await dialog.suggestions.waitFor()
    expect(await dialog.apply.isDisabled()).toBe(true)
    await dismissToasts(page)
    await screenshot(page, '39-weights-ahp-inconsistent')
    const before = Number(await dialog.cr.getAttribute('data-cr'))
    await dialog.suggestionButtons.first().click()
    await waitUntil(async () => Number(await dialog.cr.getAttribute('data-cr')) < before, 5_000, 'a lower CR')

    // several experts: each one's CR and the geometric-mean group result
    await dialog.addExpert.click()
    await dialog.groupCr.waitFor()
    expect(await page.getByTestId('ahp-expert-cr-1').getAttribute('data-consistent')).toBe('true')
    await dismissToasts(page)
    await screenshot(page, '40-weights-group')

    // the experts' matrices from a workbook, a sheet each: each one's CR and the group result; then exported
    const names = ['改革创新', '数字化应用', '学习成长', '团队协作', '服务对象评价']
    await dialog.importFile.setInputFiles(await writeExperts(names))
    await waitUntil(async () => (await page.getByTestId('ahp-experts').getAttribute('data-count')) === '2', 20_000, 'two experts imported')
    await expect.poll(() => dialog.expert(0).textContent()).toContain('专家甲')
    expect(await page.getByTestId('ahp-expert-cr-0').getAttribute('data-consistent')).toBe('true')
    expect(await page.getByTestId('ahp-expert-cr-1').getAttribute('data-consistent')).toBe('true')
    expect(await dialog.groupCr.getAttribute('data-consistent')).toBe('true')
    await screenshot(page, '40b-weights-experts-imported')
    const [matrices] = await Promise.all([page.waitForEvent('download'), dialog.exportMatrices.click()])
    expect(matrices.suggestedFilename()).toMatch(/\.xlsx$/)
    // the imported judgments were never applied: closing asks first
    await dialog.close.click()
    await page.getByTestId('weights-discard-confirm').click()
    await dialog.root.waitFor({ state: 'hidden' })

    // the tree shows the applied weights and C's children add up again
    for (const [code, pct] of Object.entries(expected)) expect(Number(await text(code, 'weight')).toFixed(1)).toBe(pct.replace('%', ''))
    await waitState('C', 'ok')
    expect(await wb.dirty.count()).toBe(0)
    await dismissToasts(page)
    await screenshot(page, '41-workbench-weights-applied')
  })

  it('shows the effective scheme of one person and exports it', async () => {
    await wb.tab('effective').click()
    await page.getByTestId('effective-search').fill('S006')
    await page.getByTestId('effective-person-S006').click()
    const grid = page.getByTestId('effective-grid')
    await grid.locator('.ag-row[row-id="D1"]').waitFor()
    expect(Number(await page.getByTestId('effective-caption').getAttribute('data-count'))).toBeGreaterThan(10)
    await dismissToasts(page)
    await screenshot(page, '42-effective-person')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('effective-export').click()])
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    // by position class: the window posts get their individual indicators
    await page.getByTestId('effective-mode-group').click()
    await page.getByTestId('effective-class').selectOption('窗口服务')
    await grid.locator('.ag-row[row-id="J3"]').waitFor()
    await page.getByTestId('effective-class').selectOption('综合管理')
    await grid.locator('.ag-row[row-id="J3"]').waitFor({ state: 'detached' })
    await wb.tab('tree').click()
    const [exported] = await Promise.all([page.waitForEvent('download'), wb.exportScheme.click()])
    expect(exported.suggestedFilename()).toMatch(/\.xlsx$/)
  })

  it('refuses to delete a rated indicator, with the reason', async () => {
    await createPeriod(page, { id: '2025-Q1', kind: 'quarter', scheme: FROZEN })
    const ratings = await previewRatingsImport(page, '2025-Q1', fixture('ratings-2025-Q1.xlsx'))
    await confirmImport(ratings)
    await openWorkbench(page, FROZEN)
    await selectRow(wb, 'D1')
    await wb.op('delete').click()
    await wb.deleteConfirm.click()
    await wb.grid.row('D1').waitFor({ state: 'detached' })
    await wb.save.click()
    await wb.saveError.waitFor()
    expect(await wb.saveError.textContent()).toContain('D1')
    await dismissToasts(page)
    await screenshot(page, '43-workbench-save-refused')
    await wb.discard.click()
    await wb.grid.row('D1').waitFor()
    expect(await wb.dirty.count()).toBe(0)
  })

  it('freezes the version when its period opens, and makes a new draft from it', async () => {
    await goTo(page, 'period')
    await page.getByTestId('period-open-2025-Q1').click()
    await page.getByTestId('period-open-confirm-confirm').click()
    await page.getByTestId('period-open-2025-Q1').waitFor({ state: 'detached' })

    await openWorkbench(page, FROZEN)
    await wb.frozenBanner.waitFor()
    expect(await wb.status.getAttribute('data-status')).toBe('frozen')
    expect(await wb.frozenBanner.getAttribute('data-period')).toBe('2025-Q1')
    expect(await wb.frozenBanner.textContent()).toContain('2025-Q1')
    expect(await wb.op('sibling').count()).toBe(0)
    expect(await wb.save.count()).toBe(0)
    // no editor opens on a frozen version
    await wb.cell('D1', 'weight').dblclick()
    expect(await wb.cell('D1', 'weight').locator('input').count()).toBe(0)
    await dismissToasts(page)
    await screenshot(page, '44-workbench-frozen')

    await wb.newDraft.click()
    await waitUntil(async () => (await wb.version.getAttribute('data-version')) === '2', 10_000, 'version 2 open')
    expect(await wb.status.getAttribute('data-status')).toBe('draft')
    await editCell(wb, 'D1', 'weight', '60')
    await editCell(wb, 'D2', 'weight', '40')
    await waitState('D', 'ok')
    await selectRow(wb, 'N2')
    await wb.op('delete').click()
    await wb.deleteConfirm.click()
    await waitState('N', 'bad')
    await editCell(wb, 'N1', 'weight', '100')
    await waitState('N', 'ok')
    await selectRow(wb, 'J3')
    await addRow(wb, 'sibling', '数字化能力')
    await saveScheme(wb)
    expect(await wb.saveError.count()).toBe(0)
    await dismissToasts(page)
    await screenshot(page, '45-workbench-new-draft')

    await dismissToasts(page)
    await wb.compareOpen.click()
    const counts = page.getByTestId('compare-counts')
    await counts.waitFor()
    expect(await counts.getAttribute('data-changed')).toBe('3')
    expect(await counts.getAttribute('data-added')).toBe('1')
    expect(await counts.getAttribute('data-removed')).toBe('1')
    expect(await page.getByTestId('compare-row-D1').locator('td[data-changed="true"][data-field="weight"]').count()).toBe(1)
    await dismissToasts(page)
    await screenshot(page, '46-compare')
    await page.getByTestId('compare-dialog').getByRole('button').first().click()
  })

  it('weighs D by entropy from 2025-Q1 scores and mixes it with AHP', async () => {
    const dialog: WeightsDialogModel = await openWeights(wb, 'D')
    await dialog.tab('entropy').click()
    await page.getByTestId('entropy-run').click()
    await page.getByTestId('entropy-weight-D1').waitFor()
    await dismissToasts(page)
    await screenshot(page, '47-weights-entropy')
    await dialog.tab('ahp').click()
    await dialog.judgment(0, 1).selectOption('2')
    await dialog.tab('mix').click()
    await page.getByTestId('mix-weight-D1').waitFor()
    expect(Number(await page.getByTestId('mix-weight-D1').getAttribute('data-weight'))).toBeGreaterThan(0)
    await dismissToasts(page)
    await screenshot(page, '48-weights-mix')
    await dialog.apply.click()
    await waitUntil(async () => (await dialog.historyRows.count()) === 1, 10_000, 'the mix on record')
    expect(await dialog.historyRows.first().getAttribute('data-method')).toBe('mix')
    await dialog.close.click()
    await waitState('D', 'ok')
  })

  it('shows no page errors', () => {
    // the refused save above answers HTTP 409 by design, which the browser logs as a failed resource
    const expected = /status of 409 \(Conflict\)/
    expect(app.browser.pageErrors.filter((e) => !expected.test(e))).toEqual([])
  })
})
