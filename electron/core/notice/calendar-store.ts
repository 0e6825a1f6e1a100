import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { CalendarDay, OfficeCalendar } from '../../../shared/contract/notice'
import { t } from '../../../shared/i18n'
import { AppError } from '../../../shared/contract/app-error'
import { assertDate, weekday } from './dates'

const KEY = 'calendar'

/** The office's own entries; a year with none follows the built-in table (shared/domain/year-calendar.ts). */
export async function loadCalendar(db: Kysely<Database>): Promise<OfficeCalendar> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst()
  if (!row) return { holidays: [], makeUpDays: [] }
  const stored = JSON.parse(row.value) as Partial<OfficeCalendar>
  return { holidays: stored.holidays ?? [], makeUpDays: stored.makeUpDays ?? [] }
}

export async function saveCalendar(db: Kysely<Database>, calendar: OfficeCalendar): Promise<void> {
  const value = JSON.stringify(calendar)
  const existing = await db.selectFrom('settings').select('key').where('key', '=', KEY).executeTakeFirst()
  if (existing) await db.updateTable('settings').set({ value }).where('key', '=', KEY).execute()
  else await db.insertInto('settings').values({ key: KEY, value }).execute()
}

/**
 * Checks a calendar as entered and returns it sorted by date, names trimmed. Refused, naming the
 * date: a date that does not exist, a date listed twice, a date on both lists (which one would the
 * office mean?), and a make-up working day that is not a Saturday or Sunday.
 */
export function checkedCalendar(input: OfficeCalendar): OfficeCalendar {
  const seen = new Map<string, string>()
  const check = (days: CalendarDay[], list: string): CalendarDay[] => {
    for (const d of days) {
      assertDate(d.date, list)
      const earlier = seen.get(d.date)
      if (earlier !== undefined) throw new AppError('invalid-input', t('notice.calendar.duplicate', { date: d.date, list: earlier === list ? list : `${earlier}、${list}` }))
      seen.set(d.date, list)
    }
    return [...days].map((d) => ({ date: d.date, name: d.name.trim() })).sort((a, b) => a.date.localeCompare(b.date))
  }
  const holidays = check(input.holidays, t('notice.calendar.holidays'))
  const makeUpDays = check(input.makeUpDays, t('notice.calendar.makeUpDays'))
  for (const d of makeUpDays) {
    const wd = weekday(d.date)
    if (wd !== 0 && wd !== 6) throw new AppError('invalid-input', t('notice.calendar.makeUpWeekday', { date: d.date }))
  }
  return { holidays, makeUpDays }
}
