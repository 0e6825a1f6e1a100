import type { RoleGrant } from '../../shared/contract'
import { isRole, roleIds, type Role } from '../../shared/domain/roles'
import { locales, t } from '../../shared/i18n'
import { UsageError } from './options'

/** A role as the command line prints it: its name, and its departments when it has them. */
export function grantWords(g: RoleGrant): string {
  const role = t(`role.${g.role}`)
  return g.departments === null ? role : `${role}（${g.departments.map((d) => d.path).join('、')}）`
}

/** Roles on the command line by their Chinese names (or the English ones, or the ids). */
export function roleFromWords(words: string): Role {
  const w = words.trim()
  if (isRole(w)) return w
  for (const id of roleIds) {
    if (locales['zh-CN'][`role.${id}`] === w || locales.en[`role.${id}`].toLowerCase() === w.toLowerCase()) return id
  }
  throw new UsageError(t('cli.auth.unknownRole', { role: w, roles: roleIds.map((r) => locales['zh-CN'][`role.${r}`]).join('、') }))
}
