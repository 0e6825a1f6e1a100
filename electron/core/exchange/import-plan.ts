import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { ExchangeCount, ExchangePeriodPlan } from '../../../shared/contract'
import { resultDifferences, type ComparedResult } from '../../../shared/domain/exchange-conflicts'
import { isMessageKey, t } from '../../../shared/i18n'
import { keyMaps, toPackageRow, type RawRow } from './collect'
import { changedFields, differingCodes, existingRows, keyText, naturalKeys, type Existing } from './compare-rows'
import { exchangeTables, schemeKeyText, type PackageRow, type SchemeKey, type TableSpec } from './tables'

export interface RowChange {
  id: number | null
  key: PackageRow
  row: PackageRow
  fields: string[]
}

/** What an import would do: which rows to add and change, table by table, and every conflict found. */
export interface ImportPlan {
  periods: ExchangePeriodPlan[]
  counts: ExchangeCount[]
  changes: string[]
  changesTotal: number
  conflicts: string[]
  add: Map<TableSpec, PackageRow[]>
  change: Map<TableSpec, RowChange[]>
}

const MAX_LISTED = 200
const byTable = (name: string) => exchangeTables.find((s) => s.table === name) as TableSpec
const schemeOf = (row: PackageRow) => schemeKeyText(row.scheme as SchemeKey)

function label(table: string): string {
  const key = `exchange.table.${table}`
  return isMessageKey(key) ? t(key) : table
}
function fieldWords(field: string): string {
  const key = `exchange.field.${field}`
  return isMessageKey(key) ? t(key) : field
}
export const schemeWords = (k: SchemeKey) => t('exchange.schemeVersion', { name: k.name, version: k.version })
const valueWords = (v: unknown) => (v === null || v === undefined || v === '' ? t('exchange.value.none') : typeof v === 'object' ? JSON.stringify(v) : String(v))

function subjectWords(spec: TableSpec, row: PackageRow): string {
  const key = (naturalKeys[spec.table] ?? []).map((f) => valueWords(row[f])).join(' ')
  return spec.table === 'people' ? `${key} ${valueWords(row.name)}` : key
}

/** This database's results of a period as the conflict rule compares them. */
async function resultsHere(db: Kysely<Database>, period: string): Promise<ComparedResult[]> {
  const rows = await db.selectFrom('results').innerJoin('people', 'people.id', 'results.person_id').select(['people.staff_no', 'results.total_rounded', 'results.rank', 'results.grade']).where('results.period_id', '=', period).execute()
  return rows.map((r) => ({ staffNo: r.staff_no, total: r.total_rounded, rank: r.rank, grade: r.grade }))
}

function differenceWords(diffs: ReturnType<typeof resultDifferences>): string {
  const words = diffs.slice(0, 5).map((d) =>
    d.field === 'presence'
      ? t(d.ours === null ? 'exchange.diff.onlyTheirs' : 'exchange.diff.onlyOurs', { staffNo: d.staffNo })
      : t('exchange.diff.value', { staffNo: d.staffNo, field: t(`exchange.diff.${d.field}`), ours: valueWords(d.ours), theirs: valueWords(d.theirs) }),
  )
  return words.join(t('exchange.separator')) + (diffs.length > 5 ? t('exchange.diff.more', { n: diffs.length }) : '')
}

/**
 * Compares a package's rows with this database. Schemes and periods go whole: new ones are added
 * with everything in them, ones already here with the same content are skipped, and ones here with
 * other content (a period's results, a scheme version's indicators) are conflicts. Rows with a
 * natural key (people, departments, history, penalties, department grades, uses) are added or
 * changed one by one. Nothing is written.
 */
export async function planImport(db: Kysely<Database>, rows: Map<TableSpec, PackageRow[]>): Promise<ImportPlan> {
  const add = new Map<TableSpec, PackageRow[]>()
  const change = new Map<TableSpec, RowChange[]>()
  const counts = new Map<TableSpec, ExchangeCount>(exchangeTables.map((s) => [s, { table: s.table, label: label(s.table), add: 0, change: 0, same: 0, conflict: 0 }]))
  const changes: string[] = []
  const conflicts: string[] = []
  let changesTotal = 0
  const put = (spec: TableSpec, row: PackageRow, state: 'add' | 'same' | 'conflict') => {
    const c = counts.get(spec) as ExchangeCount
    c[state]++
    if (state !== 'add') return
    const list = add.get(spec)
    if (list) list.push(row)
    else add.set(spec, [row])
  }

  // schemes: new, the same, or a version here with other indicators
  const maps = await keyMaps(db)
  const schemesHere = new Set([...maps.scheme.values()].map(schemeKeyText))
  const indicatorsHere = new Map<string, PackageRow[]>()
  const indicatorSpec = byTable('indicators')
  for (const r of (await db.selectFrom('indicators').selectAll().execute()) as RawRow[]) {
    const row = toPackageRow(indicatorSpec, r, maps)
    const group = indicatorsHere.get(schemeOf(row))
    if (group) group.push(row)
    else indicatorsHere.set(schemeOf(row), [row])
  }
  const theirIndicators = rows.get(indicatorSpec) ?? []
  const newSchemes = new Set<string>()
  const otherSchemes = new Set<string>()
  for (const s of rows.get(byTable('schemes')) ?? []) {
    const key = schemeKeyText(s as unknown as SchemeKey)
    if (!schemesHere.has(key)) newSchemes.add(key)
    else {
      const codes = differingCodes(indicatorsHere.get(key) ?? [], theirIndicators.filter((i) => schemeOf(i) === key))
      if (codes.length === 0) continue
      otherSchemes.add(key)
      const more = codes.length > 5 ? t('exchange.diff.more', { n: codes.length }) : ''
      conflicts.push(t('exchange.conflict.scheme', { scheme: String(s.name), version: Number(s.version), codes: codes.slice(0, 5).join(t('exchange.separator')) + more }))
    }
  }

  // periods: new, the same results, or other results here
  const periodsHere = new Map((await db.selectFrom('periods').select(['id', 'scheme_id']).execute()).map((p) => [p.id, p.scheme_id]))
  const theirResults = rows.get(byTable('results')) ?? []
  const periods: ExchangePeriodPlan[] = []
  const newPeriods = new Set<string>()
  const otherPeriods = new Set<string>()
  for (const p of rows.get(byTable('periods')) ?? []) {
    const id = String(p.id)
    const plan: ExchangePeriodPlan = { id, name: String(p.name), state: 'add' }
    if (!periodsHere.has(id)) newPeriods.add(id)
    else {
      const ourScheme = maps.scheme.get(periodsHere.get(id) as number)
      const theirs = theirResults.filter((r) => r.period_id === id).map((r) => ({ staffNo: String(r.person), total: r.total_rounded as number | null, rank: r.rank as number | null, grade: String(r.grade) }))
      const diffs = resultDifferences(await resultsHere(db, id), theirs)
      if (!ourScheme || schemeKeyText(ourScheme) !== schemeOf(p)) {
        plan.state = 'conflict'
        conflicts.push(t('exchange.conflict.periodScheme', { period: id, name: plan.name, ours: ourScheme ? schemeWords(ourScheme) : '—', theirs: schemeWords(p.scheme as SchemeKey) }))
      } else if (diffs.length > 0) {
        plan.state = 'conflict'
        conflicts.push(t('exchange.conflict.period', { period: id, name: plan.name, details: differenceWords(diffs) }))
      } else plan.state = 'same'
      if (plan.state === 'conflict') otherPeriods.add(id)
    }
    periods.push(plan)
  }

  for (const spec of exchangeTables) {
    const list = rows.get(spec) ?? []
    if (spec.owner === 'scheme') {
      for (const r of list) {
        const key = spec.table === 'schemes' ? schemeKeyText(r as unknown as SchemeKey) : schemeOf(r)
        put(spec, r, newSchemes.has(key) ? 'add' : otherSchemes.has(key) ? 'conflict' : 'same')
      }
      continue
    }
    if (spec.owner === 'period') {
      for (const r of list) {
        const id = String(spec.table === 'periods' ? r.id : r.period_id)
        put(spec, r, newPeriods.has(id) ? 'add' : otherPeriods.has(id) ? 'conflict' : 'same')
      }
      continue
    }
    const keyFields = naturalKeys[spec.table] as readonly string[]
    const here: Map<string, Existing> = await existingRows(db, spec)
    for (const r of list) {
      const found = here.get(keyText(r, keyFields))
      if (!found) put(spec, r, 'add')
      else {
        const fields = changedFields(found.row, r)
        if (fields.length === 0) put(spec, r, 'same')
        else {
          ;(counts.get(spec) as ExchangeCount).change++
          const changed = change.get(spec) ?? []
          changed.push({ id: found.id, key: found.row, row: r, fields })
          change.set(spec, changed)
          changesTotal++
          if (changes.length < MAX_LISTED)
            changes.push(
              t('exchange.change.row', {
                table: label(spec.table),
                subject: subjectWords(spec, found.row),
                details: fields.map((f) => t('exchange.change.field', { field: fieldWords(f), ours: valueWords(found.row[f]), theirs: valueWords(r[f]) })).join(t('exchange.separator')),
              }),
            )
        }
      }
    }
  }
  return { periods, counts: [...counts.values()].filter((c) => c.add + c.change + c.same + c.conflict > 0), changes, conflicts, add, change, changesTotal }
}
