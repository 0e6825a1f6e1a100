import type { Kysely, Selectable } from 'kysely'
import type { FileInput, ImportPreview, ImportProblem } from '../../../shared/contract'
import { isMessageKey, t } from '../../../shared/i18n'
import type { Database, ImportBatchTable, PeriodTable } from '../../db/schema'
import { ratingsLongFields } from '../../excel/fields'
import { StaffNumberIndex } from '../../excel/normalize'
import { sheetProblem } from '../../excel/problems'
import { buildPreview, fieldLabel, readImportFile, type ImportProgress } from '../../excel/read-import'
import { AppError } from '../errors'
import { applies, problemAt, readRatingRow, type RatedPerson, type RatingRow, type SchemeIndicator } from './ratings-rows'

/** Ratings may come in until the committee has approved the period. */
const CLOSED_STATUSES = new Set(['approved', 'noticed', 'final'])

export interface RatingsPlan {
  preview: ImportPreview
  period: Selectable<PeriodTable>
  rows: RatingRow[]
  /** an earlier batch of this period with the same bytes */
  sameFile: Selectable<ImportBatchTable> | null
}

export async function findOpenPeriod(db: Kysely<Database>, id: string): Promise<Selectable<PeriodTable>> {
  const period = await db.selectFrom('periods').selectAll().where('id', '=', id).executeTakeFirst()
  if (!period) throw new AppError('not-found', t('period.notFound', { id }))
  if (CLOSED_STATUSES.has(period.status)) {
    const key = `period.status.${period.status}`
    throw new AppError('frozen', t('import.problem.periodClosed', { period: id, status: isMessageKey(key) ? t(key) : period.status }))
  }
  return period
}

async function lookups(db: Kysely<Database>, schemeId: number) {
  const scheme = await db.selectFrom('schemes').select('name').where('id', '=', schemeId).executeTakeFirstOrThrow()
  const rows = await db.selectFrom('indicators').selectAll().where('scheme_id', '=', schemeId).orderBy('sort_order').execute()
  const parents = new Set(rows.map((r) => r.parent_code).filter((c): c is string => c !== null))
  const indicators: SchemeIndicator[] = rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    layer: r.layer,
    scope: JSON.parse(r.scope) as string[],
    isLeaf: !parents.has(r.code),
  }))
  const people = await db
    .selectFrom('people')
    .innerJoin('departments', 'departments.id', 'people.department_id')
    .select(['people.id', 'people.staff_no', 'people.name', 'people.position_class', 'departments.path'])
    .execute()
  const persons: [string, RatedPerson][] = people.map((p) => [
    p.staff_no,
    { id: p.id, staffNo: p.staff_no, name: p.name, department: p.path, positionClass: p.position_class },
  ])
  return { schemeName: scheme.name, indicators, people: new StaffNumberIndex(persons) }
}

/** Ratings already stored for the period, by person|indicator|role|rater, with where they came from. */
async function storedRatings(db: Kysely<Database>, periodId: string): Promise<Map<string, { file: string; row: number | null }>> {
  const rows = await db
    .selectFrom('ratings')
    .leftJoin('import_batches', 'import_batches.id', 'ratings.batch_id')
    .select(['ratings.person_id', 'ratings.indicator_id', 'ratings.role', 'ratings.rater', 'ratings.source_row', 'import_batches.file_name'])
    .where('ratings.period_id', '=', periodId)
    .where('ratings.rater', 'is not', null)
    .execute()
  return new Map(rows.map((r) => [`${r.person_id}|${r.indicator_id}|${r.role}|${r.rater}`, { file: r.file_name ?? '', row: r.source_row }]))
}

/** Reads a long-layout ratings file for a period and checks every row against roster and scheme. */
export async function planRatingsImport(db: Kysely<Database>, periodId: string, file: FileInput, ctx: ImportProgress): Promise<RatingsPlan> {
  const period = await findOpenPeriod(db, periodId)
  const read = await readImportFile(file, 'ratings', ratingsLongFields, ctx)
  const problems: ImportProblem[] = []
  const notes: string[] = []
  const sameFile =
    (await db.selectFrom('import_batches').selectAll().where('period_id', '=', periodId).where('file_hash', '=', read.fileHash).orderBy('id').executeTakeFirst()) ?? null
  if (sameFile) {
    const msg = t('import.problem.alreadyImported', { date: sameFile.created_at.slice(0, 10), period: periodId, file: sameFile.file_name })
    problems.push(sheetProblem('error', read.search.table?.sheet ?? '', msg))
  }
  const table = read.search.table
  const none = { adds: 0, changes: 0, unchanged: 0 }
  if (!table) return { preview: buildPreview(read, none, problems, notes, []), period, rows: [], sameFile }
  const lk = await lookups(db, period.scheme_id)
  notes.push(t('import.note.ratingsPeriod', { period: periodId, scheme: lk.schemeName }))
  const stored = await storedRatings(db, periodId)
  const seen = new Map<string, number>()
  const rows: RatingRow[] = []
  const zeros: string[] = []
  let skipped = 0
  let anonymous = 0
  for (let i = 0; i < table.rows.length; i++) {
    if (i % 500 === 0) {
      ctx.progress(i, table.rows.length, 'progress.checking')
      await ctx.checkpoint()
    }
    const r = table.rows[i]
    const rating = readRatingRow(table, r, lk, problems)
    if (!rating) continue
    if (rating.zeros && !zeros.includes(rating.zeros)) zeros.push(rating.zeros)
    if (rating.rater === null) anonymous++
    else {
      const key = `${rating.person.id}|${rating.indicator.id}|${rating.role}|${rating.rater}`
      const where = table.byField.has('rater') ? 'rater' : 'staffNo'
      const first = seen.get(key)
      if (first !== undefined) {
        problems.push(problemAt(table, r.row, where, t('import.problem.duplicateRating', { other: first })))
        continue
      }
      seen.set(key, r.row)
      const old = stored.get(key)
      if (old) {
        problems.push(problemAt(table, r.row, where, t('import.problem.alreadyRated', { file: old.file, row: old.row ?? '?' })))
        continue
      }
    }
    if (!applies(rating.indicator, rating.person)) {
      const msg = t('import.problem.notApplicable', {
        indicator: `${rating.indicator.code} ${rating.indicator.name}`,
        scope: rating.indicator.scope.join('、'),
        name: rating.person.name,
        position: rating.person.positionClass ?? '—',
        department: rating.person.department,
      })
      problems.push(problemAt(table, r.row, table.byField.has('indicatorCode') ? 'indicatorCode' : 'indicatorName', msg, 'warning'))
      skipped++
      continue
    }
    rows.push(rating)
  }
  if (zeros.length) notes.push(t('import.note.leadingZeros', { count: zeros.length, examples: zeros.slice(0, 3).join('，') }))
  if (skipped) notes.push(t('import.note.ratingsSkipped', { count: skipped }))
  if (anonymous) notes.push(t('import.note.anonymousDuplicates'))
  const label = (key: string) => fieldLabel('ratings', ratingsLongFields.find((f) => f.key === key) ?? ratingsLongFields[0])
  const sample = rows.slice(0, 10).map((r) => ({
    [label('staffNo')]: r.person.staffNo,
    [label('name')]: r.person.name,
    [label('indicatorCode')]: r.indicator.code,
    [label('indicatorName')]: r.indicator.name,
    [label('role')]: r.role,
    [label('rater')]: r.rater,
    [label('score')]: r.score,
  }))
  const preview = buildPreview(read, { adds: rows.length, changes: 0, unchanged: 0 }, problems, notes, sample)
  return { preview, period, rows, sameFile }
}
