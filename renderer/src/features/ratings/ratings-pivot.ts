import type { RatingSummary } from '../../../../shared/contract'
import { raterRoles } from '../../../../shared/domain/settings'

/** One row per person × indicator, with each rater role's count and mean side by side. */
export interface RatingRow {
  id: string
  staffNo: string
  name: string
  department: string
  indicatorCode: string
  indicatorName: string
  total: number
  roles: Record<string, { count: number; mean: number } | undefined>
}

export function pivotRatings(summary: readonly RatingSummary[]): { rows: RatingRow[]; roles: string[] } {
  const rows = new Map<string, RatingRow>()
  const roleSet = new Set<string>()
  for (const s of summary) {
    const id = `${s.staffNo}|${s.indicatorCode}`
    let row = rows.get(id)
    if (!row) {
      row = { id, staffNo: s.staffNo, name: s.name, department: s.department, indicatorCode: s.indicatorCode, indicatorName: s.indicatorName, total: 0, roles: {} }
      rows.set(id, row)
    }
    row.roles[s.role] = { count: s.count, mean: s.mean }
    row.total += s.count
    roleSet.add(s.role)
  }
  const known: readonly string[] = raterRoles
  const roles = [...roleSet].sort((a, b) => rank(known, a) - rank(known, b) || a.localeCompare(b))
  return { rows: [...rows.values()], roles }
}

function rank(list: readonly string[], x: string): number {
  const i = list.indexOf(x)
  return i < 0 ? list.length : i
}
