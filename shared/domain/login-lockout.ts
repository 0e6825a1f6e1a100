/** Lockout after repeated wrong passwords (unit settings, defaults 5 attempts and 15 minutes). */
export interface LockoutPolicy {
  maxFailures: number
  lockMinutes: number
}

export const defaultLockoutPolicy: LockoutPolicy = { maxFailures: 5, lockMinutes: 15 }

export interface LoginState {
  failures: number
  /** ISO time; the account refuses every login, right password or not, until then */
  lockedUntil: string | null
}

/** Whether the account is locked at `now`. */
export function lockedAt(state: LoginState, now: Date): boolean {
  return state.lockedUntil !== null && Date.parse(state.lockedUntil) > now.getTime()
}

/**
 * The state after a wrong password: one more failure, and when that reaches the limit, locked for
 * the policy's minutes from now with the count started again.
 */
export function afterFailure(state: LoginState, now: Date, policy: LockoutPolicy): LoginState & { lockedNow: boolean } {
  const failures = (lockedAt(state, now) ? 0 : state.failures) + 1
  if (failures >= policy.maxFailures) {
    return { failures: 0, lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000).toISOString(), lockedNow: true }
  }
  return { failures, lockedUntil: null, lockedNow: false }
}
