import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { ResultRow } from '../../shared/contract'
import { choosePeriod, goTo } from './actions/navigate'
import { computeResults } from './actions/results'
import { decideAppeal, fileAppeal, recordCommittee } from './actions/annual'
import { openEntry } from './actions/entry'
import { moveToReview } from './actions/stages'
import { NoticePageModel } from './pages/notice-page'
import { PeriodPageModel } from './pages/period-page'
import { ResultsPageModel } from './pages/results-page'
import { UsesPageModel } from './pages/uses-page'
import { useApp } from './support/app'
import { cleanShot, screenshot } from './support/browser'
import type { Api } from './support/api'
import { ANNUAL, seedYear } from './support/seed-year'
import { waitUntil } from './support/wait'

const app = useApp()
let page: Page
let call: Api
beforeAll(() => {
  page = app.page
  call = app.api
})

/** the annual results as the backend has them */
async function annualRows(): Promise<ResultRow[]> {
  return (await call('results-list', { period: ANNUAL })).rows
}

async function periodStatus(id: string): Promise<string> {
  return (await call('period-list', {})).find((p) => p.id === id)?.status ?? ''
}

function today(daysLater = 0): string {
  const d = new Date()
  d.setDate(d.getDate() + daysLater)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/**
 * Closes the success notes so a screenshot shows the screen itself; an error stays. Behind a modal
 * dialog the page is inert, so then they are left as they are.
 */

async function cellText(results: ResultsPageModel, staffNo: string, col: string): Promise<string> {
  return ((await results.grid.cell(staffNo, col).textContent()) ?? '').trim()
}

/** The person the walk follows through explanation, 复核 and correction, and the one whose grade the committee overrides. */
let appellant: ResultRow
/** the 优秀 the appellant overtakes */
let displaced: ResultRow
let overridden: ResultRow
let appealId = 0

describe('年度考核: compute the year, explain, override, approve, notice, appeal, use', () => {
  it('seeds roster, scheme, four computed quarters and the open annual period through the bridge', async () => {
    await seedYear(app.api)
    expect(await periodStatus(ANNUAL)).toBe('open')
    await page.reload()
    await goTo(page, 'period')
  })

  it('computes the year on the results page and explains one person', async () => {
    const results = await computeResults(page, ANNUAL)
    const rows = await annualRows()
    expect(rows.length).toBeGreaterThan(0)
    // seeded so: S030 holds the last 优秀 place, S011 is next with two quarterly 好 (QUARTER_SCORES)
    const byNo = new Map(rows.map((r) => [r.staffNo, r]))
    appellant = byNo.get('S011') as ResultRow
    displaced = byNo.get('S030') as ResultRow
    expect([appellant.grade, displaced.grade]).toEqual(['称职', '优秀'])
    expect(displaced.total as number).toBeGreaterThan(appellant.total as number)
    const graded = rows.filter((r) => r.total !== null).sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999))
    overridden = [...graded].reverse().find((r) => r.grade === '称职') as ResultRow
    await results.grid.row(appellant.staffNo).waitFor()
    await cleanShot(page, '70-walk-01-annual-results')

    await results.grid.cell(appellant.staffNo, 'name').click()
    await page.getByTestId('explain-open').click()
    const panel = page.getByTestId('explain-panel')
    await panel.waitFor()
    await waitUntil(async () => ((await panel.getByTestId('explain-total').textContent()) ?? '').includes((appellant.total as number).toFixed(2)), 10_000, 'the explained total')
    await cleanShot(page, '70-walk-02-explain')
    await panel.getByTestId('explain-close').click()
    await panel.waitFor({ state: 'hidden' })
  })

  it('records the stages and advances the year to review', async () => {
    const stages = await moveToReview(page, ANNUAL)
    expect(await periodStatus(ANNUAL)).toBe('review')
    await recordCommittee(page, stages)
  })

  it('overrides one grade with a reason', async () => {
    await goTo(page, 'results')
    await choosePeriod(page, ANNUAL)
    const results = new ResultsPageModel(page)
    // the grid renders only the rows in view: narrow it to the person
    await results.search.fill(overridden.staffNo)
    await results.grid.row(overridden.staffNo).waitFor()
    await results.grid.cell(overridden.staffNo, 'name').click()
    await page.getByTestId('override-open').click()
    const dialog = page.getByTestId('override-dialog')
    await dialog.waitFor()
    await dialog.getByTestId('override-grade').selectOption('基本称职')
    await dialog.getByTestId('override-reason').fill('年度内两次被群众实名投诉，经党委会研究，定为基本称职。')
    await cleanShot(page, '70-walk-03-override')
    await dialog.getByTestId('override-save').click()
    await dialog.waitFor({ state: 'hidden' })
    await waitUntil(async () => (await cellText(results, overridden.staffNo, 'grade')).includes('基本称职'), 10_000, 'the overridden grade in the grid')
    expect((await annualRows()).find((r) => r.staffNo === overridden.staffNo)?.grade).toBe('基本称职')
  })

  it('approves the year on the periods page', async () => {
    await goTo(page, 'period')
    const periods = new PeriodPageModel(page)
    await periods.tab('list').click()
    await periods.advanceButton(ANNUAL).click()
    const dialog = periods.advanceDialog
    await waitUntil(async () => await dialog.getByTestId('period-advance-confirm').isEnabled(), 10_000, 'review → approved allowed')
    await dialog.getByTestId('period-advance-confirm').click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await periodStatus(ANNUAL)).toBe('approved')
  })

  it('shows the approved year as locked: no recompute, no override or exemption, ratings read-only', async () => {
    await goTo(page, 'results')
    await choosePeriod(page, ANNUAL)
    const results = new ResultsPageModel(page)
    await waitUntil(async () => !(await results.compute.isEnabled()), 10_000, 'compute off once approved')
    expect(await results.compute.getAttribute('title')).toBeTruthy()
    await results.search.fill(appellant.staffNo)
    await results.grid.cell(appellant.staffNo, 'name').click()
    expect(await results.overrideOpen.isDisabled()).toBe(true)
    expect(await results.exemptOpen.isDisabled()).toBe(true)
    // the grid does not take a score and says where a correction goes
    const entry = await openEntry(page, ANNUAL, '领导', 'L01')
    await page.getByTestId('entry-locked').waitFor()
    await entry.cell(appellant.staffNo, 'J1').dblclick()
    expect(await page.locator('.ag-cell-inline-editing').count()).toBe(0)
    await cleanShot(page, '70-walk-03b-locked')
    // and a change sent anyway is refused by the backend, the database unchanged
    const before = await annualRows()
    await expect(call('entry-save', { period: ANNUAL, role: '领导', rater: 'L01', cells: [{ staffNo: appellant.staffNo, code: 'J1', score: 100 }] })).rejects.toThrow(/^entry-save: frozen: /)
    expect(await annualRows()).toEqual(before)
  })

  it('keeps the office calendar and the department grades in settings; the notice counts the holiday', async () => {
    await goTo(page, 'settings')
    const calendar = page.getByTestId('calendar-card')
    await calendar.scrollIntoViewIfNeeded()
    await calendar.getByTestId('calendar-holidays-add').click()
    await calendar.getByTestId('calendar-holidays-date-0').fill('2027-01-01')
    await calendar.getByTestId('calendar-holidays-name-0').fill('元旦')
    await calendar.getByTestId('calendar-makeUpDays-add').click()
    await calendar.getByTestId('calendar-makeUpDays-date-0').fill('2027-01-09')
    await calendar.getByTestId('calendar-makeUpDays-name-0').fill('元旦调休上班')
    await calendar.getByTestId('calendar-save').click()
    await waitUntil(async () => (await calendar.getByTestId('calendar-save').isDisabled()) === true, 10_000, 'the calendar saved')
    expect(await call('calendar-get', {})).toEqual({ holidays: [{ date: '2027-01-01', name: '元旦' }], makeUpDays: [{ date: '2027-01-09', name: '元旦调休上班' }] })

    const grades = page.getByTestId('department-grades-card')
    await grades.getByTestId('department-grades-year').selectOption('2025')
    const first = grades.locator('tbody tr[data-path]').first()
    await first.waitFor()
    const path = (await first.getAttribute('data-path')) as string
    await first.locator('select').selectOption('优秀')
    await grades.getByTestId('department-grades-save').click()
    await waitUntil(async () => (await call('department-grades-list', { year: 2025 })).find((d) => d.path === path)?.grade === '优秀', 10_000, 'the department grade saved')
    await calendar.scrollIntoViewIfNeeded()
    await cleanShot(page, '70-walk-04a-settings-calendar')

    // Mon 2026-12-28 + 5 working days: 28, 29, 30, 31, (1 Jan is 元旦) 4 Jan
    await goTo(page, 'notice')
    await choosePeriod(page, ANNUAL)
    const notice = new NoticePageModel(page)
    await notice.start.fill('2026-12-28')
    await notice.days.fill('5')
    await waitUntil(async () => (await notice.endPreview.getAttribute('data-end')) === '2027-01-04', 10_000, 'the holiday skipped')
  })

  it('publishes the notice with its last day counted in working days', async () => {
    await goTo(page, 'notice')
    await choosePeriod(page, ANNUAL)
    const notice = new NoticePageModel(page)
    await waitUntil(async () => (await notice.status.getAttribute('data-status')) === 'approved', 10_000, 'the approved status shown')
    await notice.start.fill(today())
    await notice.days.fill('5')
    await waitUntil(async () => ((await notice.endPreview.getAttribute('data-end')) ?? '') !== '', 10_000, 'the computed last day')
    const end = (await notice.endPreview.getAttribute('data-end')) as string
    expect(end > today()).toBe(true)
    expect(await notice.publish.isEnabled()).toBe(true)
    await cleanShot(page, '70-walk-04-notice-form')
    await notice.publish.click()
    await notice.publishConfirm.click()
    await notice.published.waitFor()
    expect(await notice.end.textContent()).toBe(end)
    const excellent = (await annualRows()).filter((r) => r.grade === '优秀')
    expect(await notice.people.locator('tbody tr[data-staff]').count()).toBe(excellent.length)
    expect(await periodStatus(ANNUAL)).toBe('noticed')
    const download = page.waitForEvent('download')
    await notice.export.click()
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/)
    await cleanShot(page, '70-walk-05-notice-published')
  })

  it('files a 复核 and upholds it with corrected ratings; the results follow', async () => {
    const notice = new NoticePageModel(page)
    await fileAppeal(
      notice,
      { staffNo: appellant.staffNo, kind: '复核', filedOn: today(), reason: '工作任务完成指标的领导评分漏记了本人牵头完成的重点项目，申请复核。' },
      () => cleanShot(page, '70-walk-06-appeal-add'),
    )
    const [filed] = await call('appeals-list', { period: ANNUAL })
    expect(filed.staffNo).toBe(appellant.staffNo)
    appealId = filed.id
    await notice.statusOf(filed.id).waitFor()
    expect(await notice.statusOf(filed.id).getAttribute('data-status')).toBe('pending')
    expect(await notice.appeals.row(String(filed.id)).getByTestId('appeal-late').count()).toBe(0)

    await decideAppeal(
      notice,
      filed.id,
      {
        outcome: 'upheld',
        decidedOn: today(),
        text: '经核实，重点项目由本人牵头完成，领导评分予以更正。',
        ratings: [
          { indicator: 'J1', role: '领导', score: 100 },
          { indicator: 'J2', role: '领导', score: 98 },
        ],
      },
      () => cleanShot(page, '70-walk-07-appeal-decide'),
    )

    await waitUntil(async () => (await notice.statusOf(filed.id).getAttribute('data-status')) === 'upheld', 10_000, 'the appeal upheld')
    await notice.changes.waitFor()
    const totalChange = notice.change(appellant.staffNo, 'total')
    await totalChange.waitFor()
    const before = Number(await totalChange.getByTestId('change-before').textContent())
    const after = Number(await totalChange.getByTestId('change-after').textContent())
    expect(before).toBeCloseTo(appellant.total as number, 2)
    expect(after).toBeGreaterThan(before)
    const corrected = (await annualRows()).find((r) => r.staffNo === appellant.staffNo) as ResultRow
    expect(corrected.total).toBeCloseTo(after, 2)
    // the corrected total overtakes S030 for the last 优秀 place: both grades change, and the table says so
    expect(corrected.grade).toBe('优秀')
    expect((await annualRows()).find((r) => r.staffNo === displaced.staffNo)?.grade).toBe('称职')
    for (const [no, before, after] of [[appellant.staffNo, '称职', '优秀'], [displaced.staffNo, '优秀', '称职']]) {
      const row = notice.change(no, 'grade')
      expect(((await row.getByTestId('change-before').textContent()) ?? '').trim()).toBe(before)
      expect(((await row.getByTestId('change-after').textContent()) ?? '').trim()).toBe(after)
    }
    await notice.changes.scrollIntoViewIfNeeded()
    await cleanShot(page, '70-walk-08-appeal-changes')

    await goTo(page, 'results')
    await choosePeriod(page, ANNUAL)
    const results = new ResultsPageModel(page)
    await results.search.fill('')
    await results.grid.row(appellant.staffNo).waitFor()
    await waitUntil(async () => (await cellText(results, appellant.staffNo, 'total')).includes(after.toFixed(2)), 10_000, 'the corrected total in the grid')
    expect(await cellText(results, appellant.staffNo, 'grade')).toContain('优秀')
    await results.grid.row(displaced.staffNo).waitFor()
    expect(await cellText(results, displaced.staffNo, 'grade')).toContain('称职')
    await cleanShot(page, '70-walk-09-results-corrected')
  })

  it('records a late 申诉 with its red badge, and rejects it', async () => {
    await goTo(page, 'notice')
    await choosePeriod(page, ANNUAL)
    const notice = new NoticePageModel(page)
    // filed directly, 40 days after the notice began: 申诉 without a 复核 is due within 30
    await fileAppeal(notice, { staffNo: displaced.staffNo, kind: '申诉', filedOn: today(40), reason: '对复核后本人等次由优秀调整为称职不服，提出申诉。' })
    const late = (await call('appeals-list', { period: ANNUAL })).find((a) => a.staffNo === displaced.staffNo)
    expect(late?.deadlines?.late).toBe(true)
    const id = String(late?.id)
    await notice.appeals.row(id).getByTestId('appeal-late').waitFor()

    await decideAppeal(notice, id, { outcome: 'rejected', decidedOn: today(45), text: '申诉超过规定期限，且复核更正有据，维持复核决定。' })
    await waitUntil(async () => (await notice.statusOf(id).getAttribute('data-status')) === 'rejected', 10_000, 'the 申诉 rejected')
    await notice.appeals.row(id).click()
    await notice.detail.waitFor()
    expect(await notice.detail.getAttribute('data-id')).toBe(id)
    await notice.appeals.root.scrollIntoViewIfNeeded()
    await cleanShot(page, '70-walk-09b-appeal-late')
  })

  it('lists the year’s 优秀 for 嘉奖 on the uses page', async () => {
    await goTo(page, 'uses')
    const uses = new UsesPageModel(page)
    await uses.year.locator('option[value="2025"]').waitFor({ state: 'attached' })
    await uses.year.selectOption('2025')
    const excellent = (await annualRows()).filter((r) => r.grade === '优秀').map((r) => r.staffNo)
    expect(excellent.length).toBeGreaterThan(0)
    await uses.tab('commendation').click()
    await waitUntil(async () => Number(await uses.count('commendation').getAttribute('data-count')) === excellent.length, 10_000, 'the 嘉奖 count')
    for (const no of excellent) await uses.grid.row(no).waitFor()
    await uses.status(excellent[0]).click()
    await waitUntil(async () => (await uses.status(excellent[0]).getAttribute('data-status')) === 'done', 10_000, 'marked done')
    await uses.grid.cell(excellent[0], 'note').dblclick()
    const input = uses.grid.cell(excellent[0], 'note').locator('input')
    await input.fill('2026年1月党委会通报嘉奖')
    await input.press('Enter')
    const stored = async () => (await call('uses-list', { year: 2025 })).lists.find((l) => l.kind === 'commendation')?.items.find((i) => i.subject === excellent[0])
    await waitUntil(async () => (await stored())?.note === '2026年1月党委会通报嘉奖', 10_000, 'the note saved')
    expect((await stored())?.status).toBe('done')
    const download = page.waitForEvent('download')
    await uses.export.click()
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/)
    await cleanShot(page, '70-walk-10-uses')
  })

  it('reads in English too, and the page logged no error', async () => {
    await goTo(page, 'notice')
    await choosePeriod(page, ANNUAL)
    // switching language re-mounts the app, and the chosen period with it
    await page.getByTestId('locale-switch').click()
    await choosePeriod(page, ANNUAL)
    const notice = new NoticePageModel(page)
    await notice.published.waitFor()
    await notice.appeals.row(String(appealId)).click()
    await notice.changes.waitFor()
    await cleanShot(page, '70-walk-11-notice-en')
    await page.getByTestId('locale-switch').click()
    await notice.status.waitFor()
    expect(app.browser.pageErrors).toEqual([])
  })
})
