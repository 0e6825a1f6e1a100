import type { Kysely } from 'kysely'
import { type FileInput, type ImportPreview, type ImportProblem } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import type { Database } from '../../db/schema'
import type { FieldSpec } from '../../excel/fields'
import type { FoundTable, TableRow } from '../../excel/find-table'
import { buildPreview, readImportFile, type ImportProgress, type ReadChoices } from '../../excel/read-import'
import { findOpenPeriod, lookups, type Lookups } from '../ratings/period-lookups'
import { applies, problemAt, type RatedPerson, type SchemeIndicator } from '../ratings/ratings-rows'
import { earlierBatch, reimportNote, type Batch } from './batches'
import { indicatorLabel } from './input-rows'
import { problemText } from '../../excel/problems'
import { officeText } from '../../../shared/i18n/office-text'

export interface InputPlan<R> {
  preview: ImportPreview
  rows: R[]
  sameFile: Batch | null
}

export interface RowReader<R> {
  /** read once the table is found, before the rows: e.g. which indicator the file feeds */
  start?(lk: Lookups, table: FoundTable, problems: ImportProblem[], notes: string[]): void
  /** one row, its problems recorded; null when it cannot be used */
  row(table: FoundTable, r: TableRow, lk: Lookups, problems: ImportProblem[], zeros: string[]): R | null
  /** the key that makes two rows the same (within the file and against stored rows) */
  key(row: R): string
  sample(row: R): Record<string, string | number | null>
}

/** Keys of the rows already stored for the period, outside the batch being replaced, with their source. */
export type StoredKeys = Map<string, { file: string; row: number | null }>

/**
 * The steps every input import shares: the period must be open, the file is read and its table
 * found, each row checked, duplicates within the file and against what is stored refused, and a
 * file imported before is announced as a replacement.
 */
export async function planInput<R extends { row: number; person: RatedPerson | null; indicator: SchemeIndicator }>(
  db: Kysely<Database>,
  periodId: string,
  source: { file: FileInput } & ReadChoices,
  fields: FieldSpec[],
  ctx: ImportProgress,
  reader: RowReader<R>,
  stored: (excludeBatch: number | null) => Promise<StoredKeys>,
  duplicateAt: string,
): Promise<InputPlan<R>> {
  const period = await findOpenPeriod(db, periodId)
  // a count, rate or value that cannot be read (formula without a result, #DIV/0!) blocks the import:
  // only the name column is there for checking, so an unreadable name alone stays a warning
  const read = await readImportFile(source.file, 'ratings', fields, ctx, { afterNote: source.afterNote, columns: source.columns, blocking: (f) => f.key !== 'name' })
  const problems: ImportProblem[] = []
  const notes: string[] = []
  const sameFile = await earlierBatch(db, periodId, read.fileHash)
  if (sameFile) notes.push(reimportNote(sameFile))
  const table = read.search.table
  const none = { adds: 0, changes: 0, unchanged: 0 }
  if (!table) return { preview: buildPreview(read, none, problems, notes, []), rows: [], sameFile }
  const lk = await lookups(db, period.scheme_id)
  notes.push(t('import.note.ratingsPeriod', { period: officeText(periodId), scheme: officeText(lk.schemeName) }))
  reader.start?.(lk, table, problems, notes)
  const old = await stored(sameFile?.id ?? null)
  const seen = new Map<string, number>()
  const rows: R[] = []
  const zeros: string[] = []
  let skipped = 0
  for (let i = 0; i < table.rows.length; i++) {
    if (i % 500 === 0) {
      ctx.progress(i, table.rows.length, 'progress.checking')
      await ctx.checkpoint()
    }
    const r = table.rows[i]
    const row = reader.row(table, r, lk, problems, zeros)
    if (!row) continue
    const key = reader.key(row)
    const first = seen.get(key)
    if (first !== undefined) {
      problems.push(problemAt(table, r.row, duplicateAt, problemText('inputs.problem.duplicateRow', { other: first })))
      continue
    }
    seen.set(key, r.row)
    const had = old.get(key)
    if (had) {
      problems.push(problemAt(table, r.row, duplicateAt, problemText('inputs.problem.alreadyStored', { file: had.file, row: had.row ?? '?' })))
      continue
    }
    if (row.person && !applies(row.indicator, row.person)) {
      const msg = problemText('import.problem.notApplicable', {
        indicator: indicatorLabel(row.indicator),
        scope: row.indicator.scope.join('、'),
        name: row.person.name,
        position: row.person.positionClass ?? '—',
        department: row.person.department,
      })
      problems.push(problemAt(table, r.row, 'staffNo', msg, 'warning'))
      skipped++
      continue
    }
    rows.push(row)
  }
  if (zeros.length) notes.push(t('import.note.leadingZeros', { count: zeros.length, examples: zeros.slice(0, 3).join('，') }))
  if (skipped) notes.push(t('inputs.note.skipped', { count: skipped }))
  const preview = buildPreview(read, { adds: rows.length, changes: 0, unchanged: 0 }, problems, notes, rows.slice(0, 10).map((r) => reader.sample(r)))
  return { preview, rows, sameFile }
}
