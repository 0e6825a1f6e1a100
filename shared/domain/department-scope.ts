/**
 * Departments are a tree by path, levels joined by '/' (城管局/执法一队 lies under 城管局). An account
 * limited to some departments reaches those departments and everything under them, nothing beside.
 */

/** The separator of a department path's levels, as the roster writes them. */
export const PATH_SEPARATOR = '/'

/**
 * rule: a department is within the scoped departments when it is one of them or lies under one of
 * them; a name that merely begins the same (办公室服务中心 beside 办公室) is not under it. No scope
 * (null) is the whole unit; an empty scope reaches no department.
 */
export function withinScopedDepartments(path: string, scoped: readonly string[] | null): boolean {
  if (scoped === null) return true
  return scoped.some((s) => path === s || path.startsWith(s + PATH_SEPARATOR))
}
