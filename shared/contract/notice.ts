import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import type { ExportedFile } from './report'
import type { NoticeState } from '../domain/notice-state'
import type { YearCalendar } from '../domain/year-calendar'

export interface CalendarDay {
  date: string
  /** e.g. 国庆节, 春节调休 */
  name: string
}

/** The office's working calendar: public holidays on weekdays, and weekend days worked instead. */
export interface OfficeCalendar {
  holidays: CalendarDay[]
  makeUpDays: CalendarDay[]
}

export interface NoticePerson {
  staffNo: string
  name: string
  department: string
  grade: string
  total: number | null
}

export interface Notice {
  period: string
  periodName: string
  startDate: string
  /** the last day of the notice: startDate counted on by workingDays working days */
  endDate: string
  workingDays: number
  grades: string[]
  people: NoticePerson[]
  publishedBy: string
  publishedAt: string
  /** the period may become final (the day after endDate on) */
  ended: boolean
  /** shared/domain/notice-state.ts: what the page header and the card both show */
  state: NoticeState
  /** years the count crossed that have no holiday calendar (counted Monday–Friday) */
  uncoveredYears: number[]
}

const periodRef = z.string().min(1).max(50)
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
const calendarDay = z.object({ date: isoDate, name: z.string().max(100) })

export const noticeMethods = {
  'calendar-get': method<OfficeCalendar>()(z.object({}), { mutates: false, access: access.readFree }),
  'calendar-set': method<OfficeCalendar>()(z.object({ holidays: z.array(calendarDay).max(2000), makeUpDays: z.array(calendarDay).max(2000) }), { mutates: true, access: access.work }),
  /** one year's calendar as the rule in shared/domain/year-calendar.ts gives it (office's, built-in or none) */
  'calendar-year': method<YearCalendar>()(z.object({ year: z.number().int().min(1900).max(2200) }), { mutates: false, access: access.readFree }),
  /** end date of a notice starting on `startDate`, for the form to show before publishing */
  'notice-end-date': method<{ startDate: string; endDate: string; workingDays: number; uncoveredYears: number[] }>()(
    z.object({ startDate: isoDate, workingDays: z.number().int().min(1).max(60).optional() }),
    { mutates: false, access: access.readFree },
  ),
  /** approved → noticed: the notice list (default 优秀 for a year, 好 for a quarter) posted from startDate for workingDays (default 5) */
  'notice-publish': method<Notice>()(
    z.object({ period: periodRef, startDate: isoDate, workingDays: z.number().int().min(1).max(60).optional(), grades: z.array(z.string().min(1).max(20)).min(1).max(10).optional() }),
    { mutates: true, access: access.work },
  ),
  'notice-get': method<Notice | null>()(z.object({ period: periodRef }), { mutates: false, access: access.readUnit }),
  /** the 公示名单 workbook: title, dates, the list, the appeal channel; A4 */
  'notice-export': method<ExportedFile>()(z.object({ period: periodRef }), { mutates: false, access: access.readUnit }),
}
