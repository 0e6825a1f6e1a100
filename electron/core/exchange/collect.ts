import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import type { Database } from '../../db/schema'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'
import type { HandlerContext } from '../context'
import { exchangeTables, fieldOf, type IndicatorKey, type PackageRow, type RefKind, type SchemeKey, type TableSpec } from './tables'

export type RawRow = Record<string, unknown>

/** The sender's ids in words the receiver knows: 工号, department path, scheme name and version, indicator code. */
export interface KeyMaps {
  person: Map<number, string>
  department: Map<number, string>
  scheme: Map<number, SchemeKey>
  indicator: Map<number, IndicatorKey>
}

export async function keyMaps(db: Kysely<Database>): Promise<KeyMaps> {
  const schemes = await db.selectFrom('schemes').select(['id', 'name', 'version']).execute()
  const scheme = new Map(schemes.map((s) => [s.id, { name: s.name, version: s.version }]))
  const indicators = await db.selectFrom('indicators').select(['id', 'scheme_id', 'code']).execute()
  return {
    person: new Map((await db.selectFrom('people').select(['id', 'staff_no']).execute()).map((p) => [p.id, p.staff_no])),
    department: new Map((await db.selectFrom('departments').select(['id', 'path']).execute()).map((d) => [d.id, d.path])),
    scheme,
    indicator: new Map(indicators.map((i) => [i.id, { ...(scheme.get(i.scheme_id) as SchemeKey), code: i.code }])),
  }
}

export function toPackageRow(spec: TableSpec, row: RawRow, maps: KeyMaps): PackageRow {
  const out: PackageRow = {}
  for (const [column, value] of Object.entries(row)) {
    if (spec.drop.includes(column)) continue
    const ref: RefKind | undefined = spec.refs[column]
    if (!ref || value === null) {
      out[fieldOf(spec, column)] = value as PackageRow[string]
      continue
    }
    const mapped = ref === 'appeal' ? value : maps[ref].get(value as number)
    // the database's own foreign keys make this unreachable; a row pointing nowhere is not packed half-way
    if (mapped === undefined) throw new Error(`${spec.table}.${column} ${String(value)} points nowhere`)
    out[fieldOf(spec, column)] = mapped as PackageRow[string]
  }
  return out
}

/** The periods asked for, each checked to exist: an unknown code is refused rather than left out. */
async function choosePeriods(db: Kysely<Database>, periods: string[] | 'all') {
  const all = await db.selectFrom('periods').select(['id', 'name', 'kind', 'year', 'scheme_id']).orderBy('year').orderBy('id').execute()
  if (periods === 'all') return all
  const missing = periods.filter((p) => !all.some((x) => x.id === p))
  if (missing.length > 0) throw new AppError('not-found', t('exchange.error.noPeriod', { period: missing.join('、') }))
  return all.filter((p) => periods.includes(p.id))
}

export interface CollectedPackage {
  periods: { id: string; name: string; kind: string; year: number }[]
  rows: Map<TableSpec, PackageRow[]>
}

/**
 * The rows a package of these periods carries, table by table: the periods with everything scored,
 * decided and published in them, their schemes, the whole department tree, the people who take part
 * (all people for a whole-unit package) with their history and penalties, and the years' department
 * grades and uses of results.
 */
export async function collectPackage(ctx: HandlerContext, periods: string[] | 'all'): Promise<CollectedPackage> {
  const db = ctx.db
  const chosen = await choosePeriods(db, periods)
  const periodIds = chosen.map((p) => p.id)
  const years = [...new Set(chosen.map((p) => p.year))]
  const whole = periods === 'all'
  const schemeIds = whole ? (await db.selectFrom('schemes').select('id').execute()).map((s) => s.id) : [...new Set(chosen.map((p) => p.scheme_id))]
  const maps = await keyMaps(db)
  const raw = new Map<TableSpec, RawRow[]>()
  const people = new Set<number>()
  let done = 0
  for (const spec of exchangeTables) {
    let rows: RawRow[] = []
    const from = db.selectFrom(spec.table as 'people').selectAll()
    if (spec.owner === 'period') {
      const column = spec.table === 'periods' ? 'id' : 'period_id'
      rows = periodIds.length === 0 ? [] : await from.where(sql.ref(column), 'in', periodIds).orderBy(sql.ref('rowid')).execute()
      for (const r of rows) if (typeof r.person_id === 'number') people.add(r.person_id)
    } else if (spec.owner === 'scheme') {
      const column = spec.table === 'schemes' ? 'id' : 'scheme_id'
      rows = schemeIds.length === 0 ? [] : await from.where(sql.ref(column), 'in', schemeIds).orderBy(sql.ref('rowid')).execute()
    } else if (spec.owner === 'year') {
      rows = years.length === 0 ? [] : await from.where(sql.ref('year'), 'in', years).orderBy(sql.ref('rowid')).execute()
    } else rows = await from.orderBy(sql.ref('rowid')).execute()
    raw.set(spec, rows)
    ctx.progress(++done, exchangeTables.length * 2, 'progress.reading')
    await ctx.checkpoint()
  }
  const rows = new Map<TableSpec, PackageRow[]>()
  for (const spec of exchangeTables) {
    let list = raw.get(spec) as RawRow[]
    // people and their history: everyone in a whole-unit package, else those the periods name
    if (!whole && spec.table === 'people') list = list.filter((r) => people.has(r.id as number))
    if (!whole && (spec.table === 'grade_history' || spec.table === 'penalties')) list = list.filter((r) => people.has(r.person_id as number))
    rows.set(spec, list.map((r) => toPackageRow(spec, r, maps)))
    ctx.progress(++done, exchangeTables.length * 2, 'progress.reading')
    await ctx.checkpoint()
  }
  return { periods: chosen.map(({ id, name, kind, year }) => ({ id, name, kind, year })), rows }
}
