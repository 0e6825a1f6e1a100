import type { HandlerMap } from '../context'
import { decidableGrades } from '../../../shared/contract/decisions'
import { annualGrades, quarterlyGrades } from '../../../shared/contract/stages'
import { defaultAppealDeadlines } from '../../../shared/domain/appeal-deadlines'
import { noticeEndOnCalendar, yearCalendar } from '../../../shared/domain/year-calendar'
import { t } from '../../../shared/i18n'
import { buildNoticeWorkbook } from '../../excel/write/notice-sheet'
import { AppError } from '../../../shared/contract/app-error'
import { advancePeriod } from '../period/lifecycle'
import { findPeriodRow, statusWord } from '../stages/stage-queries'
import { checkedCalendar, loadCalendar, saveCalendar } from './calendar-store'
import { assertDate, chineseDate } from './dates'
import { loadNotice, noticeRow } from './notice-queries'
import { exportFileName } from '../../excel/write/file-name'
import { loadReportPeriod, loadUnitName } from '../report/report-queries'
import { wholeUnit } from '../scope/department-reach'

/** the brief's minimum: 优秀 list posted at least 5 working days */
const DEFAULT_WORKING_DAYS = 5

export const noticeHandlers: HandlerMap<'calendar-get' | 'calendar-set' | 'calendar-year' | 'notice-end-date' | 'notice-publish' | 'notice-get' | 'notice-export'> = {
  async 'calendar-get'(_input, ctx) {
    return loadCalendar(ctx.db)
  },

  async 'calendar-set'(input, ctx) {
    const calendar = checkedCalendar(input)
    const before = await loadCalendar(ctx.db)
    await saveCalendar(ctx.db, calendar)
    ctx.audit({ entity: 'calendar', entityId: 'calendar', before, after: calendar })
    return calendar
  },

  async 'calendar-year'(input, ctx) {
    return yearCalendar(input.year, await loadCalendar(ctx.db))
  },

  async 'notice-end-date'(input, ctx) {
    assertDate(input.startDate, t('notice.field.startDate'))
    const workingDays = input.workingDays ?? DEFAULT_WORKING_DAYS
    const { endDate, uncoveredYears } = noticeEndOnCalendar(input.startDate, workingDays, await loadCalendar(ctx.db))
    return { startDate: input.startDate, endDate, workingDays, uncoveredYears }
  },

  /** approved → noticed: the notice is stored first, so the lifecycle rule sees it published. */
  async 'notice-publish'(input, ctx) {
    const period = await findPeriodRow(ctx.db, input.period)
    if (period.status !== 'approved') {
      const published = await noticeRow(ctx.db, period.id)
      const key = published ? 'notice.publish.already' : 'notice.publish.notApproved'
      throw new AppError('conflict', t(key, { id: period.id, status: statusWord(period.status), start: published?.start_date ?? '' }))
    }
    assertDate(input.startDate, t('notice.field.startDate'))
    // a quarter's list is of 好/较好…, a year's of 优秀/称职…: a grade of the other kind would post nobody
    const known: readonly string[] = period.kind === 'annual' ? annualGrades : period.kind === 'quarter' ? quarterlyGrades : decidableGrades
    const unknown = (input.grades ?? []).filter((g) => !known.includes(g))
    if (unknown.length > 0) throw new AppError('invalid-input', t('notice.publish.unknownGrade', { grades: unknown.join('、'), known: known.join('、') }))
    const grades = input.grades ?? [period.kind === 'annual' ? '优秀' : '好']
    const workingDays = input.workingDays ?? DEFAULT_WORKING_DAYS
    const { endDate } = noticeEndOnCalendar(input.startDate, workingDays, await loadCalendar(ctx.db))
    const row = {
      period_id: period.id,
      start_date: input.startDate,
      end_date: endDate,
      working_days: workingDays,
      grades: JSON.stringify(grades),
      published_by: ctx.caller.name,
      published_at: new Date().toISOString(),
    }
    await ctx.db.insertInto('notices').values(row).execute()
    ctx.audit({ entity: 'notice', entityId: period.id, before: null, after: { startDate: input.startDate, endDate, workingDays, grades } })
    await advancePeriod(ctx, period.id)
    const notice = await loadNotice(ctx.db, period.id, wholeUnit)
    if (!notice) throw new AppError('internal', t('error.internal', { ref: 'notice-publish' }))
    return notice
  },

  async 'notice-get'(input, ctx) {
    return loadNotice(ctx.db, input.period, wholeUnit)
  },

  async 'notice-export'(input, ctx) {
    const notice = await loadNotice(ctx.db, input.period, wholeUnit)
    if (!notice) throw new AppError('not-found', t('notice.notPublished', { id: input.period }))
    const unitName = await loadUnitName(ctx.db)
    const bytes = await buildNoticeWorkbook({ notice, deadlines: defaultAppealDeadlines, formatDate: chineseDate, exportedAt: new Date(), unitName })
    const { period } = await loadReportPeriod(ctx.db, notice.period)
    return { fileName: exportFileName({ unit: unitName, period, content: t('exportName.notice') }), dataBase64: bytes.toString('base64') }
  },
}
