import { useMemo } from 'react'
import { contract, type MethodName, type RoleGrant, type SessionInfo } from '../../../../shared/contract'
import { decideAccess, type Grant } from '../../../../shared/domain/method-access'
import type { Role } from '../../../../shared/domain/roles'
import { useRpcQuery } from '../../lib/use-rpc'

/** The contract's grants (departments with their paths) as the access rule reads them (ids). */
export function asGrants(grants: readonly RoleGrant[]): Grant[] {
  return grants.map((g) => ({ role: g.role, departments: g.departments === null ? null : g.departments.map((d) => d.id) }))
}

/** Whether the dispatch would let these grants make the call: the one rule (shared/domain/method-access.ts), asked ahead. */
export function mayCall(method: MethodName, grants: readonly Grant[]): boolean {
  return decideAccess(contract[method].access, grants).ok
}

export interface MyAccess {
  session: SessionInfo | undefined
  /** the signed-in account's roles */
  roles: Role[]
  may(method: MethodName): boolean
}

/**
 * Who is signed in, read from `session-get`, and what the account may call: a screen shows only the
 * buttons that will work, and the dispatch still decides every call.
 */
export function useMyAccess(): MyAccess {
  const session = useRpcQuery('session-get', {})
  return useMemo(() => {
    const grants = asGrants(session.data?.grants ?? [])
    return { session: session.data, roles: grants.map((g) => g.role), may: (m: MethodName) => mayCall(m, grants) }
  }, [session.data])
}
