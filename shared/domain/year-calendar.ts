import { nationalCalendar } from './national-calendar'
import { noticeEndDate, type WorkCalendar } from './working-days'

/**
 * rule: whose calendar a year follows — a year the office entered itself (any holiday or 调休 day
 * dated in it) is the office's, whole, otherwise the built-in national one (national-calendar.ts),
 * otherwise none (plain Monday–Friday, and whoever counts working days in it says so). The office's
 * entries win because they are what it published to its staff; a database with hand-entered days
 * keeps them.
 */
export interface CalendarEntry {
  date: string
  /** e.g. 国庆节, 春节调休 */
  name: string
}

export interface OfficeEntries {
  holidays: readonly CalendarEntry[]
  makeUpDays: readonly CalendarEntry[]
}

export type CalendarSource = 'office' | 'builtin' | 'none'

export interface YearCalendar {
  year: number
  source: CalendarSource
  /** days off, sorted */
  holidays: CalendarEntry[]
  /** 调休 working days, sorted */
  makeUpDays: CalendarEntry[]
}

const yearOf = (iso: string): number => Number(iso.slice(0, 4))
const byDate = (a: CalendarEntry, b: CalendarEntry) => a.date.localeCompare(b.date)
const DAY_MS = 86_400_000

function daysFrom(from: string, to: string): string[] {
  const out: string[] = []
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) out.push(new Date(t).toISOString().slice(0, 10))
  return out
}

function builtinYear(year: number): YearCalendar | null {
  const table = nationalCalendar[year]
  if (!table) return null
  const holidays = table.flatMap((h) => daysFrom(h.from, h.to).map((date) => ({ date, name: h.name })))
  const makeUpDays = table.flatMap((h) => h.workdays.map((date) => ({ date, name: `${h.name}调休` })))
  return { year, source: 'builtin', holidays: holidays.sort(byDate), makeUpDays: makeUpDays.sort(byDate) }
}

export function yearCalendar(year: number, office: OfficeEntries): YearCalendar {
  const holidays = office.holidays.filter((d) => yearOf(d.date) === year)
  const makeUpDays = office.makeUpDays.filter((d) => yearOf(d.date) === year)
  if (holidays.length + makeUpDays.length > 0) return { year, source: 'office', holidays: [...holidays].sort(byDate), makeUpDays: [...makeUpDays].sort(byDate) }
  return builtinYear(year) ?? { year, source: 'none', holidays: [], makeUpDays: [] }
}

/** Every year with a calendar, the office's and the built-in ones, in order. */
export function coveredYears(office: OfficeEntries): { year: number; source: Exclude<CalendarSource, 'none'> }[] {
  const years = new Set<number>([...Object.keys(nationalCalendar).map(Number), ...office.holidays.map((d) => yearOf(d.date)), ...office.makeUpDays.map((d) => yearOf(d.date))])
  return [...years]
    .filter((y) => Number.isInteger(y) && y > 0)
    .sort((a, b) => a - b)
    .map((year) => ({ year, source: yearCalendar(year, office).source as Exclude<CalendarSource, 'none'> }))
}

/** The working calendar for the years from `fromYear` to `toYear`, each year following the rule above. */
export function workCalendarFor(fromYear: number, toYear: number, office: OfficeEntries): WorkCalendar & { uncoveredYears: number[] } {
  const years: YearCalendar[] = []
  for (let y = fromYear; y <= toYear; y++) years.push(yearCalendar(y, office))
  return {
    holidays: years.flatMap((y) => y.holidays.map((d) => d.date)),
    makeUpDays: years.flatMap((y) => y.makeUpDays.map((d) => d.date)),
    uncoveredYears: years.filter((y) => y.source === 'none').map((y) => y.year),
  }
}

/**
 * The last day of a notice of `n` working days from `start` (working-days.ts noticeEndDate) over
 * the calendar this rule gives each year, and the years it crossed that have no calendar — counted
 * as plain Monday–Friday, which the caller must say in words.
 */
export function noticeEndOnCalendar(start: string, n: number, office: OfficeEntries): { endDate: string; uncoveredYears: number[] } {
  const first = yearOf(start)
  // 60 working days (the most a notice may last) never reach past the next year's end
  const calendar = workCalendarFor(first, first + 1, office)
  const endDate = noticeEndDate(start, n, calendar)
  return { endDate, uncoveredYears: calendar.uncoveredYears.filter((y) => y <= yearOf(endDate)) }
}
