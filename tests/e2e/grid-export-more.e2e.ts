import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { t } from '../../shared/i18n'
import { openEntry } from './actions/entry'
import { exportShownGrid, filterColumn, sortBy } from './actions/grid-export'
import { choosePeriod, goTo } from './actions/navigate'
import { openResults } from './actions/results'
import { openWorkbench } from './actions/scheme-workbench'
import { openStages } from './actions/stages'
import { FlagsPageModel } from './pages/flags-page'
import { useApp } from './support/app'
import { cleanShot } from './support/browser'
import type { Api } from './support/api'
import { ANNUAL, seedYear, YEAR_SCHEME } from './support/seed-year'
import { readExport, readShownGrid, withoutColumns, type ShownGrid } from './support/shown-grid'
import { waitUntil } from './support/wait'

const app = useApp()
let page: Page
let call: Api
const names = new Map<string, string>()
beforeAll(() => {
  page = app.page
  call = app.api
})

/** a department of the sample with an 超名额, a 不得评优 and two 封顶 people in the annual results */
const DEPARTMENT = '经济发展办公室'
const SEPARATOR = t('ui.listSeparator')


/** The workbook holds exactly what the grid showed: headers (and groups) in order, then the rows in order. */
async function expectSameAsShown(gridTestId: string, shown: ShownGrid, title: string): Promise<Awaited<ReturnType<typeof readExport>>> {
  const grouped = shown.groups.some(Boolean)
  const sheet = await readExport(await exportShownGrid(page, gridTestId), shown.headers.length, grouped)
  // every export's title is the unit's own (本单位 until the unit is named)
  expect(sheet.title).toBe(t('exportName.unitTitle', { unit: t('report.unit.default'), title }))
  expect(sheet.sheet.columnCount).toBe(shown.headers.length)
  expect(sheet.headers).toEqual(shown.headers)
  expect(sheet.groups).toEqual(shown.groups)
  expect(sheet.rows).toEqual(shown.rows)
  return sheet
}

describe('导出表格 on more grids: the workbook is the grid as shown', () => {
  it('seeds the sample year through the bridge and computes the annual results', async () => {
    await seedYear(app.api)
    await call('results-compute', { period: ANNUAL })
    const people = (await call('period-people', { id: ANNUAL })).filter((p) => p.status === '参加').map((p) => p.staffNo)
    // part of the stages, so the progress cells say different things
    await call('stages-record', { period: ANNUAL, staffNos: people, payload: { stage: 'peer' } })
    await call('stages-record', { period: ANNUAL, staffNos: people.slice(0, 20), payload: { stage: 'self', text: '已提交书面述职报告。', date: '2025-03-28' } })
    // a peer who gives two colleagues full marks on everything: a cross-check flag to list
    const leaves = ['D1', 'D2', 'N1', 'N2', 'Q1', 'J1', 'J2', 'L1']
    await call('entry-save', { period: '2025-Q1', role: '互评', rater: '临时评议组', cells: ['S002', 'S003'].flatMap((staffNo) => leaves.map((code) => ({ staffNo, code, score: 100 }))) })
    await call('flags-run', { period: '2025-Q1' })
    expect((await call('flags-list', { period: '2025-Q1' })).length).toBeGreaterThan(0)
    for (const p of await call('period-list', {})) names.set(p.id, p.name)
    // wide and tall enough that the grids draw every column and row (AG Grid draws only those in view)
    await page.setViewportSize({ width: 2400, height: 1400 })
    await page.reload()
    await page.getByTestId('nav-results').waitFor()
  })

  it('结果: grades and flag badges as their words, after a department filter and a sort by total', async () => {
    const results = await openResults(page, ANNUAL, 'S011')
    await results.department.selectOption(DEPARTMENT)
    await waitUntil(async () => (await results.count.getAttribute('data-count')) === '6', 10_000, 'the department filter to show 6 people')
    await sortBy(page, 'results-grid', 'total', 'ascending')
    await results.flag('S011', 'overQuota').waitFor()
    await cleanShot(page, '95-export-results')

    const shown = await readShownGrid(results.grid.root, { grade: 'chips', flags: 'chips' }, SEPARATOR)
    expect(shown.rows).toHaveLength(6)
    const sheet = await expectSameAsShown('results-grid', shown, t('gridExport.title.results', { period: names.get(ANNUAL) ?? '' }))

    // the totals ascend, written as numbers with two decimals
    const total = shown.colIds.indexOf('total')
    const totals = sheet.values.map((r) => r[total])
    expect(totals.every((v) => typeof v === 'number')).toBe(true)
    expect(totals).toEqual([...(totals as number[])].sort((a, b) => a - b))
    expect(sheet.sheet.getRow(3).getCell(total + 1).numFmt).toBe('0.00')
    // the flags column says the badges' words, not the flags' long texts
    const flags = shown.colIds.indexOf('flags')
    const row = (staffNo: string) => sheet.rows.find((r) => r.includes(staffNo)) ?? []
    expect(row('S011')[flags]).toBe(t('ui.res.flag.overQuota'))
    expect(row('S009')[flags]).toBe(t('ui.res.flag.excellentBarred'))
    expect(row('S012')[flags]).toBe(t('ui.res.flag.cap'))
    expect(row('S011')[shown.colIds.indexOf('grade')]).toBe('称职')
  })

  it('评分汇总: each role a column group, searched for one person and sorted by indicator name', async () => {
    await goTo(page, 'ratings')
    await choosePeriod(page, '2025-Q1')
    const grid = page.getByTestId('ratings-grid')
    await grid.locator('.ag-row').first().waitFor()
    await page.getByTestId('ratings-search').fill('S011')
    await sortBy(page, 'ratings-grid', 'indicatorName', 'descending')
    const indicators = new Set((await call('ratings-summary', { period: '2025-Q1' })).filter((r) => r.staffNo === 'S011').map((r) => r.indicatorCode)).size
    await waitUntil(async () => (await grid.locator('.ag-row[row-id]').count()) === indicators, 10_000, `the ${indicators} indicators rated for S011`)
    await cleanShot(page, '96-export-ratings')

    const shown = await readShownGrid(grid)
    // 领导 has two raters on S011 in 2025-Q1 (the workbook's and the hand-entered second leader)
    expect(shown.groups).toContain('领导')
    const sheet = await expectSameAsShown('ratings-grid', shown, t('gridExport.title.ratings', { period: names.get('2025-Q1') ?? '' }))
    expect(sheet.sheet.getCell('A2').value).toBe(shown.headers[0])
  })

  it('环节进度: the stage cells as their words (state and detail), the selection boxes left out', async () => {
    const stages = await openStages(page, ANNUAL)
    await stages.department.selectOption('财政所')
    await waitUntil(async () => (await stages.grid.rows.count()) === 7, 10_000, 'the 7 people of 财政所')
    await sortBy(page, 'stages-grid', 'name', 'descending')
    await cleanShot(page, '97-export-stages')

    const shown = withoutColumns(await readShownGrid(stages.grid.root, { self: 'parts', peer: 'parts', leader: 'parts', committee: 'parts' }), ['ag-Grid-SelectionColumn'])
    expect(shown.colIds).toContain('self')
    const sheet = await expectSameAsShown('stages-grid', shown, t('gridExport.title.progress', { period: names.get(ANNUAL) ?? '' }))
    const peer = shown.colIds.indexOf('peer')
    expect(sheet.rows.every((r) => r[peer].startsWith(t('ui.stage.state.done')))).toBe(true)
  })

  it('指标体系: the visible rows of the tree, indented by level, a collapsed branch left out', async () => {
    const wb = await openWorkbench(page, YEAR_SCHEME)
    const before = await wb.grid.rows.count()
    await wb.toggle('D').click()
    await waitUntil(async () => (await wb.grid.rows.count()) < before, 5_000, 'the 德 branch collapsed')
    await cleanShot(page, '98-export-scheme-tree')

    const shown = await readShownGrid(wb.grid.root, { tree: 'tree', weightSum: 'chips' })
    expect(shown.rows.some((r) => r[0] === 'D1')).toBe(false)
    expect(shown.rows.some((r) => r[0].startsWith('\u3000'))).toBe(true)
    // the workbench opens the newest version
    const version = Math.max(...(await call('scheme-list', {})).filter((s) => s.name === YEAR_SCHEME).map((s) => s.version))
    await expectSameAsShown('indicator-grid', shown, t('gridExport.title.scheme', { name: YEAR_SCHEME, version }))
  })

  it('录入: one rater\'s scores as numbers under their dimension, filtered by staff number', async () => {
    // the second leader of the seed scored S011 (and S030) by hand in every quarter
    const entry = await openEntry(page, '2025-Q1', '领导', '考核办复评')
    await filterColumn(page, 'entry-grid', 'staffNo', 'S01')
    await waitUntil(async () => (await entry.grid.rows.count()) === 10, 10_000, 'S010–S019')
    await sortBy(page, 'entry-grid', 'name', 'ascending')
    await cleanShot(page, '99a-export-entry')

    const shown = await readShownGrid(entry.grid.root)
    const sheet = await expectSameAsShown('entry-grid', shown, t('gridExport.title.entry', { period: names.get('2025-Q1') ?? '', role: t('ui.role.leader'), rater: '考核办复评' }))
    const s011 = sheet.values.find((r) => r[0] === 'S011') ?? []
    expect(s011[shown.colIds.indexOf('D1')]).toBe(100)
  })

  it('参加人员: the stage chips in words (stage and state), filtered by department', async () => {
    await goTo(page, 'period')
    await page.getByTestId('period-tab-people').click()
    await choosePeriod(page, ANNUAL)
    const grid = page.getByTestId('people-grid')
    await grid.locator('.ag-row').first().waitFor()
    await filterColumn(page, 'people-grid', 'department', '财政所')
    await waitUntil(async () => (await grid.locator('.ag-row[row-id]').count()) === 7, 10_000, 'the 7 people of 财政所')
    await cleanShot(page, '99b-export-people')

    const read = await readShownGrid(grid, { status: 'chips', stages: 'states' })
    // the screen shows each stage's state by colour; in the sheet it is written next to the stage
    const stages = read.colIds.indexOf('stages')
    const inWords = (pairs: string) =>
      pairs
        .split(',')
        .map((p) => p.split('='))
        .map(([stage, state]) => t('gridExport.stageState', { stage, state: t(`ui.stage.state.${state as 'done'}`) }))
        .join(t('ui.noteSeparator'))
    const shown = { ...read, rows: read.rows.map((r) => r.map((c, i) => (i === stages ? inWords(c) : c))) }
    await expectSameAsShown('people-grid', shown, t('gridExport.title.people', { period: names.get(ANNUAL) ?? '' }))
  })

  it('交叉核查: the flag status as its word, the decision buttons left out', async () => {
    await goTo(page, 'ratings')
    await choosePeriod(page, '2025-Q1')
    const flags = new FlagsPageModel(page)
    await flags.tab.click()
    await flags.grid.rows.first().waitFor()
    await cleanShot(page, '99c-export-flags')
    const shown = withoutColumns(await readShownGrid(flags.grid.root, { status: 'chips' }), ['actions'])
    const sheet = await expectSameAsShown('flags-grid', shown, t('gridExport.title.flags', { period: names.get('2025-Q1') ?? '' }))
    expect(sheet.rows.every((r) => r[shown.colIds.indexOf('status')] === t('ui.flags.status.open'))).toBe(true)
  })

  it('考核周期: the status as its word, the row buttons left out', async () => {
    await goTo(page, 'period')
    const grid = page.getByTestId('period-grid')
    await waitUntil(async () => (await grid.locator('.ag-row[row-id]').count()) === 5, 10_000, 'the five periods')
    await cleanShot(page, '99-export-periods')
    const shown = withoutColumns(await readShownGrid(grid, { status: 'chips' }), ['actions'])
    const sheet = await expectSameAsShown('period-grid', shown, t('gridExport.title.periods'))
    expect(sheet.rows.map((r) => r[shown.colIds.indexOf('status')])).toContain(t('ui.periodStatus.open'))
    expect(app.browser.pageErrors).toEqual([])
  })
})
