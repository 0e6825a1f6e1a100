import { useSyncExternalStore } from 'react'
import type { RpcError, SessionInfo } from '../../../shared/contract'

const KEY = 'kaohe.session'

/** Why the sign-in screen is showing: the words above the form, and the account to prefill. */
export interface SignedOutNote {
  message: string
  /** `info`: the user's own doing (signed out, the idle lock); `bad`: the backend ended the session */
  tone: 'info' | 'bad'
  name?: string
}

export type SessionState =
  /** a token kept from before a reload, not yet confirmed by `session-get` */
  | { status: 'checking' }
  | { status: 'signed-out'; note: SignedOutNote | null }
  | { status: 'signed-in'; info: SessionInfo }

/**
 * The session token lives in sessionStorage, like the launch token: a reload in the same tab stays
 * signed in, closing the tab forgets it, and no other tab or later visit inherits it.
 */
let state: SessionState = storedToken() ? { status: 'checking' } : { status: 'signed-out', note: null }
const listeners = new Set<() => void>()

function storedToken(): string | null {
  return sessionStorage.getItem(KEY)
}

function set(next: SessionState): void {
  state = next
  for (const l of listeners) l()
}

/** The token every call sends (header x-kaohe-session, or the preload's 4th argument); null before sign-in. */
export function sessionToken(): string | null {
  return storedToken()
}

export function getSession(): SessionState {
  return state
}

export function useSession(): SessionState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    getSession,
  )
}

/** After `auth-login`: from now on every call carries this token. */
export function startSession(token: string, info: SessionInfo): void {
  sessionStorage.setItem(KEY, token)
  set({ status: 'signed-in', info })
}

/** A fresh SessionInfo for the session already held (`session-get`, `password-change`). */
export function updateSession(info: SessionInfo): void {
  if (storedToken() === null) return
  set({ status: 'signed-in', info })
}

/** Forgets the token; the sign-in screen shows `note`. */
export function endSession(note: SignedOutNote | null): void {
  sessionStorage.removeItem(KEY)
  set({ status: 'signed-out', note })
}

/**
 * What a refused call means for the session it carried: `unauthorized` (ended, expired, account
 * disabled) drops it and the sign-in screen says why; `password-change-required` sends the account
 * to the forced change. A refusal of a token no longer held (a call still in flight when the user
 * signed out) changes nothing.
 */
export function noteRefusal(sentToken: string, error: RpcError): void {
  if (sentToken !== storedToken()) return
  if (error.code === 'unauthorized') {
    const name = state.status === 'signed-in' ? state.info.name : undefined
    endSession({ message: error.message, tone: 'bad', name })
  } else if (error.code === 'password-change-required' && state.status === 'signed-in' && !state.info.mustChangePassword) {
    set({ status: 'signed-in', info: { ...state.info, mustChangePassword: true } })
  }
}
