import type { Kysely, Selectable } from 'kysely'
import { type FileInput, type ImportProblem, type RatingsPreview } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import type { Database, ImportBatchTable, PeriodTable } from '../../db/schema'
import { ratingsLongFields } from '../../excel/fields'
import { cellProblem, problemText, rowProblem } from '../../excel/problems'
import { buildPreview, type ReadChoices, fieldLabel, readImportFile, type ImportProgress, type ReadFile } from '../../excel/read-import'
import type { Importer } from '../imports/importer'
import { earlierBatch, periodBatch, reimportNote } from '../inputs/batches'
import { findOpenPeriod, lookups } from './period-lookups'
import { applies, readRatingRow, type RatingRow } from './ratings-rows'
import { findWide, readWideRow, type RatingCandidate } from './wide-ratings'
import { officeText } from '../../../shared/i18n/office-text'

export interface RatingsPlan {
  preview: RatingsPreview
  period: Selectable<PeriodTable>
  rows: RatingRow[]
  /** an earlier batch of this period with the same bytes */
  sameFile: Selectable<ImportBatchTable> | null
}

/** Ratings already stored for the period (outside a batch being replaced), by person|indicator|role|rater. */
async function storedRatings(db: Kysely<Database>, periodId: string, exclude: number | null): Promise<Map<string, { file: string; row: number | null }>> {
  let q = db
    .selectFrom('ratings')
    .leftJoin('import_batches', 'import_batches.id', 'ratings.batch_id')
    .select(['ratings.person_id', 'ratings.indicator_id', 'ratings.role', 'ratings.rater', 'ratings.source_row', 'import_batches.file_name'])
    .where('ratings.period_id', '=', periodId)
    .where('ratings.rater', 'is not', null)
  if (exclude !== null) q = q.where((eb) => eb.or([eb('ratings.batch_id', 'is', null), eb('ratings.batch_id', '!=', exclude)]))
  const rows = await q.execute()
  return new Map(rows.map((r) => [`${r.person_id}|${r.indicator_id}|${r.role}|${r.rater}`, { file: r.file_name ?? '', row: r.source_row }]))
}

/** Long layout: a score column and an indicator column (code or name) on the chosen sheet. */
const isLong = (read: ReadFile) => {
  const table = read.search.table
  return table !== null && table.byField.has('score') && (table.byField.has('indicatorCode') || table.byField.has('indicatorName'))
}

/**
 * Reads a ratings file for a period, long (评分明细) or wide (评分表) as it finds it, and checks every
 * rating against roster and scheme, against the others in the file and against what is stored.
 */
export async function planRatingsImport(db: Kysely<Database>, periodId: string, file: FileInput, ctx: ImportProgress, reading: ReadChoices = {}): Promise<RatingsPlan> {
  const period = await findOpenPeriod(db, periodId)
  let read = await readImportFile(file, 'ratings', ratingsLongFields, ctx, reading)
  const problems: ImportProblem[] = []
  const notes: string[] = []
  const sameFile = await earlierBatch(db, periodId, read.fileHash)
  if (sameFile) notes.push(reimportNote(sameFile))
  const lk = await lookups(db, period.scheme_id)
  const candidates: RatingCandidate[] = []
  const zeros: string[] = []
  let layout: RatingsPreview['layout'] = null
  let blanks = 0
  const wide = isLong(read) ? null : findWide(read.workbook, lk.indicators, problems, reading)
  if (wide) {
    layout = 'wide'
    read = { ...read, search: wide.search }
    notes.push(t('inputs.note.layoutWide', { count: wide.indicatorColumns }))
    for (const sheet of wide.sheets) {
      const sourceKey = sheet.roleSource === 'cell' ? 'inputs.note.roleFromCell' : sheet.roleSource === 'sheet' ? 'inputs.note.roleFromSheet' : 'inputs.note.roleFromColumn'
      const roles = new Set<string>()
      for (let i = 0; i < sheet.table.rows.length; i++) {
        if (i % 200 === 0) {
          ctx.progress(i, sheet.table.rows.length, 'progress.checking')
          await ctx.checkpoint()
        }
        const one = readWideRow(sheet, sheet.table.rows[i], lk, problems, zeros)
        candidates.push(...one.candidates)
        for (const c of one.candidates) roles.add(c.rating.role)
        blanks += one.blanks
      }
      const role = sheet.role ?? ([...roles].join('、') || '—')
      notes.push(t('inputs.note.wideSheet', { sheet: sheet.table.sheet, role, source: t(sourceKey), rows: sheet.table.rows.length }))
    }
    if (blanks) notes.push(t('inputs.note.blankCells', { count: blanks }))
  } else if (read.search.table) {
    const table = read.search.table
    layout = 'long'
    notes.push(t('inputs.note.layoutLong'))
    // neither layout fits: say what a wide sheet would have needed too, not only the long columns
    if (!table.byField.has('score')) notes.push(problemText('inputs.problem.noIndicatorColumns', { sheet: table.sheet, scheme: lk.schemeName }))
    const where = table.byField.get(table.byField.has('rater') ? 'rater' : 'staffNo') ?? null
    const indicatorCol = table.byField.get(table.byField.has('indicatorCode') ? 'indicatorCode' : 'indicatorName') ?? null
    for (let i = 0; i < table.rows.length; i++) {
      if (i % 500 === 0) {
        ctx.progress(i, table.rows.length, 'progress.checking')
        await ctx.checkpoint()
      }
      const rating = readRatingRow(table, table.rows[i], lk, problems)
      if (!rating) continue
      if (rating.zeros && !zeros.includes(rating.zeros)) zeros.push(rating.zeros)
      const dupKey = `${rating.person.id}|${rating.indicator.id}|${rating.role}|${rating.rater}`
      candidates.push({ rating, table, at: where, indicatorAt: indicatorCol, dupKey })
    }
  }
  const none = { adds: 0, changes: 0, unchanged: 0 }
  if (!layout) return { preview: { ...buildPreview(read, none, problems, notes, []), layout }, period, rows: [], sameFile }
  notes.splice(sameFile ? 1 : 0, 0, t('import.note.ratingsPeriod', { period: officeText(periodId), scheme: officeText(lk.schemeName) }))
  const rows = await checkCandidates(candidates, await storedRatings(db, periodId, sameFile?.id ?? null), problems, notes, ctx)
  if (zeros.length) notes.push(t('import.note.leadingZeros', { count: zeros.length, examples: zeros.slice(0, 3).join('，') }))
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
  return { preview: { ...preview, layout }, period, rows, sameFile }
}

/** Duplicates within the file and against stored ratings refused; not-applicable ones skipped with a warning. */
async function checkCandidates(
  candidates: RatingCandidate[],
  stored: Map<string, { file: string; row: number | null }>,
  problems: ImportProblem[],
  notes: string[],
  ctx: ImportProgress,
): Promise<RatingRow[]> {
  const at = (c: RatingCandidate, message: string, severity: ImportProblem['severity'] = 'error', col = c.at) =>
    col ? cellProblem(severity, c.table.sheet, c.rating.row, col, message) : rowProblem(severity, c.table.sheet, c.rating.row, message)
  const seen = new Map<string, number>()
  const rows: RatingRow[] = []
  let skipped = 0
  let anonymous = 0
  for (let i = 0; i < candidates.length; i++) {
    if (i % 2000 === 0) await ctx.checkpoint()
    const c = candidates[i]
    const rating = c.rating
    if (rating.rater === null) anonymous++
    else {
      const first = seen.get(c.dupKey)
      if (first !== undefined) {
        problems.push(at(c, problemText('import.problem.duplicateRating', { other: first })))
        continue
      }
      seen.set(c.dupKey, rating.row)
      const old = stored.get(c.dupKey)
      if (old) {
        problems.push(at(c, problemText('import.problem.alreadyRated', { file: old.file, row: old.row ?? '?' })))
        continue
      }
    }
    if (!applies(rating.indicator, rating.person)) {
      const msg = problemText('import.problem.notApplicable', {
        indicator: `${rating.indicator.code} ${rating.indicator.name}`,
        scope: rating.indicator.scope.join('、'),
        name: rating.person.name,
        position: rating.person.positionClass ?? '—',
        department: rating.person.department,
      })
      problems.push(at(c, msg, 'warning', c.indicatorAt))
      skipped++
      continue
    }
    rows.push(rating)
  }
  if (skipped) notes.push(t('import.note.ratingsSkipped', { count: skipped }))
  if (anonymous) notes.push(t('import.note.anonymousDuplicates'))
  return rows
}

/**
 * 评分: every rating a new row of one batch of the period. The same bytes again are refused unless
 * `replace`, which removes the earlier batch (kept in the audit entry) in the same transaction.
 */
export const ratingsImporter: Importer<'ratings', RatingsPlan> = {
  plan: (input, ctx) => planRatingsImport(ctx.db, input.period, input.file, ctx, input),
  ...periodBatch<RatingRow, RatingsPlan>(
    'ratings',
    (chunk, batchId, input, ctx) =>
      ctx.db
        .insertInto('ratings')
        .values(
          chunk.map((r) => ({
            period_id: input.period,
            person_id: r.person.id,
            indicator_id: r.indicator.id,
            role: r.role,
            rater: r.rater,
            score: r.score,
            batch_id: batchId,
            source_row: r.row,
          })),
        )
        .execute(),
    (plan) => ({ sheet: plan.preview.sheet, layout: plan.preview.layout }),
  ),
}
