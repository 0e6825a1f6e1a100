import { describe, expect, it } from 'vitest'
import { noticeState } from '../../../shared/domain/notice-state'

const notice = { startDate: '2026-09-24', endDate: '2026-10-08' }

describe('rule: the notice state follows its dates and the period, for header and card alike', () => {
  it('is upcoming before the first day, running through the last, ended after it', () => {
    expect(noticeState(notice, false, '2026-09-23')).toBe('upcoming')
    expect(noticeState(notice, false, '2026-09-24')).toBe('running')
    expect(noticeState(notice, false, '2026-10-08')).toBe('running')
    expect(noticeState(notice, false, '2026-10-09')).toBe('ended')
  })
  it('is final once the period is 已定档', () => {
    expect(noticeState(notice, true, '2026-09-25')).toBe('final')
  })
})
