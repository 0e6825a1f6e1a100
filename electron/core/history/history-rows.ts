import type { Kysely, Selectable } from 'kysely'
import type { ImportProblem } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import type { Database, ImportBatchTable } from '../../db/schema'
import type { FoundTable, TableRow } from '../../excel/find-table'
import { cellText, keyText, parseNumber, StaffNumberIndex } from '../../excel/normalize'
import type { HandlerContext } from '../context'
import { AppError } from '../../../shared/contract/app-error'
import { problemAt, type RatedPerson } from '../ratings/ratings-rows'
import { problemText } from '../../excel/problems'

export type Batch = Selectable<ImportBatchTable>

/** Everyone on the roster, matched by staff number the way every import matches them. */
export async function peopleIndex(db: Kysely<Database>): Promise<StaffNumberIndex<RatedPerson>> {
  const rows = await db
    .selectFrom('people')
    .innerJoin('departments', 'departments.id', 'people.department_id')
    .select(['people.id', 'people.staff_no', 'people.name', 'people.position_class', 'departments.path'])
    .execute()
  return new StaffNumberIndex(rows.map((p) => [p.staff_no, { id: p.id, staffNo: p.staff_no, name: p.name, department: p.path, positionClass: p.position_class }]))
}

/** Dashes and slashes are how offices mark "not known" in a grade column, like a blank. */
const UNKNOWN_MARKS = new Set(['-', '—', '--', '——', '/', '无'])

/**
 * One of a fixed list of words (a grade, a penalty type); null when blank. An unknown word is a
 * located error listing what may be written.
 */
export function rowChoice<T extends string>(
  table: FoundTable,
  r: TableRow,
  key: string,
  choices: readonly T[],
  problems: ImportProblem[],
  opts: { blankMarks?: boolean; normalise?: (s: string) => string } = {},
): { ok: true; value: T | null } | { ok: false } {
  const raw = keyText(r.values[key] ?? null)
  if (raw === null || (opts.blankMarks && UNKNOWN_MARKS.has(raw))) return r.flagged.has(key) ? { ok: false } : { ok: true, value: null }
  const k = opts.normalise ? opts.normalise(raw) : raw
  const hit = choices.find((c) => c === k)
  if (hit !== undefined) return { ok: true, value: hit }
  problems.push(problemAt(table, r.row, key, problemText('import.problem.badChoice', { value: cellText(r.values[key] ?? null) ?? raw, choices: choices.join('、') })))
  return { ok: false }
}

/** A year: 2024, '2024', '2024年', '２０２４年度'. */
export function parseYear(v: TableRow['values'][string]): number | null {
  const s = keyText(v ?? null)
  if (s === null) return null
  const m = /^(\d{4})(年度?)?$/.exec(s)
  if (!m) return null
  const y = Number(m[1])
  return y >= 1949 && y <= 2200 ? y : null
}

/** A term in months: 6, '6', '6个月', '6月', '1年', '1.5年' (18); blank is none. */
export function parseTermMonths(v: TableRow['values'][string]): { ok: true; value: number | null } | { ok: false } {
  const s = keyText(v ?? null)
  if (s === null) return { ok: true, value: null }
  const m = /^(\d+(?:\.\d+)?)(个月|月|年)?$/.exec(s)
  if (!m) {
    const n = parseNumber(v ?? null)
    return n.ok && !n.percent && Number.isInteger(n.value) && n.value >= 0 ? { ok: true, value: n.value } : { ok: false }
  }
  const months = m[2] === '年' ? Number(m[1]) * 12 : Number(m[1])
  return Number.isInteger(months) && months <= 600 ? { ok: true, value: months } : { ok: false }
}

/** The latest batch of this kind with the same bytes (history and penalties belong to no period). */
export async function earlierBatch(db: Kysely<Database>, kind: string, fileHash: string): Promise<Batch | null> {
  return (
    (await db.selectFrom('import_batches').selectAll().where('kind', '=', kind).where('period_id', 'is', null).where('file_hash', '=', fileHash).orderBy('id', 'desc').executeTakeFirst()) ??
    null
  )
}

export function reimportNote(b: Batch): string {
  return t('history.note.reimport', { date: b.created_at.slice(0, 10), batch: b.id, rows: b.rows, file: b.file_name })
}

/** The same bytes again without `replace`: refused, so a double click never doubles anything. */
export function refuseSameFile(b: Batch | null, replace: boolean | undefined): void {
  if (b && !replace) throw new AppError('conflict', problemText('history.problem.alreadyImported', { date: b.created_at.slice(0, 10), file: b.file_name }))
}

/** The batch row every import of this area writes first, in the caller's transaction. */
export async function insertBatch(ctx: HandlerContext, kind: 'history' | 'penalties', fileName: string, fileHash: string, rows: number): Promise<number> {
  const batch = await ctx.db
    .insertInto('import_batches')
    .values({ kind, period_id: null, file_name: fileName, file_hash: fileHash, rows, created_at: new Date().toISOString(), created_by: ctx.caller.name })
    .returning('id')
    .executeTakeFirstOrThrow()
  return batch.id
}
