import { describe, expect, it } from 'vitest'
import { appealDeadlines } from '../../../shared/domain/appeal-deadlines'

describe('rule: 复核 within 30 calendar days of the notice, decided within 30', () => {
  it('notice 2025-03-05: file by 04-04, on time that day, decided 30 days after filing', () => {
    // March has 31 days: 03-05 + 26 = 03-31, + 4 = 04-04; filed 04-04 + 30 = 05-04
    expect(appealDeadlines({ kind: '复核', noticeOn: '2025-03-05', filedOn: '2025-04-04' })).toEqual({
      from: 'notice',
      fileBy: '2025-04-04',
      late: false,
      daysLate: 0,
      decideBy: '2025-05-04',
    })
  })

  it('filed 04-06 is 2 days late; the decision is still due 30 days after it was filed (05-06)', () => {
    expect(appealDeadlines({ kind: '复核', noticeOn: '2025-03-05', filedOn: '2025-04-06' })).toMatchObject({ late: true, daysLate: 2, decideBy: '2025-05-06' })
  })

  it('counts across February and a year end by calendar days', () => {
    // 2025-02-10 + 18 = 02-28 (2025 is not a leap year), + 12 = 03-12
    expect(appealDeadlines({ kind: '复核', noticeOn: '2025-02-10', filedOn: '2025-02-11' }).fileBy).toBe('2025-03-12')
    // 2025-12-15 + 16 = 12-31, + 14 = 2026-01-14
    expect(appealDeadlines({ kind: '复核', noticeOn: '2025-12-15', filedOn: '2025-12-16' }).fileBy).toBe('2026-01-14')
  })
})

describe('rule: 申诉 within 15 days of the 复核 decision, or 30 days of the notice directly, decided within 60', () => {
  it('after a 复核 decided 2025-04-20: file by 05-05; filed 05-05 is on time, decided by 07-04', () => {
    // 04-20 + 10 = 04-30, + 5 = 05-05; 05-05 + 26 = 05-31, + 30 = 06-30, + 4 = 07-04
    expect(appealDeadlines({ kind: '申诉', noticeOn: '2025-03-05', reviewDecidedOn: '2025-04-20', filedOn: '2025-05-05' })).toEqual({
      from: 'review',
      fileBy: '2025-05-05',
      late: false,
      daysLate: 0,
      decideBy: '2025-07-04',
    })
  })

  it('a day after the 15 is late by 1', () => {
    expect(appealDeadlines({ kind: '申诉', noticeOn: '2025-03-05', reviewDecidedOn: '2025-04-20', filedOn: '2025-05-06' })).toMatchObject({ late: true, daysLate: 1 })
  })

  it('directly, without a 复核: 30 days from the notice (03-05 → 04-04); 04-05 is late by 1, decided by 06-04', () => {
    // filed 04-05 + 25 = 04-30, + 31 = 05-31, + 4 = 06-04
    expect(appealDeadlines({ kind: '申诉', noticeOn: '2025-03-05', reviewDecidedOn: null, filedOn: '2025-04-05' })).toEqual({
      from: 'notice',
      fileBy: '2025-04-04',
      late: true,
      daysLate: 1,
      decideBy: '2025-06-04',
    })
  })

  it('a filing before the anchor date is never late', () => {
    expect(appealDeadlines({ kind: '复核', noticeOn: '2025-03-05', filedOn: '2025-03-05' })).toMatchObject({ late: false, daysLate: 0 })
  })

  it('takes the office’s own limits', () => {
    const s = { reviewFileDays: 10, reviewDecideDays: 20, appealAfterReviewDays: 5, appealDirectDays: 10, appealDecideDays: 40 }
    expect(appealDeadlines({ kind: '申诉', noticeOn: '2025-03-05', reviewDecidedOn: '2025-03-20', filedOn: '2025-03-26' }, s)).toEqual({
      from: 'review',
      fileBy: '2025-03-25',
      late: true,
      daysLate: 1,
      decideBy: '2025-05-05',
    })
  })
})
