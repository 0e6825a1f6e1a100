import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'
import type { HandlerContext } from '../context'
import { keyMaps } from './collect'
import { naturalKeys } from './compare-rows'
import { schemeWords, type ImportPlan, type RowChange } from './import-plan'
import type { TableColumns } from './package-rows'
import { indicatorKeyText, partName, schemeKeyText, type IndicatorKey, type PackageRow, type RefKind, type SchemeKey, type TableSpec, exchangeTables } from './tables'

type DbRow = Record<string, string | number | null>

/** the audit log's name for a row of each keyed table, as the screens that change them record it */
const auditEntity: Record<string, string> = { departments: 'department', people: 'person', grade_history: 'history', penalties: 'penalty', department_grades: 'department-grade', result_uses: 'uses' }
const CHUNK = 100

/** The receiving database's ids by natural key, kept current as the import adds departments, people, schemes and appeals. */
class Ids {
  person = new Map<string, number>()
  department = new Map<string, number>()
  scheme = new Map<string, number>()
  indicator = new Map<string, number>()
  appeal = new Map<number, number>()

  async reload(db: Kysely<Database>) {
    const m = await keyMaps(db)
    this.person = new Map([...m.person].map(([id, staffNo]) => [staffNo, id]))
    this.department = new Map([...m.department].map(([id, path]) => [path, id]))
    this.scheme = new Map([...m.scheme].map(([id, k]) => [schemeKeyText(k), id]))
    this.indicator = new Map([...m.indicator].map(([id, k]) => [indicatorKeyText(k), id]))
  }

  resolve(kind: RefKind, value: unknown): number | undefined {
    if (kind === 'person') return this.person.get(value as string)
    if (kind === 'department') return this.department.get(value as string)
    if (kind === 'scheme') return this.scheme.get(schemeKeyText(value as SchemeKey))
    if (kind === 'indicator') return this.indicator.get(indicatorKeyText(value as IndicatorKey))
    return this.appeal.get(value as number)
  }
}

interface WriteEnv {
  ctx: HandlerContext
  columns: TableColumns
  ids: Ids
  batchId: number
  fileName: string
  now: string
}

function refWords(kind: RefKind, value: unknown): string {
  if (kind === 'scheme') return schemeWords(value as SchemeKey)
  if (kind === 'indicator') return `${schemeWords(value as IndicatorKey)} ${(value as IndicatorKey).code}`
  return String(value)
}

/** A package row as this database stores it: natural keys back to ids, and what the package leaves out filled in. */
function dbRow(env: WriteEnv, spec: TableSpec, row: PackageRow, keepOwnId: boolean): DbRow {
  const { columns, fields } = env.columns.get(spec) as { columns: string[]; fields: string[] }
  const out: DbRow = {}
  columns.forEach((c, i) => {
    const v = row[fields[i]]
    const ref = spec.refs[c]
    if (spec.table === 'appeals' && c === 'id') {
      if (keepOwnId) out.id = v as number
      return
    }
    if (!ref || v === null) {
      out[c] = v as string | number | null
      return
    }
    const id = env.ids.resolve(ref, v)
    if (id === undefined) throw new AppError('bad-file', t('exchange.error.unknownRef', { file: env.fileName, part: partName(spec), what: t(`exchange.ref.${ref}`), value: refWords(ref, v) }))
    out[c] = id
  })
  if (spec.drop.includes('batch_id')) out.batch_id = env.batchId
  if (spec.table === 'people') out.updated_at = env.now
  if (spec.table === 'departments') {
    const path = String(row.path)
    const cut = path.lastIndexOf('/')
    out.parent_id = cut < 0 ? null : (env.ids.department.get(path.slice(0, cut)) ?? null)
  }
  return out
}

async function insertRows(env: WriteEnv, spec: TableSpec, rows: PackageRow[], step: (n: number) => Promise<void>) {
  const db = env.ctx.db
  const table = spec.table as 'people'
  // departments one by one, parents first, so each finds its parent's new id; appeals one by one for their new ids
  const single = spec.table === 'departments' || spec.table === 'appeals'
  const ordered = spec.table === 'departments' ? [...rows].sort((a, b) => String(a.path).split('/').length - String(b.path).split('/').length) : rows
  for (let i = 0; i < ordered.length; i += single ? 1 : CHUNK) {
    const chunk = ordered.slice(i, i + (single ? 1 : CHUNK))
    const values = chunk.map((r) => ({ ...dbRow(env, spec, r, false), ...(spec.table === 'people' ? { created_at: env.now } : {}) }))
    try {
      if (spec.table === 'appeals') {
        const { id } = await db.insertInto('appeals').values(values[0] as never).returning('id').executeTakeFirstOrThrow()
        env.ids.appeal.set(chunk[0].ref as number, id)
      } else {
        await db.insertInto(table).values(values as never).execute()
        if (spec.table === 'departments') env.ids.department.set(String(chunk[0].path), (await db.selectFrom('departments').select('id').where('path', '=', String(chunk[0].path)).executeTakeFirstOrThrow()).id)
      }
    } catch (e) {
      if (e instanceof AppError) throw e
      throw new AppError('bad-file', t('exchange.error.write', { file: env.fileName, part: partName(spec) }))
    }
    await step(chunk.length)
  }
}

async function updateRows(env: WriteEnv, spec: TableSpec, changes: RowChange[], step: (n: number) => Promise<void>) {
  if (changes.length === 0) return
  const keyFields = naturalKeys[spec.table] as readonly string[]
  const { columns, fields } = env.columns.get(spec) as { columns: string[]; fields: string[] }
  const keyColumns = columns.filter((_, i) => keyFields.includes(fields[i]))
  for (const c of changes) {
    const values = dbRow(env, spec, c.row, false)
    const where = dbRow(env, spec, c.key, false)
    let q = env.ctx.db.updateTable(spec.table as 'people').set(values as never)
    for (const k of keyColumns) q = q.where(k as 'id', '=', where[k] as never)
    await q.execute()
    env.ctx.audit({ entity: auditEntity[spec.table] ?? spec.table, entityId: keyFields.map((f) => String(c.key[f])).join(' '), before: Object.fromEntries(c.fields.map((f) => [f, c.key[f]])), after: Object.fromEntries(c.fields.map((f) => [f, c.row[f]])) })
    await step(1)
  }
}

/**
 * Writes a plan without conflicts in the dispatch's one transaction, in the order rows point to one
 * another: departments, people, schemes with their indicators, periods and everything in them, then
 * history and the years' grades and uses. Every added row that came from a file points to one new
 * import batch for the package. A failure anywhere rolls all of it back.
 */
export async function writeImport(ctx: HandlerContext, plan: ImportPlan, columns: TableColumns, file: { fileName: string; fileHash: string }): Promise<{ added: number; changed: number }> {
  const now = new Date().toISOString()
  const added = [...plan.add.values()].reduce((n, r) => n + r.length, 0)
  const changed = [...plan.change.values()].reduce((n, r) => n + r.length, 0)
  const batch = await ctx.db
    .insertInto('import_batches')
    .values({ kind: 'exchange', period_id: null, file_name: file.fileName, file_hash: file.fileHash, rows: added + changed, created_at: now, created_by: ctx.caller.name })
    .returning('id')
    .executeTakeFirstOrThrow()
  const ids = new Ids()
  await ids.reload(ctx.db)
  const env: WriteEnv = { ctx, columns, ids, batchId: batch.id, fileName: file.fileName, now }
  let done = 0
  const step = async (n: number) => {
    done += n
    ctx.progress(done, added + changed, 'progress.writing')
    await ctx.checkpoint()
  }
  for (const spec of exchangeTables) {
    await insertRows(env, spec, plan.add.get(spec) ?? [], step)
    await updateRows(env, spec, plan.change.get(spec) ?? [], step)
    if (['people', 'schemes', 'indicators'].includes(spec.table)) await ids.reload(ctx.db)
  }
  return { added, changed }
}
