import { describe, expect, it } from 'vitest'
import { coveredYears, noticeEndOnCalendar, yearCalendar } from '../../../shared/domain/year-calendar'
import { isWorkingDay } from '../../../shared/domain/working-days'

const none = { holidays: [], makeUpDays: [] }
const dates = (days: { date: string }[]) => days.map((d) => d.date)

describe('rule: a year the office entered itself is the office\'s, otherwise the built-in national one, otherwise none', () => {
  it('ships 2026 as published by 国务院办公厅', () => {
    const y = yearCalendar(2026, none)
    expect(y.source).toBe('builtin')
    expect(dates(y.makeUpDays)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'])
    expect(dates(y.holidays)).toEqual([
      '2026-01-01', '2026-01-02', '2026-01-03',
      '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
      '2026-04-04', '2026-04-05', '2026-04-06',
      '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05',
      '2026-06-19', '2026-06-20', '2026-06-21',
      '2026-09-25', '2026-09-26', '2026-09-27',
      '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
    ])
  })

  it('ships 2024 and 2025, every 调休 day a weekend day', () => {
    for (const year of [2024, 2025]) {
      const y = yearCalendar(year, none)
      expect(y.source).toBe('builtin')
      for (const d of y.makeUpDays) expect([0, 6]).toContain(new Date(`${d.date}T00:00:00Z`).getUTCDay())
    }
    expect(dates(yearCalendar(2025, none).holidays)).toContain('2025-10-08')
    expect(dates(yearCalendar(2024, none).makeUpDays)).toEqual(['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'])
  })

  it('keeps a year the office entered whole, in place of the built-in one', () => {
    const office = { holidays: [{ date: '2025-10-01', name: '国庆节' }], makeUpDays: [] }
    const y = yearCalendar(2025, office)
    expect(y.source).toBe('office')
    expect(dates(y.holidays)).toEqual(['2025-10-01'])
    expect(y.makeUpDays).toEqual([])
    expect(yearCalendar(2026, office).source).toBe('builtin')
  })

  it('has no calendar for a year nobody entered', () => {
    expect(yearCalendar(2027, none)).toEqual({ year: 2027, source: 'none', holidays: [], makeUpDays: [] })
    expect(coveredYears({ holidays: [{ date: '2027-01-01', name: '元旦' }], makeUpDays: [] })).toEqual([
      { year: 2024, source: 'builtin' },
      { year: 2025, source: 'builtin' },
      { year: 2026, source: 'builtin' },
      { year: 2027, source: 'office' },
    ])
  })
})

describe('rule: a notice counted through a year with no calendar says which years were counted Monday–Friday', () => {
  it('counts 5 working days from 2026-09-24 over 中秋 and 国庆 to 2026-10-08', () => {
    expect(noticeEndOnCalendar('2026-09-24', 5, none)).toEqual({ endDate: '2026-10-08', uncoveredYears: [] })
    expect(isWorkingDay('2026-10-10', { holidays: [], makeUpDays: dates(yearCalendar(2026, none).makeUpDays) })).toBe(true)
  })

  it('names 2027 when the count reaches into it', () => {
    expect(noticeEndOnCalendar('2026-12-28', 5, none)).toEqual({ endDate: '2027-01-01', uncoveredYears: [2027] })
    expect(noticeEndOnCalendar('2027-03-01', 5, none).uncoveredYears).toEqual([2027])
    expect(noticeEndOnCalendar('2026-12-01', 5, none).uncoveredYears).toEqual([])
  })
})
