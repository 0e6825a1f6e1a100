import { useMemo } from 'react'
import type { MethodName, SessionInfo } from '../../../../shared/contract'
import type { Role } from '../../../../shared/domain/roles'
import { grantsOf, mayCall } from '../../lib/route-access'
import { useSession } from '../../lib/session'

export interface MyAccess {
  session: SessionInfo | undefined
  /** the signed-in account's roles */
  roles: Role[]
  may(method: MethodName): boolean
}

/**
 * Who is signed in and what the account may call: a screen shows only the buttons that will work,
 * and the dispatch still decides every call.
 */
export function useMyAccess(): MyAccess {
  const state = useSession()
  return useMemo(() => {
    const info = state.status === 'signed-in' ? state.info : undefined
    const grants = info ? grantsOf(info) : []
    return { session: info, roles: grants.map((g) => g.role), may: (m: MethodName) => mayCall(m, grants) }
  }, [state])
}
