import type { Kysely } from 'kysely'
import { type FileInput, type HistoryAnnualGrade, historyAnnualGrades, type HistoryQuarterGrade, historyQuarterGrades, type ImportPreview, type ImportProblem } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import type { Database } from '../../db/schema'
import { historyFields } from '../../excel/fields'
import { cellText } from '../../excel/normalize'
import { buildPreview, type ReadChoices, readImportFile, type ImportProgress } from '../../excel/read-import'
import { rowPerson } from '../inputs/input-rows'
import { problemAt, type RatedPerson } from '../ratings/ratings-rows'
import type { Importer } from '../imports/importer'
import { earlierBatch, insertBatch, parseYear, peopleIndex, refuseSameFile, reimportNote, rowChoice, type Batch } from './history-rows'
import { problemText } from '../../excel/problems'

export type Quarters = [HistoryQuarterGrade | null, HistoryQuarterGrade | null, HistoryQuarterGrade | null, HistoryQuarterGrade | null]

/** One person's year as stored and as audited. */
export interface YearGrades {
  annualGrade: HistoryAnnualGrade
  quarters: Quarters
}

export interface HistoryRow extends YearGrades {
  row: number
  person: RatedPerson
  year: number
}

export interface HistoryPlan {
  preview: ImportPreview
  adds: HistoryRow[]
  updates: { row: HistoryRow; before: YearGrades }[]
  fileHash: string
  sameFile: Batch | null
}

const quarterKeys = ['q1', 'q2', 'q3', 'q4'] as const

/** `优秀等次` and `称职（等次）` are how some offices write a grade; 不定等次 keeps its own word. */
const trimGrade = (s: string): string => (s === '不定等次' ? s : s.replace(/\(.*\)$/, '').replace(/等次$/, ''))

export const quartersText = (q: Quarters): string => q.map((g) => g ?? '—').join(' ')

/**
 * Reads a 历史等次 file and compares it with what is stored: a person's year not yet stored is added,
 * one stored with other grades is updated (its old grades audited), one the same is left alone.
 */
export async function planHistoryImport(db: Kysely<Database>, file: FileInput, ctx: ImportProgress, reading: ReadChoices = {}): Promise<HistoryPlan> {
  const read = await readImportFile(file, 'ratings', historyFields, ctx, reading)
  const problems: ImportProblem[] = []
  const notes: string[] = []
  const sameFile = await earlierBatch(db, 'history', read.fileHash)
  if (sameFile) notes.push(reimportNote(sameFile))
  const table = read.search.table
  const none = { adds: [], updates: [], fileHash: read.fileHash, sameFile }
  if (!table) return { preview: buildPreview(read, { adds: 0, changes: 0, unchanged: 0 }, problems, notes, []), ...none }
  ctx.progress(0, table.rows.length, 'progress.checking')
  const people = await peopleIndex(db)
  const stored = new Map(
    (await db.selectFrom('grade_history').selectAll().execute()).map((h) => [
      `${h.person_id}|${h.year}`,
      { annualGrade: h.annual_grade as HistoryAnnualGrade, quarters: [h.q1, h.q2, h.q3, h.q4] as Quarters },
    ]),
  )
  const thisYear = new Date().getFullYear()
  const seen = new Map<string, number>()
  const zeros: string[] = []
  const adds: HistoryRow[] = []
  const updates: HistoryPlan['updates'] = []
  let unchanged = 0
  for (const r of table.rows) {
    const person = rowPerson(table, r, people, problems, zeros)
    let ok = person !== null
    const yearCell = r.values.year ?? null
    const year = parseYear(yearCell)
    if (year === null) {
      ok = false
      const text = cellText(yearCell)
      if (text === null) {
        if (!r.flagged.has('year')) problems.push(problemAt(table, r.row, 'year', problemText('import.problem.required')))
      } else problems.push(problemAt(table, r.row, 'year', problemText('history.problem.badYear', { value: text })))
    } else if (year > thisYear) {
      ok = false
      problems.push(problemAt(table, r.row, 'year', problemText('history.problem.futureYear', { year })))
    }
    const annual = rowChoice(table, r, 'annualGrade', historyAnnualGrades, problems, { normalise: trimGrade })
    if (annual.ok && annual.value === null && !r.flagged.has('annualGrade')) problems.push(problemAt(table, r.row, 'annualGrade', problemText('import.problem.required')))
    const quarters: (HistoryQuarterGrade | null)[] = []
    for (const k of quarterKeys) {
      const q = rowChoice(table, r, k, historyQuarterGrades, problems, { blankMarks: true, normalise: trimGrade })
      if (!q.ok) ok = false
      else quarters.push(q.value)
    }
    if (!ok || !annual.ok || annual.value === null || person === null || year === null) continue
    const key = `${person.id}|${year}`
    const first = seen.get(key)
    if (first !== undefined) {
      problems.push(problemAt(table, r.row, 'year', problemText('history.problem.duplicateYear', { other: first })))
      continue
    }
    seen.set(key, r.row)
    const row: HistoryRow = { row: r.row, person, year, annualGrade: annual.value, quarters: quarters as Quarters }
    const before = stored.get(key)
    if (!before) adds.push(row)
    else if (before.annualGrade === row.annualGrade && before.quarters.every((q, i) => q === row.quarters[i])) unchanged++
    else updates.push({ row, before })
  }
  if (zeros.length) notes.push(t('import.note.leadingZeros', { count: zeros.length, examples: zeros.slice(0, 3).join('，') }))
  if (updates.length) {
    const examples = updates
      .slice(0, 3)
      .map((u) => `${u.row.person.staffNo} ${u.row.person.name} ${u.row.year}：${u.before.annualGrade} → ${u.row.annualGrade}`)
      .join('；')
    notes.push(t('history.note.changes', { count: updates.length, examples }))
  }
  if (unchanged) notes.push(t('history.note.unchanged', { count: unchanged }))
  const sample = [...adds, ...updates.map((u) => u.row)].slice(0, 10).map((h) => ({
    [t('import.field.ratings.staffNo')]: h.person.staffNo,
    [t('import.field.ratings.name')]: h.person.name,
    [t('history.sample.year')]: h.year,
    [t('history.sample.annualGrade')]: h.annualGrade,
    [t('history.sample.quarters')]: quartersText(h.quarters),
  }))
  const preview = buildPreview(read, { adds: adds.length, changes: updates.length, unchanged }, problems, notes, sample)
  return { preview, adds, updates, fileHash: read.fileHash, sameFile }
}

const gradeColumns = (h: HistoryRow) => ({ annual_grade: h.annualGrade, q1: h.quarters[0], q2: h.quarters[1], q3: h.quarters[2], q4: h.quarters[3] })
const snapshot = (h: HistoryRow) => ({ annualGrade: h.annualGrade, quarters: h.quarters })

/**
 * 历史等次: a person's year not yet stored is added, one stored with other grades updated (audited
 * before and after); the same bytes again are refused unless `replace` (then only what differs is written).
 */
export const historyImporter: Importer<'history', HistoryPlan> = {
  plan: (input, ctx) => planHistoryImport(ctx.db, input.file, ctx, input),
  refuse: (plan, input) => refuseSameFile(plan.sameFile, input.replace),
  async write(plan, input, ctx) {
    const written = plan.adds.length + plan.updates.length
    const batchId = await insertBatch(ctx, 'history', input.file.fileName, plan.fileHash, written)
    const now = new Date().toISOString()
    let done = 0
    for (const h of plan.adds) {
      await ctx.db
        .insertInto('grade_history')
        .values({ person_id: h.person.id, year: h.year, ...gradeColumns(h), batch_id: batchId, source_row: h.row, updated_at: now })
        .execute()
      if (++done % 500 === 0) {
        ctx.progress(done, written, 'progress.writing')
        await ctx.checkpoint()
      }
    }
    for (const u of plan.updates) {
      await ctx.db
        .updateTable('grade_history')
        .set({ ...gradeColumns(u.row), batch_id: batchId, source_row: u.row.row, updated_at: now })
        .where('person_id', '=', u.row.person.id)
        .where('year', '=', u.row.year)
        .execute()
      ctx.audit({ entity: 'grade_history', entityId: `${u.row.person.staffNo}/${u.row.year}`, before: u.before, after: snapshot(u.row) })
    }
    ctx.audit({
      entity: 'import_batch',
      entityId: batchId,
      before: null,
      // the added years themselves, so the log alone can say what a batch brought in (updates have their own entries)
      after: {
        kind: 'history',
        file: input.file.fileName,
        fileHash: plan.fileHash,
        adds: plan.adds.map((h) => ({ staffNo: h.person.staffNo, year: h.year, ...snapshot(h) })),
        updates: plan.updates.length,
        replaces: plan.sameFile?.id ?? null,
      },
    })
    ctx.progress(written, written, 'progress.writing')
    return { written, batchId }
  },
}
