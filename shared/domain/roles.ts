/**
 * The six roles and the rules that keep the three administrators apart (三员分立). Pure: the account
 * handlers, the CLI and the screens all ask these functions, so a rule is stated once.
 */
export const roleIds = ['sysadmin', 'secadmin', 'auditor', 'clerk', 'leader', 'readonly'] as const
export type Role = (typeof roleIds)[number]

/** 系统管理员, 安全保密管理员, 安全审计员: no account may hold two of them. */
export const adminRoles: readonly Role[] = ['sysadmin', 'secadmin', 'auditor']

/** Roles whose reach is limited by the account's departments (the admins' work is not about people). */
export const scopedRoles: readonly Role[] = ['clerk', 'leader', 'readonly']

export function isRole(value: string): value is Role {
  return (roleIds as readonly string[]).includes(value)
}

/**
 * 三员分立: the admin role `adding` may not join `held` when `held` already has another admin role;
 * nor may an admin role join an assessment role, so an auditor never also changes what it audits.
 * Returns the conflicting role, or null when the grant keeps the roles apart.
 */
export function separationConflict(held: readonly Role[], adding: Role): Role | null {
  const others = held.filter((r) => r !== adding)
  if (adminRoles.includes(adding)) return others.find((r) => adminRoles.includes(r) || scopedRoles.includes(r)) ?? null
  return others.find((r) => adminRoles.includes(r)) ?? null
}

/**
 * The bootstrap rule: only the 安全保密管理员 grants roles, but while the unit has neither a 安全保密管理员
 * nor a 安全审计员, the 系统管理员 may create those two — once each — so that someone exists to grant.
 */
export function mayGrant(grantor: readonly Role[], role: Role, existing: ReadonlySet<Role>): 'granted' | 'bootstrap' | 'refused' {
  if (grantor.includes('secadmin')) return 'granted'
  if (grantor.includes('sysadmin') && (role === 'secadmin' || role === 'auditor') && !existing.has(role)) {
    const bootstrapping = !(existing.has('secadmin') && existing.has('auditor'))
    return bootstrapping ? 'bootstrap' : 'refused'
  }
  return 'refused'
}
