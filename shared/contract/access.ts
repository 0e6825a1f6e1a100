import type { Role } from '../domain/roles'

export type { Role }

/**
 * How far a method reaches into people's records, for accounts limited to some departments:
 * `free` touches no one's record (schemes, periods, settings); `filtered` answers only with the
 * caller's departments (the handler filters, from `ctx.caller.scope`); `unit` works on the whole unit
 * and is refused to a limited account rather than answered in part.
 */
export type Reach = 'free' | 'filtered' | 'unit'

/**
 * Who may call a method: `public` needs no session (logging in, the first admin), `signed-in` any
 * account with a live session, else the roles named. Checked by the one dispatch on every transport.
 */
export interface Access {
  roles: 'public' | 'signed-in' | readonly Role[]
  reach: Reach
}

const reading: readonly Role[] = ['clerk', 'leader', 'readonly']

/** The access of every method, by what the method is for; contract files pick one next to each schema. */
export const access = {
  anyone: { roles: 'public', reach: 'free' },
  signedIn: { roles: 'signed-in', reach: 'free' },
  /** rules and calendars: no personal data */
  readFree: { roles: reading, reach: 'free' },
  /** people's records, answered within the caller's departments */
  readScoped: { roles: reading, reach: 'filtered' },
  /** the whole unit's records at once */
  readUnit: { roles: reading, reach: 'unit' },
  /** assessment work: imports, entry, compute, decisions */
  work: { roles: ['clerk'], reach: 'unit' },
  /** 领导核验: a leader records the leader stage for people of their departments */
  leaderStage: { roles: ['clerk', 'leader'], reach: 'filtered' },
  /** the departments tree, also for the 安全保密管理员 who grants department scopes */
  departments: { roles: [...reading, 'secadmin'], reach: 'filtered' },
  accountsRead: { roles: ['sysadmin', 'secadmin'], reach: 'free' },
  /** accounts on and off, initial passwords */
  accountsAdmin: { roles: ['sysadmin'], reach: 'free' },
  /** roles and department scopes (the 系统管理员 only for the bootstrap, see shared/domain/roles.ts) */
  accountsGrant: { roles: ['secadmin', 'sysadmin'], reach: 'free' },
  systemAdmin: { roles: ['sysadmin'], reach: 'free' },
  audit: { roles: ['auditor'], reach: 'free' },
} as const satisfies Record<string, Access>
