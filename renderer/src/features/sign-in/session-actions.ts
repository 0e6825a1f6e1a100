import { t } from '../../../../shared/i18n'
import { rpc } from '../../lib/rpc'
import { grantsOf, landingRoute, openRoutes } from '../../lib/route-access'
import { parseRoute } from '../../lib/router'
import { endSession, sessionToken, startSession, updateSession, type SignedOutNote } from '../../lib/session'
import { asFailure } from '../../lib/use-rpc'

/**
 * Signs in and points the address at a screen this account may use: the one in the hash when it
 * may (the same account back after the idle lock), else its landing screen.
 */
export async function signIn(name: string, password: string): Promise<void> {
  const { token, session } = await rpc('auth-login', { name, password })
  const open = openRoutes(grantsOf(session))
  const asked = parseRoute(window.location.hash)
  if (asked === null || !open.includes(asked)) {
    const landing = landingRoute(open)
    // replaceState: the previous account's screen is not a step back in this account's history
    window.history.replaceState(null, '', landing ? `#/${landing}` : window.location.pathname + window.location.search)
  }
  startSession(token, session)
}

/**
 * The first 系统管理员 of an empty database, then signed in with the password just chosen (the
 * backend still asks for a change before anything else). `created` runs once the account exists.
 */
export async function createAdmin(name: string, password: string, created: () => void): Promise<void> {
  await rpc('setup-admin', { name, password })
  try {
    await signIn(name, password)
  } catch (e) {
    endSession({ message: asFailure(e).message, tone: 'bad', name })
  } finally {
    created()
  }
}

/** Ends the session at the backend too; the window signs out even when the backend cannot be told. */
export async function signOut(note: SignedOutNote | null): Promise<void> {
  if (sessionToken() !== null) {
    try {
      await rpc('auth-logout', {})
    } catch {
      // an ended or unreachable session is signed out all the same
    }
  }
  endSession(note)
}

export async function changePassword(old: string, next: string): Promise<void> {
  updateSession(await rpc('password-change', { old, new: next }))
}

/** A session kept from before a reload: still alive? (`unauthorized` drops it in rpc.ts.) */
export async function confirmSession(): Promise<void> {
  try {
    updateSession(await rpc('session-get', {}))
  } catch (e) {
    const failure = asFailure(e)
    if (failure.code !== 'unauthorized') endSession({ message: failure.message, tone: 'bad' })
  }
}

export function idleNote(name: string, minutes: number): SignedOutNote {
  return { message: t('ui.signIn.idleLocked', { minutes }), tone: 'info', name }
}
