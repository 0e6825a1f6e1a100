import os from 'node:os'
import path from 'node:path'
import { mkdtemp } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { t } from '../../shared/i18n'
import { switchLocale } from './actions/locale'
import { confirmImport, previewImport } from './actions/imports'
import { choosePeriod, goTo } from './actions/navigate'
import { NoticePageModel } from './pages/notice-page'
import { useApp } from './support/app'
import { cleanShot, fixtureFile } from './support/browser'
import { otherLanguageText } from './support/screen-checks'
import { waitUntil } from './support/wait'

const SCHEME = '日历2026'
const PERIOD = '2026-Q3'
const app = useApp()
let page: Page

beforeAll(async () => {
  page = app.page
  await page.setViewportSize({ width: 1366, height: 768 })
  await app.api('roster-import', { file: await fixtureFile('roster.xlsx') })
  await app.api('scheme-import', { file: await fixtureFile('scheme.xlsx'), name: SCHEME })
  await app.api('period-create', { id: PERIOD, kind: 'quarter', scheme: SCHEME })
})

const card = () => page.getByTestId('calendar-card')

/**
 * Text of the other language within what this task drew (the publish form, the calendar card); the
 * header, the grids' pager and the language switch belong to other screens' tests. The quarter's
 * help names the grade 好 on purpose: it is the grade's own name.
 */
async function otherLanguageIn(testId: string, lang: 'zh-CN' | 'en'): Promise<string[]> {
  const inside = (await page.getByTestId(testId).innerText()).replace(/\s+/g, ' ')
  const placeholders = await page.getByTestId(testId).locator('[placeholder]').evaluateAll((els) => els.map((e) => e.getAttribute('placeholder') ?? ''))
  const allowed = new Set([t('ui.decide.publish.helpQuarter', undefined, 'en').slice(0, 80)])
  return (await otherLanguageText(page, lang)).filter((s) => !allowed.has(s) && (inside.includes(s.replace(/\s+/g, ' ')) || placeholders.includes(s)))
}

describe('工作日历 and date fields at 1366×768', () => {
  it('the card shows 2024–2026 built in; a date typed 2027/1/1 is written 2027-01-01 and makes 2027 the office\'s', async () => {
    await goTo(page, 'settings')
    await card().scrollIntoViewIfNeeded()
    for (const year of [2024, 2025, 2026]) expect(await card().getByTestId(`calendar-year-${year}`).getAttribute('data-source')).toBe('builtin')
    expect(await card().getByTestId('calendar-year-2027').count()).toBe(0)
    await card().getByTestId('calendar-holidays-add').click()
    const date = card().getByTestId('calendar-holidays-date-0')
    expect(await date.getAttribute('placeholder')).toBe('年-月-日')
    expect(await otherLanguageIn('calendar-card', 'zh-CN')).toEqual([])
    await date.fill('2027/1/1')
    await card().getByTestId('calendar-holidays-name-0').click()
    expect(await date.inputValue()).toBe('2027-01-01')
    await card().getByTestId('calendar-holidays-name-0').fill('元旦')
    await card().getByTestId('calendar-save').click()
    await waitUntil(async () => (await card().getByTestId('calendar-year-2027').count()) === 1, 10_000, '2027 listed')
    expect(await card().getByTestId('calendar-year-2027').getAttribute('data-source')).toBe('office')
    expect(await app.api('calendar-year', { year: 2027 })).toMatchObject({ source: 'office', holidays: [{ date: '2027-01-01', name: '元旦' }] })
    await card().scrollIntoViewIfNeeded()
    await cleanShot(page, '114-calendar-card')
  })

  it('imports 2029 from a 节假日安排 workbook through the shared import dialog', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('节假日安排')
    ws.addRow(['日期', '类型', '名称'])
    ws.addRow(['2029-01-01', '放假', '元旦'])
    ws.addRow(['2029-02-10', '上班', '春节调休'])
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'kaohe-cal-')), '2029年节假日安排.xlsx')
    await wb.xlsx.writeFile(file)
    const dialog = await previewImport(page, card().getByTestId('calendar-import-file'), file)
    await page.getByText('2029 年全部按本文件的安排计算', { exact: false }).waitFor()
    // the 名称 column is the holiday's name, not a person's
    expect(await dialog.root.innerText()).not.toContain('姓名')
    await cleanShot(page, '118-calendar-import-preview')
    await confirmImport(dialog)
    await waitUntil(async () => (await card().getByTestId('calendar-year-2029').count()) === 1, 10_000, '2029 listed')
    expect(await app.api('calendar-year', { year: 2029 })).toMatchObject({ source: 'office', makeUpDays: [{ date: '2029-02-10', name: '春节调休' }] })
  })

  it('the notice form: 2026-09-24 + 5 working days ends 2026-10-08; a start in 2028 warns that year has no calendar', async () => {
    await goTo(page, 'notice')
    await choosePeriod(page, PERIOD)
    const notice = new NoticePageModel(page)
    await notice.start.fill('2026-09-24')
    await notice.days.fill('5')
    await waitUntil(async () => (await notice.endPreview.getAttribute('data-end')) === '2026-10-08', 10_000, 'the holidays skipped')
    expect(await page.getByTestId('notice-end-uncovered').count()).toBe(0)
    await notice.start.fill('2028-03-01')
    const warning = page.getByTestId('notice-end-uncovered')
    await warning.waitFor()
    expect(await warning.textContent()).toBe(t('calendar.uncovered', { years: 2028 }))
    expect(await notice.start.inputValue()).toBe('2028-03-01')
    expect(await otherLanguageIn('notice-publish-form', 'zh-CN')).toEqual([])
    await cleanShot(page, '116-notice-form-uncovered')
  })

  it('in English: dates still read 2028-03-01, the same warning in English', async () => {
    await switchLocale(page, async () => (await page.getByTestId('nav-notice').textContent()) ?? '', t('nav.notice', undefined, 'en'))
    await choosePeriod(page, PERIOD)
    const notice = new NoticePageModel(page)
    await notice.start.fill('2028-03-01')
    await notice.days.fill('5')
    const warning = page.getByTestId('notice-end-uncovered')
    await warning.waitFor()
    expect(await warning.textContent()).toBe(t('calendar.uncovered', { years: 2028 }, 'en'))
    expect(await notice.start.inputValue()).toBe('2028-03-01')
    expect(await otherLanguageIn('notice-publish-form', 'en')).toEqual([])
    await cleanShot(page, '117-notice-form-uncovered-en')
    await goTo(page, 'settings')
    await card().scrollIntoViewIfNeeded()
    await waitUntil(async () => (await card().getByTestId('calendar-year-2027').count()) === 1, 10_000, 'the years listed')
    expect(await card().getByTestId('calendar-holidays-date-0').inputValue()).toBe('2027-01-01')
    expect(await otherLanguageIn('calendar-card', 'en')).toEqual([])
    await cleanShot(page, '115-calendar-card-en')
  })
})
