import type { Generated } from 'kysely'

export interface AccountTable {
  id: Generated<number>
  name: string
  password_hash: string
  password_salt: string
  /** JSON: { algorithm: 'scrypt', N, r, p, keyLength } */
  password_params: string
  must_change: number
  disabled: number
  failures: number
  locked_until: string | null
  created_at: string
  created_by: string
  password_changed_at: string | null
  last_login_at: string | null
}

export interface AccountRoleTable {
  account_id: number
  role: string
  /** JSON array of department ids; null: the whole unit */
  departments: string | null
  granted_by: string
  granted_at: string
}

export interface SessionTable {
  id: Generated<number>
  token_hash: string
  account_id: number
  created_at: string
  expires_at: string
  ended_at: string | null
  ended_reason: string | null
}

/** Accounts, their roles with department scopes, and login sessions (migration 008). */
export interface AccountTables {
  accounts: AccountTable
  account_roles: AccountRoleTable
  sessions: SessionTable
}
