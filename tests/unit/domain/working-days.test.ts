import { describe, expect, it } from 'vitest'
import { addWorkingDays, isWorkingDay, noticeEndDate, type WorkCalendar } from '../../../shared/domain/working-days'

// National Day 2025: 10-01 (Wed) … 10-07 (Tue) off; Sunday 09-28 worked instead (调休).
const nationalDay = ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07']
const cal: WorkCalendar = { holidays: nationalDay, makeUpDays: ['2025-09-28'] }
const noMakeUp: WorkCalendar = { holidays: nationalDay }

describe('rule: working days skip weekends and listed holidays; a listed make-up weekend day is worked', () => {
  it('knows each kind of day', () => {
    expect(isWorkingDay('2025-09-25', cal)).toBe(true) // Thursday
    expect(isWorkingDay('2025-09-27', cal)).toBe(false) // Saturday
    expect(isWorkingDay('2025-09-28', cal)).toBe(true) // Sunday, but a make-up day
    expect(isWorkingDay('2025-09-28', noMakeUp)).toBe(false)
    expect(isWorkingDay('2025-10-01', cal)).toBe(false) // Wednesday, a holiday
    expect(isWorkingDay('2025-10-08', cal)).toBe(true)
  })

  it('adds 5 working days to Thu 2025-09-25 across a weekend, a make-up Sunday and the holiday week', () => {
    // after Thu 09-25: Fri 09-26 (1), Sat 09-27 no, Sun 09-28 make-up (2), Mon 09-29 (3), Tue 09-30 (4),
    // 10-01 … 10-07 holidays, Wed 10-08 (5)
    expect(addWorkingDays('2025-09-25', 5, cal)).toBe('2025-10-08')
  })

  it('without the make-up day the same count ends a day later', () => {
    // Fri 09-26 (1), Mon 09-29 (2), Tue 09-30 (3), Wed 10-08 (4), Thu 10-09 (5)
    expect(addWorkingDays('2025-09-25', 5, noMakeUp)).toBe('2025-10-09')
  })

  it('adds nothing for 0 and refuses a negative or fractional count', () => {
    expect(addWorkingDays('2025-09-27', 0, cal)).toBe('2025-09-27')
    expect(() => addWorkingDays('2025-09-25', -1, cal)).toThrow(RangeError)
    expect(() => addWorkingDays('2025-09-25', 1.5, cal)).toThrow(RangeError)
  })

  it('refuses a date that is not a calendar date', () => {
    expect(() => addWorkingDays('2025-02-30', 1, cal)).toThrow(RangeError)
  })
})

describe('rule: the public notice stays up at least 5 working days, counting its first day when that is a working day', () => {
  it('a notice posted Thu 2025-09-25 ends Tue 2025-09-30', () => {
    // Thu 09-25 (1), Fri 09-26 (2), Sat 09-27 no, Sun 09-28 make-up (3), Mon 09-29 (4), Tue 09-30 (5)
    expect(noticeEndDate('2025-09-25', 5, cal)).toBe('2025-09-30')
  })

  it('a notice posted Mon 2025-09-29 runs over the holiday week to Fri 2025-10-10', () => {
    // Mon 09-29 (1), Tue 09-30 (2), 10-01 … 10-07 holidays, Wed 10-08 (3), Thu 10-09 (4), Fri 10-10 (5)
    expect(noticeEndDate('2025-09-29', 5, cal)).toBe('2025-10-10')
  })

  it('a notice posted on a holiday starts counting on the next working day', () => {
    // posted Fri 10-03 (holiday): Wed 10-08 (1), Thu 10-09 (2), Fri 10-10 (3), Sat 10-11 no, Sun 10-12 no,
    // Mon 10-13 (4), Tue 10-14 (5)
    expect(noticeEndDate('2025-10-03', 5, cal)).toBe('2025-10-14')
    // with Sat 10-11 also a make-up day: 10-08 (1), 10-09 (2), 10-10 (3), 10-11 (4), Mon 10-13 (5)
    expect(noticeEndDate('2025-10-03', 5, { holidays: nationalDay, makeUpDays: ['2025-09-28', '2025-10-11'] })).toBe('2025-10-13')
  })

  it('a date on both lists is a holiday', () => {
    expect(isWorkingDay('2025-10-04', { holidays: ['2025-10-04'], makeUpDays: ['2025-10-04'] })).toBe(false)
  })
})
