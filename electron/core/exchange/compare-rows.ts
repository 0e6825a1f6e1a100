import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { keyMaps, toPackageRow, type RawRow } from './collect'
import type { PackageRow, TableSpec } from './tables'

/**
 * The natural key of each table whose rows may already be here: what says two rows are the same
 * thing in both databases. A department by its path, a person by 工号, a history grade by person and
 * year, a penalty by person, type, date and kind, a department grade by year and department, a use of
 * results by year, list and subject.
 */
export const naturalKeys: Partial<Record<string, readonly string[]>> = {
  departments: ['path'],
  people: ['staff_no'],
  grade_history: ['person', 'year'],
  penalties: ['person', 'type', 'decided_on', 'kind'],
  department_grades: ['year', 'department'],
  result_uses: ['year', 'list', 'subject'],
}

/** who changed a row when: differences in these alone are no change of the row */
const bookkeeping = new Set(['created_at', 'created_by', 'updated_at', 'updated_by'])

export const keyText = (row: PackageRow, fields: readonly string[]) => JSON.stringify(fields.map((f) => row[f]))

export interface Existing {
  id: number | null
  row: PackageRow
}

/** This database's rows of a keyed table, in the package's own shape, by natural key (with the row id where it has one). */
export async function existingRows(db: Kysely<Database>, spec: TableSpec): Promise<Map<string, Existing>> {
  const maps = await keyMaps(db)
  const raw = (await db.selectFrom(spec.table as 'people').selectAll().execute()) as RawRow[]
  const fields = naturalKeys[spec.table] as readonly string[]
  const out = new Map<string, Existing>()
  for (const r of raw) {
    const row = toPackageRow(spec, r, maps)
    out.set(keyText(row, fields), { id: typeof r.id === 'number' ? r.id : null, row })
  }
  return out
}

/** The fields whose values differ between a row here and the package's, bookkeeping aside. */
export function changedFields(ours: PackageRow, theirs: PackageRow): string[] {
  return Object.keys(theirs).filter((f) => !bookkeeping.has(f) && JSON.stringify(ours[f] ?? null) !== JSON.stringify(theirs[f]))
}

const rowText = (r: PackageRow) => JSON.stringify(Object.keys(r).sort().map((k) => [k, r[k]]))

/** Two versions of a scheme's indicators compared by code: the codes on one side only or different on each, sorted. */
export function differingCodes(ours: PackageRow[], theirs: PackageRow[]): string[] {
  const a = new Map(ours.map((r) => [String(r.code), rowText(r)]))
  const b = new Map(theirs.map((r) => [String(r.code), rowText(r)]))
  return [...new Set([...a.keys(), ...b.keys()])].filter((code) => a.get(code) !== b.get(code)).sort()
}
