/**
 * The national public holidays (法定节假日, every day off in each holiday's range) and 调休 working
 * days (weekend days worked instead) as published by 国务院办公厅 for each year Kaohe ships with.
 * A later year is entered or imported by the office (see year-calendar.ts); this table only grows
 * with a new release, so an office never waits for one.
 */
export interface NationalHoliday {
  name: string
  /** first and last day off, ISO dates */
  from: string
  to: string
  /** weekend days worked for this holiday */
  workdays: readonly string[]
}

export const nationalCalendar: Readonly<Record<number, readonly NationalHoliday[]>> = {
  2024: [
    { name: '元旦', from: '2024-01-01', to: '2024-01-01', workdays: [] },
    { name: '春节', from: '2024-02-10', to: '2024-02-17', workdays: ['2024-02-04', '2024-02-18'] },
    { name: '清明节', from: '2024-04-04', to: '2024-04-06', workdays: ['2024-04-07'] },
    { name: '劳动节', from: '2024-05-01', to: '2024-05-05', workdays: ['2024-04-28', '2024-05-11'] },
    { name: '端午节', from: '2024-06-10', to: '2024-06-10', workdays: [] },
    { name: '中秋节', from: '2024-09-15', to: '2024-09-17', workdays: ['2024-09-14'] },
    { name: '国庆节', from: '2024-10-01', to: '2024-10-07', workdays: ['2024-09-29', '2024-10-12'] },
  ],
  2025: [
    { name: '元旦', from: '2025-01-01', to: '2025-01-01', workdays: [] },
    { name: '春节', from: '2025-01-28', to: '2025-02-04', workdays: ['2025-01-26', '2025-02-08'] },
    { name: '清明节', from: '2025-04-04', to: '2025-04-06', workdays: [] },
    { name: '劳动节', from: '2025-05-01', to: '2025-05-05', workdays: ['2025-04-27'] },
    { name: '端午节', from: '2025-05-31', to: '2025-06-02', workdays: [] },
    { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08', workdays: ['2025-09-28', '2025-10-11'] },
  ],
  2026: [
    { name: '元旦', from: '2026-01-01', to: '2026-01-03', workdays: ['2026-01-04'] },
    { name: '春节', from: '2026-02-15', to: '2026-02-23', workdays: ['2026-02-14', '2026-02-28'] },
    { name: '清明节', from: '2026-04-04', to: '2026-04-06', workdays: [] },
    { name: '劳动节', from: '2026-05-01', to: '2026-05-05', workdays: ['2026-05-09'] },
    { name: '端午节', from: '2026-06-19', to: '2026-06-21', workdays: [] },
    { name: '中秋节', from: '2026-09-25', to: '2026-09-27', workdays: [] },
    { name: '国庆节', from: '2026-10-01', to: '2026-10-07', workdays: ['2026-09-20', '2026-10-10'] },
  ],
}
