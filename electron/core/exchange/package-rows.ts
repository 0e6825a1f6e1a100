import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'
import type { VerifiedPackage } from './read-package'
import { exchangeTables, fieldOf, partName, type PackageRow, type PackageValue, type RefKind, type TableSpec } from './tables'

/** Each table's columns in this database, and the package fields they come from. */
export type TableColumns = Map<TableSpec, { columns: string[]; fields: string[] }>

export async function tableColumns(db: Kysely<Database>): Promise<TableColumns> {
  const out: TableColumns = new Map()
  for (const spec of exchangeTables) {
    const { rows } = await sql<{ name: string }>`select name from pragma_table_info(${spec.table})`.execute(db)
    const columns = rows.map((r) => r.name).filter((c) => !spec.drop.includes(c))
    out.set(spec, { columns, fields: columns.map((c) => fieldOf(spec, c)) })
  }
  return out
}

const isText = (v: unknown): v is string => typeof v === 'string'
const isInt = (v: unknown): v is number => Number.isInteger(v)

function refOk(kind: RefKind, v: unknown): boolean {
  if (kind === 'person' || kind === 'department') return isText(v)
  if (kind === 'appeal') return isInt(v)
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false
  const o = v as Record<string, unknown>
  const keys = Object.keys(o).sort().join(',')
  if (kind === 'scheme') return keys === 'name,version' && isText(o.name) && isInt(o.version)
  return keys === 'code,name,version' && isText(o.name) && isInt(o.version) && isText(o.code)
}

function plain(v: unknown): v is string | number | null {
  return v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))
}

const short = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s)

/**
 * Reads every data part into rows, line by line, and checks each row has exactly the fields this
 * database's table needs, each of the right kind. Reached only after the package is proven whole,
 * so a problem here means the two versions disagree, named by part and line.
 */
export function readPackageRows(pkg: VerifiedPackage, columns: TableColumns, fileName: string): Map<TableSpec, PackageRow[]> {
  const out = new Map<TableSpec, PackageRow[]>()
  for (const spec of exchangeTables) {
    const part = partName(spec)
    const data = pkg.parts.get(part)
    const declared = pkg.manifest.parts.find((p) => p.name === part)
    if (!data || !declared) throw new AppError('bad-file', t('exchange.error.missingPart', { file: fileName, part }))
    const { columns: cols, fields } = columns.get(spec) as { columns: string[]; fields: string[] }
    const expected = [...fields].sort().join(',')
    const lines = data.toString('utf8').split('\n')
    if (lines.at(-1) === '') lines.pop()
    if (lines.length !== declared.rows) throw new AppError('bad-file', t('exchange.error.rowCount', { file: fileName, part, rows: lines.length, declared: declared.rows }))
    const rows: PackageRow[] = []
    lines.forEach((line, i) => {
      const bad = (detail: string): never => {
        throw new AppError('bad-file', t('exchange.error.row', { file: fileName, part, line: i + 1, detail: short(detail) }))
      }
      let row: unknown
      try {
        row = JSON.parse(line)
      } catch {
        bad(line)
      }
      if (!row || typeof row !== 'object' || Array.isArray(row)) return bad(line)
      const o = row as Record<string, unknown>
      if (Object.keys(o).sort().join(',') !== expected) bad(t('exchange.error.fields', { fields: Object.keys(o).join('、'), expected: fields.join('、') }))
      cols.forEach((c, j) => {
        const ref = spec.refs[c]
        const v = o[fields[j]]
        if (v === null) return
        if (ref ? !refOk(ref, v) : !plain(v)) bad(`${fields[j]}：${JSON.stringify(v)}`)
      })
      rows.push(o as Record<string, PackageValue>)
    })
    out.set(spec, rows)
  }
  return out
}
