import type { YearCalendar } from '../../shared/domain/year-calendar'
import { t } from '../../shared/i18n'
import { call, type CommandEnv } from './command-env'
import { need, UsageError } from './options'

/**
 * `calendar show --year Y [--json]`: the year's calendar as the notice counts it (the office's own
 * entries for that year, else the built-in national one). JSON `{holidays, workdays}`, sorted ISO
 * dates, workdays being the 调休 weekend days worked. A year with no calendar prints both empty,
 * says so on stderr and exits 0: asking is not an error, and a script can still read the JSON.
 */
export async function calendarCommand(env: CommandEnv): Promise<number> {
  if (env.args.positionals[1] !== 'show') throw new UsageError(t('calendar.cli.usage'))
  const raw = need(env, 'year')
  if (!/^\d{4}$/.test(raw)) throw new UsageError(t('calendar.cli.yearBad', { value: raw.slice(0, 20) }))
  const year = await call<YearCalendar>(env, 'calendar-year', { year: Number(raw) })
  if (year.source === 'none') env.io.err(t('calendar.cli.noYear', { year: year.year }))
  if (env.json) {
    env.io.out(JSON.stringify({ holidays: year.holidays.map((d) => d.date), workdays: year.makeUpDays.map((d) => d.date) }))
    return 0
  }
  if (year.source === 'none') return 0
  env.io.out(t('calendar.cli.title', { year: year.year, source: t(`calendar.source.${year.source}`) }))
  const rows = [...year.holidays.map((d) => ({ ...d, kind: t('calendar.cli.holidays') })), ...year.makeUpDays.map((d) => ({ ...d, kind: t('calendar.cli.workdays') }))]
  for (const d of rows.sort((a, b) => a.date.localeCompare(b.date))) env.io.out(['', d.date, d.kind, d.name].join('\t'))
  return 0
}
