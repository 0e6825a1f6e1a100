import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { t } from '../../shared/i18n'
import { switchLocale } from './actions/locale'
import { choosePeriod, goTo } from './actions/navigate'
import { confirmImport, previewImport } from './actions/imports'
import { openExplanation, openResults } from './actions/results'
import { Shell } from './pages/shell'
import { useApp } from './support/app'
import type { Api } from './support/api'
import { fixture, fixtureFile, screenshot } from './support/browser'
import { cutColumns, otherLanguageText } from './support/screen-checks'
import { waitUntil } from './support/wait'

const SCHEME = '平时考核2025'
const PERIOD = '2025-Q1'
// the fixture's six rows: 79+7+2, 90+14+4, 41+10+1, 81+3+1, 47+8+3, 55+9+4
const RESPONSES = 88 + 108 + 52 + 85 + 58 + 68
const app = useApp()
let page: Page
let call: Api
beforeAll(() => {
  page = app.page
  call = app.api
})

async function openTab(tab: 'imports' | 'satisfaction' | 'ballots' | 'measures'): Promise<void> {
  await page.getByTestId(`ratings-tab-${tab}`).click()
}

/**
 * The other language's text inside 评分 itself (tabs, bar, count line, batches, empty note, grid
 * headers): the shell's language switch and signed-in account are another screen's, checked there.
 */
async function screenOtherLanguage(lang: 'zh-CN' | 'en'): Promise<string[]> {
  // the words around 评分: the body's text and spoken attributes with 评分's own page taken out
  const shell = (await page.evaluate(`(() => {
    const body = document.body.cloneNode(true)
    body.querySelector('[data-testid="page-ratings"]')?.remove()
    const attrs = [...body.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((e) => ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a) || ''))
    return [...body.querySelectorAll('*')].flatMap((e) => [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => (n.textContent || '').trim())).concat(attrs).filter(Boolean)
  })()`)) as string[]
  const outside = new Set(shell.map((s) => s.slice(0, 80)))
  // AG Grid's own screen-reader labels in the Chinese UI are issue 16's locale-text task, not this screen's words
  const gridOwn = /Filter Input|^Clear$|Open Filter Menu|Page Size|First Page|Previous Page|Next Page|Last Page|number, /
  return (await otherLanguageText(page, lang)).filter((snippet) => !outside.has(snippet) && !(lang === 'zh-CN' && gridOwn.test(snippet)))
}

/** Switches the language (the window is drawn again) and comes back to 评分 of the period. */
async function toLocale(locale: 'zh-CN' | 'en'): Promise<void> {
  await switchLocale(page, async () => (await new Shell(page).nav('period').textContent()) ?? '', t('nav.period', undefined, locale))
  await goTo(page, 'ratings')
  await choosePeriod(page, PERIOD)
}

describe('评分: satisfaction, ballots and measured values each in its own tab, at 1366×768', () => {
  it('the ratings grid shows each rater role’s mean without scrolling sideways', async () => {
    await page.setViewportSize({ width: 1366, height: 768 })
    await call('roster-import', { file: await fixtureFile('roster.xlsx') })
    await call('scheme-import', { file: await fixtureFile('scheme.xlsx'), name: SCHEME })
    await call('period-create', { id: PERIOD, kind: 'quarter', scheme: SCHEME })
    await call('period-open', { id: PERIOD })
    await call('ratings-import', { period: PERIOD, file: await fixtureFile('ratings-2025-Q1.xlsx') })
    await page.reload()
    await new Shell(page).nav('ratings').waitFor()
    await goTo(page, 'ratings')
    await choosePeriod(page, PERIOD)
    await page.getByTestId('ratings-grid').locator('.ag-row').first().waitFor()
    expect(await cutColumns(page, 'ratings-grid')).toEqual([])
    await screenshot(page, '190-ratings-grid')
  })

  it('an empty satisfaction tab says what to import and opens the import on 群众满意度', async () => {
    await openTab('satisfaction')
    const empty = page.getByTestId('input-list-empty-satisfaction')
    await empty.waitFor()
    expect(await empty.locator('p').textContent()).toBe(t('ui.inputList.empty.satisfaction'))
    expect(await screenOtherLanguage('zh-CN')).toEqual([])
    await screenshot(page, '191-satisfaction-empty')
    await page.getByTestId('input-list-import-satisfaction').click()
    const dialog = await previewImport(page, page.getByTestId('input-file'), fixture('satisfaction-2025-Q1.gbk.csv'))
    expect(await page.getByTestId('input-kind').inputValue()).toBe('satisfaction')
    // the fixture scheme has several items a survey may feed: the clerk picks 群众矛盾化解效果
    await page.getByTestId('input-indicator').selectOption('N2')
    await waitUntil(async () => (await dialog.error.count()) === 0 && (await dialog.status.count()) > 0 && (await dialog.confirm.isEnabled()), 30_000, 'the preview for N2')
    await confirmImport(dialog)
  })

  it('lists the imported rows with their count line and the import they came from', async () => {
    const grid = page.getByTestId('input-list-grid-satisfaction')
    await grid.locator('.ag-row').first().waitFor()
    const stored = await call('inputs-satisfaction', { period: PERIOD })
    expect(stored.rows).toHaveLength(6)
    const shownRows = new Set(await Promise.all((await grid.locator('.ag-row[row-index]').all()).map((r) => r.getAttribute('row-index'))))
    expect(shownRows.size).toBe(6)
    const count = page.getByTestId('input-list-count-satisfaction')
    expect(await count.textContent()).toBe(t('ui.inputList.count.satisfaction', { rows: 6, people: 6, departments: 0, responses: RESPONSES }))
    const batch = page.getByTestId(`input-batch-satisfaction-${stored.batches[0].id}`)
    expect(await batch.textContent()).toContain('“satisfaction-2025-Q1.gbk.csv”')
    expect(await batch.textContent()).toContain(t('ui.inputList.batchRows', { rows: 6 }))
    expect(await batch.textContent()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
    expect(await grid.locator('.ag-row[row-index="0"] [col-id="satisfied"]').first().textContent()).toBe('79')
    expect(await grid.locator('.ag-row[row-index="0"] [col-id="responses"]').first().textContent()).toBe('88')
    await batch.click()
    expect(await count.getAttribute('data-rows')).toBe('6')
    expect(await cutColumns(page, 'input-list-grid-satisfaction')).toEqual([])
    expect(await screenOtherLanguage('zh-CN')).toEqual([])
    await screenshot(page, '192-satisfaction-rows')
  })

  it('the ballots and measured-values tabs, still empty, say what to import', async () => {
    await openTab('ballots')
    await page.getByTestId('input-list-empty-ballots').waitFor()
    expect(await page.getByTestId('input-list-empty-ballots').locator('p').textContent()).toBe(t('ui.inputList.empty.ballots'))
    expect(await screenOtherLanguage('zh-CN')).toEqual([])
    await openTab('measures')
    await page.getByTestId('input-list-empty-measures').waitFor()
    expect(await screenOtherLanguage('zh-CN')).toEqual([])
    await screenshot(page, '193-measures-empty')
  })

  it('in English: the same rows, counts and imports, the key columns visible, no Chinese words of the screen', async () => {
    await toLocale('en')
    await page.getByTestId('ratings-grid').locator('.ag-row').first().waitFor()
    expect(await cutColumns(page, 'ratings-grid')).toEqual([])
    await screenshot(page, '194-ratings-grid-en')
    await openTab('satisfaction')
    const count = page.getByTestId('input-list-count-satisfaction')
    await waitUntil(async () => (await count.count()) > 0, 10_000, 'the satisfaction rows')
    expect(await count.textContent()).toBe(t('ui.inputList.count.satisfaction', { rows: 6, people: 6, departments: 0, responses: RESPONSES }, 'en'))
    await page.getByTestId('input-list-grid-satisfaction').locator('.ag-row').first().waitFor()
    expect(await cutColumns(page, 'input-list-grid-satisfaction')).toEqual([])
    expect(await page.getByTestId('ratings-tab-satisfaction').textContent()).toBe(t('ui.ratingsTabs.satisfaction', undefined, 'en'))
    const tabText = await screenOtherLanguage('en')
    expect(tabText).toEqual([])
    await screenshot(page, '195-satisfaction-rows-en')
    await openTab('ballots')
    await page.getByTestId('input-list-empty-ballots').waitFor()
    expect(await screenOtherLanguage('en')).toEqual([])
    await screenshot(page, '196-ballots-empty-en')
    await toLocale('zh-CN')
  })

  it('the explanation says how many satisfaction responses 群众 stands for: 88 份 for 姚阳勇 (79 + 7 + 2)', async () => {
    await call('results-compute', { period: PERIOD })
    const panel = await openExplanation(await openResults(page, PERIOD, 'S001'), 'S025')
    const counts = panel.root.getByTestId('explain-input-counts')
    expect(await counts.textContent()).toBe(t('ui.explain.inputCounts', { satisfaction: 88, ballots: 0, measures: 0 }))
    await panel.root.getByTestId('explain-toggle-N2').click()
    const citizens = panel.root.getByTestId('explain-role-N2-群众')
    expect(await citizens.textContent()).toContain('群众：满意度 88 份')
    await screenshot(page, '197-explain-input-counts')
    await switchLocale(page, async () => (await new Shell(page).nav('period').textContent()) ?? '', t('nav.period', undefined, 'en'))
    const again = await openExplanation(await openResults(page, PERIOD, 'S001'), 'S025')
    expect(await again.root.getByTestId('explain-input-counts').textContent()).toBe(t('ui.explain.inputCounts', { satisfaction: 88, ballots: 0, measures: 0 }, 'en'))
    await screenshot(page, '198-explain-input-counts-en')
  })
})
