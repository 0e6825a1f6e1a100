import { describe, expect, it } from 'vitest'
import { afterFailure, defaultLockoutPolicy, lockedAt } from '../../../shared/domain/login-lockout'

describe('lockout: 5 wrong passwords lock the account for 15 minutes', () => {
  const now = new Date('2026-12-07T10:00:00Z')
  it('counts wrong passwords up to the limit, then locks from now', () => {
    let s = { failures: 0, lockedUntil: null as string | null }
    for (let i = 1; i < 5; i++) {
      const next = afterFailure(s, now, defaultLockoutPolicy)
      expect(next).toEqual({ failures: i, lockedUntil: null, lockedNow: false })
      s = next
    }
    expect(afterFailure(s, now, defaultLockoutPolicy)).toEqual({ failures: 0, lockedUntil: '2026-12-07T10:15:00.000Z', lockedNow: true })
  })
  it('is locked until the moment, and not after', () => {
    const s = { failures: 0, lockedUntil: '2026-12-07T10:15:00.000Z' }
    expect(lockedAt(s, new Date('2026-12-07T10:14:59Z'))).toBe(true)
    expect(lockedAt(s, new Date('2026-12-07T10:15:00Z'))).toBe(false)
  })
  it('starts counting again after a lock has run out', () => {
    const s = { failures: 3, lockedUntil: '2026-12-07T09:00:00.000Z' }
    expect(afterFailure(s, now, defaultLockoutPolicy).failures).toBe(4)
  })
})
