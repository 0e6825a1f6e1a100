import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import { roleIds, type Role } from '../domain/roles'
import type { PasswordPolicy } from '../domain/password-policy'
import type { LockoutPolicy } from '../domain/login-lockout'

/** One role an account holds, with the departments it reaches (null: the whole unit). */
export interface RoleGrant {
  role: Role
  departments: { id: number; path: string }[] | null
}

/** Who is signed in, as the screens and the CLI need it. */
export interface SessionInfo {
  name: string
  grants: RoleGrant[]
  mustChangePassword: boolean
  expiresAt: string
  /** the window locks after this many idle minutes (security settings) */
  idleLockMinutes: number
}

export interface AccountRow {
  id: number
  name: string
  grants: RoleGrant[]
  disabled: boolean
  mustChangePassword: boolean
  /** ISO time while locked after wrong passwords, else null */
  lockedUntil: string | null
  createdAt: string
  lastLoginAt: string | null
}

export interface SecuritySettings {
  password: PasswordPolicy
  lockout: LockoutPolicy
  idleLockMinutes: number
  sessionHours: number
}

/** `token` is shown once: the caller keeps it and sends it with every call. */
export interface LoginResult {
  token: string
  session: SessionInfo
}

export interface SetupStatus {
  /** no account yet: the first 系统管理员 must be created before anything else */
  needsAdmin: boolean
  /** the database already holds assessment data (a predecessor's database being migrated) */
  hasData: boolean
}

const accountName = z
  .string()
  .trim()
  .min(2)
  .max(50)
  .regex(/^[\p{L}\p{N}._-]+$/u)
// a password is checked against the unit's policy by the handler, which words the faults
const password = z.string().min(1).max(200)
const role = z.enum(roleIds)
const departments = z.array(z.string().trim().min(1).max(200)).max(500)

export const securitySettingsSchema = z.object({
  password: z.object({ minLength: z.number().int().min(8).max(64), minClasses: z.number().int().min(1).max(4) }),
  lockout: z.object({ maxFailures: z.number().int().min(3).max(20), lockMinutes: z.number().int().min(1).max(1440) }),
  idleLockMinutes: z.number().int().min(1).max(240),
  sessionHours: z.number().int().min(1).max(720),
})

export const accountMethods = {
  'setup-status': method<SetupStatus>()(z.object({}), { mutates: false, access: access.anyone }),
  /** the first 系统管理员 of a database without accounts; refused once any account exists */
  'setup-admin': method<{ name: string }>()(z.object({ name: accountName, password }), { mutates: true, access: access.anyone }),
  'auth-login': method<LoginResult>()(z.object({ name: z.string().trim().min(1).max(50), password }), { mutates: true, access: access.anyone }),
  'auth-logout': method<{ ok: true }>()(z.object({}), { mutates: true, access: access.signedIn }),
  'session-get': method<SessionInfo>()(z.object({}), { mutates: false, access: access.signedIn }),
  'password-change': method<SessionInfo>()(z.object({ old: password, new: password }), { mutates: true, access: access.signedIn }),
  'account-list': method<AccountRow[]>()(z.object({}), { mutates: false, access: access.accountsRead }),
  /** a new account with an initial password it must change at first login; a role only by bootstrap */
  'account-add': method<AccountRow>()(
    z.object({ name: accountName, password, role: role.optional(), departments: departments.optional() }),
    { mutates: true, access: access.accountsAdmin },
  ),
  /** grants a role (again: replaces its departments); departments by name or path, none: the whole unit */
  'account-grant': method<AccountRow>()(z.object({ name: accountName, role, departments: departments.optional() }), {
    mutates: true,
    access: access.accountsGrant,
  }),
  'account-revoke': method<AccountRow>()(z.object({ name: accountName, role }), { mutates: true, access: access.accountsGrant }),
  /** disabling ends the account's sessions at once */
  'account-disable': method<AccountRow>()(z.object({ name: accountName }), { mutates: true, access: access.accountsAdmin }),
  'account-enable': method<AccountRow>()(z.object({ name: accountName }), { mutates: true, access: access.accountsAdmin }),
  /** a new initial password (forced change at next login), and the lock lifted */
  'account-reset-password': method<AccountRow>()(z.object({ name: accountName, password }), { mutates: true, access: access.accountsAdmin }),
  'security-settings-get': method<SecuritySettings>()(z.object({}), { mutates: false, access: access.signedIn }),
  'security-settings-update': method<SecuritySettings>()(securitySettingsSchema, { mutates: true, access: access.systemAdmin }),
}
