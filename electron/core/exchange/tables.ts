import type { Database } from '../../db/schema'

/**
 * Which internal id a column holds, written in the package by the natural key the receiving office
 * knows it by (its own ids differ): a person by 工号, a department by path, a scheme by name and
 * version, an indicator by its scheme and code, an appeal by its number within the package.
 */
export type RefKind = 'person' | 'department' | 'scheme' | 'indicator' | 'appeal'

export interface TableSpec {
  table: keyof Database & string
  /** what the rows belong to, for choosing them on export and planning them on import */
  owner: 'roster' | 'scheme' | 'period' | 'year'
  /** id columns written as natural keys; the package field is the column without `_id` */
  refs: Partial<Record<string, RefKind>>
  /** columns never written: own row ids, the sender's import batches, and what stays with the sender */
  drop: readonly string[]
}

const batch = ['batch_id', 'source_row']

/**
 * Every table a package carries, in the order an import writes them (what a row points to comes
 * first). Not carried, on purpose: accounts, their roles and sessions (each office signs in its own
 * people; password hashes never travel), the audit log and its head (a chain of this office's own
 * actions — the receiver records the import in its own log; the package's integrity is its HMAC),
 * settings (each office's rules and key; the rules a result was computed with travel inside
 * `computations.settings`), import batches (the sender's files; the receiver makes one batch for the
 * package), and objectives/key results (managed by each office, no period's result is computed from
 * them), and 个人述职 attachments (files of up to 20 MB each; the 述职 text and date travel). A person's 出生年月, 身份证号 and 联系电话 stay behind: no result depends on them, and a package
 * on removable media should carry no more personal data than the results need.
 */
export const exchangeTables: readonly TableSpec[] = [
  { table: 'departments', owner: 'roster', refs: {}, drop: ['id', 'parent_id'] },
  { table: 'people', owner: 'roster', refs: { department_id: 'department' }, drop: ['id', 'birth', 'id_number', 'phone', 'created_at', 'updated_at'] },
  { table: 'schemes', owner: 'scheme', refs: {}, drop: ['id'] },
  { table: 'indicators', owner: 'scheme', refs: { scheme_id: 'scheme' }, drop: ['id'] },
  { table: 'weight_decisions', owner: 'scheme', refs: { scheme_id: 'scheme' }, drop: ['id'] },
  { table: 'rater_settings', owner: 'scheme', refs: { scheme_id: 'scheme' }, drop: [] },
  { table: 'periods', owner: 'period', refs: { scheme_id: 'scheme' }, drop: [] },
  { table: 'period_people', owner: 'period', refs: { person_id: 'person' }, drop: [] },
  { table: 'stages', owner: 'period', refs: { person_id: 'person' }, drop: [] },
  { table: 'ratings', owner: 'period', refs: { person_id: 'person', indicator_id: 'indicator' }, drop: ['id', ...batch] },
  { table: 'ballots', owner: 'period', refs: { person_id: 'person', indicator_id: 'indicator' }, drop: ['id', ...batch] },
  { table: 'satisfaction', owner: 'period', refs: { person_id: 'person', department_id: 'department', indicator_id: 'indicator' }, drop: ['id', ...batch] },
  { table: 'measures', owner: 'period', refs: { person_id: 'person', indicator_id: 'indicator' }, drop: ['id', ...batch] },
  { table: 'flags', owner: 'period', refs: { person_id: 'person' }, drop: ['id'] },
  { table: 'computations', owner: 'period', refs: {}, drop: [] },
  { table: 'results', owner: 'period', refs: { person_id: 'person' }, drop: [] },
  { table: 'grade_overrides', owner: 'period', refs: { person_id: 'person' }, drop: [] },
  { table: 'notices', owner: 'period', refs: {}, drop: [] },
  // `id` is kept as the appeal's number within the package, for the exemption an upheld appeal made
  { table: 'appeals', owner: 'period', refs: { person_id: 'person', id: 'appeal' }, drop: [] },
  { table: 'exemptions', owner: 'period', refs: { person_id: 'person', appeal_id: 'appeal' }, drop: ['id'] },
  { table: 'grade_history', owner: 'roster', refs: { person_id: 'person' }, drop: batch },
  { table: 'penalties', owner: 'roster', refs: { person_id: 'person' }, drop: ['id', ...batch] },
  { table: 'department_grades', owner: 'year', refs: { department_id: 'department' }, drop: [] },
  { table: 'result_uses', owner: 'year', refs: {}, drop: [] },
]

/** The package field of a column: an id column by what it points to (`person_id` → `person`, appeals' own `id` → `ref`). */
export function fieldOf(spec: TableSpec, column: string): string {
  if (spec.table === 'appeals' && column === 'id') return 'ref'
  return spec.refs[column] ? column.replace(/_id$/, '') : column
}

export function partName(spec: TableSpec): string {
  return `data/${spec.table}.jsonl`
}

/** One row as the package carries it: plain values, and the natural keys of what it points to. */
export type PackageValue = string | number | null | SchemeKey | IndicatorKey
export type PackageRow = Record<string, PackageValue>

export interface SchemeKey {
  name: string
  version: number
}
export interface IndicatorKey extends SchemeKey {
  code: string
}

export const schemeKeyText = (k: SchemeKey) => `${k.name}\u0000${k.version}`
export const indicatorKeyText = (k: IndicatorKey) => `${schemeKeyText(k)}\u0000${k.code}`
