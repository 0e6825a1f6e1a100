import type { calendarMessages as zh } from '../zh-CN/calendar'

export const calendarMessages: Record<keyof typeof zh, string> = {
  'method.calendar-year': 'view a year\'s public holidays',
  'calendar.uncovered': 'The public holidays for {years} have not been entered; counted Monday to Friday',
  'calendar.source.builtin': 'national calendar (built in)',
  'calendar.source.office': 'entered by the office',
  'calendar.source.none': 'not entered',
  'calendar.cli.usage': 'Usage: kaohe calendar show --year 2026 [--json]',
  'calendar.cli.yearBad': '--year must be a four-digit year such as 2026, not “{value}”',
  'calendar.cli.title': 'Public holidays {year} ({source})',
  'calendar.cli.holidays': 'Day off',
  'calendar.cli.workdays': 'Working weekend day',
  'calendar.cli.noYear': 'The public holidays for {year} have not been entered: that year counts Monday to Friday. Enter or import them in Settings → Work calendar.',
  'calendar.card.years': 'Years with public holidays',
  'calendar.card.yearLine': '{year}: {source}',
  'calendar.card.builtinHelp': '2024–2026 come built in as published by the State Council General Office; once any day of a year is entered below, that whole year follows the office\'s entries.',
  'calendar.card.import': 'Import from a workbook…',
  'calendar.card.importTitle': 'Import public holidays',
  'calendar.card.viewYear': 'View',
  'calendar.card.yearDays': '{year}: {holidays} days off, {workdays} working weekend days',
  'calendar.dateInput.pick': 'Choose a date',
  'calendar.dateInput.placeholder': 'YYYY-MM-DD',
} as const
