/**
 * rule: working days for the public notice (公示) — "posted at least 5 working days" (domain.md,
 * "Public notice"). Dates are ISO `YYYY-MM-DD` strings and are handled as UTC calendar dates, so a
 * time zone never moves a day.
 *
 * A working day is Monday–Friday, except the office's holiday list; a make-up working day (调休,
 * e.g. Sunday 2025-09-28 before the National Day week) is a Saturday or Sunday the office lists as
 * worked. This file counts over whatever lists it is given; which lists a year has is decided in
 * year-calendar.ts (the office's own entries for a year, else the built-in national table for
 * 2024–2026, else none — and a count through a year with none says so).
 * A date on both lists counts as a holiday: the holiday list is the one offices check first.
 */
export interface WorkCalendar {
  /** days off that would otherwise be working days (法定节假日), ISO dates */
  holidays: readonly string[]
  /** weekend days worked instead (调休上班), ISO dates */
  makeUpDays?: readonly string[]
}

const DAY_MS = 86_400_000

function toDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) throw new RangeError(`not an ISO date: ${iso}`)
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  if (new Date(t).toISOString().slice(0, 10) !== iso) throw new RangeError(`not a calendar date: ${iso}`)
  return t / DAY_MS
}

function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** The calendar's lists as sets of day numbers, read once per call rather than once per day. */
function dayTest(cal: WorkCalendar): (day: number) => boolean {
  const holidays = new Set(cal.holidays.map(toDay))
  const makeUp = new Set((cal.makeUpDays ?? []).map(toDay))
  return (day) => {
    if (holidays.has(day)) return false
    if (makeUp.has(day)) return true
    // 1970-01-01 (day 0) was a Thursday: (day + 4) % 7 gives 0 = Sunday … 6 = Saturday
    const weekday = (((day + 4) % 7) + 7) % 7
    return weekday !== 0 && weekday !== 6
  }
}

export function isWorkingDay(date: string, cal: WorkCalendar): boolean {
  return dayTest(cal)(toDay(date))
}

/**
 * The date `n` working days after `start`; `start` itself is not counted, whatever it is
 * (n = 0 answers `start`). Used for "N working days from a date".
 */
export function addWorkingDays(start: string, n: number, cal: WorkCalendar): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${n}`)
  const working = dayTest(cal)
  let day = toDay(start)
  for (let left = n; left > 0; ) {
    day++
    if (working(day)) left--
  }
  return fromDay(day)
}

/**
 * The last day of a notice posted on `start` that must stay up at least `n` working days: `start`
 * counts as the first when it is a working day; a notice posted on a weekend or holiday starts
 * counting on the next working day.
 */
export function noticeEndDate(start: string, n: number, cal: WorkCalendar): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`a notice lasts at least 1 working day: ${n}`)
  const first = isWorkingDay(start, cal) ? start : addWorkingDays(start, 1, cal)
  return addWorkingDays(first, n - 1, cal)
}
