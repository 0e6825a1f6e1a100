import type { Kysely } from 'kysely'
import { type FileInput, type ImportPreview, type ImportProblem, type PenaltyKind, type PenaltyRecordType, penaltyRecordTypes } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import type { Database } from '../../db/schema'
import { penaltyFields } from '../../excel/fields'
import { cellText, parseDate } from '../../excel/normalize'
import { buildPreview, type ReadChoices, readImportFile, type ImportProgress } from '../../excel/read-import'
import { rowPerson } from '../inputs/input-rows'
import { problemAt, type RatedPerson } from '../ratings/ratings-rows'
import type { Importer } from '../imports/importer'
import { earlierBatch, insertBatch, parseTermMonths, peopleIndex, refuseSameFile, reimportNote, rowChoice, type Batch } from './history-rows'
import { problemText } from '../../excel/problems'

export interface PenaltyRow {
  row: number
  person: RatedPerson
  type: PenaltyRecordType
  kind: PenaltyKind
  decidedOn: string
  termMonths: number | null
  reason: string | null
}

export interface PenaltiesPlan {
  preview: ImportPreview
  rows: PenaltyRow[]
  fileHash: string
  sameFile: Batch | null
}

/** 不担当不作为 is the negative list; everything else is a 处分 or 组织处理. */
export const penaltyKind = (type: PenaltyRecordType): PenaltyKind => (type === '不担当不作为' ? 'negative' : 'penalty')

/** `不担当、不作为`, `警告处分` and `给予记过处分` are how decisions are often worded. */
function trimType(s: string): string {
  const k = s.replace(/[、，,·・]/g, '').replace(/^给予/, '')
  return k.endsWith('处分') && k !== '处分' ? k.slice(0, -2) : k
}

/** The same decision twice is one entry: same person, same type, same date. */
export const penaltyKey = (personId: number, type: string, decidedOn: string): string => `${personId}|${type}|${decidedOn}`

/** Reads a 处分与负面清单 file; every row is a new entry unless the same decision is already stored. */
export async function planPenaltiesImport(db: Kysely<Database>, file: FileInput, ctx: ImportProgress, reading: ReadChoices = {}): Promise<PenaltiesPlan> {
  const read = await readImportFile(file, 'ratings', penaltyFields, ctx, reading)
  const problems: ImportProblem[] = []
  const notes: string[] = []
  const sameFile = await earlierBatch(db, 'penalties', read.fileHash)
  if (sameFile) notes.push(reimportNote(sameFile))
  const table = read.search.table
  if (!table) return { preview: buildPreview(read, { adds: 0, changes: 0, unchanged: 0 }, problems, notes, []), rows: [], fileHash: read.fileHash, sameFile }
  ctx.progress(0, table.rows.length, 'progress.checking')
  const people = await peopleIndex(db)
  const stored = new Set((await db.selectFrom('penalties').select(['person_id', 'type', 'decided_on']).execute()).map((p) => penaltyKey(p.person_id, p.type, p.decided_on)))
  const seen = new Map<string, number>()
  const zeros: string[] = []
  const rows: PenaltyRow[] = []
  for (const r of table.rows) {
    const person = rowPerson(table, r, people, problems, zeros)
    let ok = person !== null
    const type = rowChoice(table, r, 'type', penaltyRecordTypes, problems, { normalise: trimType })
    if (type.ok && type.value === null && !r.flagged.has('type')) problems.push(problemAt(table, r.row, 'type', problemText('import.problem.required')))
    const dateCell = r.values.decidedOn ?? null
    const date = parseDate(dateCell)
    if (!date.ok) {
      ok = false
      problems.push(problemAt(table, r.row, 'decidedOn', problemText('import.problem.badDate', { value: cellText(dateCell) ?? '' })))
    } else if (date.value === null) {
      ok = false
      if (!r.flagged.has('decidedOn')) problems.push(problemAt(table, r.row, 'decidedOn', problemText('import.problem.required')))
    }
    const termCell = r.values.term ?? null
    const term = parseTermMonths(termCell)
    if (!term.ok) {
      ok = false
      problems.push(problemAt(table, r.row, 'term', problemText('history.problem.badTerm', { value: cellText(termCell) ?? '' })))
    }
    if (!ok || !type.ok || type.value === null || !term.ok || !date.ok || date.value === null || person === null) continue
    const key = penaltyKey(person.id, type.value, date.value)
    const first = seen.get(key)
    if (first !== undefined) {
      problems.push(problemAt(table, r.row, 'type', problemText('history.problem.duplicatePenalty', { other: first })))
      continue
    }
    seen.set(key, r.row)
    if (stored.has(key)) {
      problems.push(problemAt(table, r.row, 'type', problemText('history.problem.penaltyStored', { staffNo: person.staffNo, date: date.value, type: type.value })))
      continue
    }
    const reason = cellText(r.values.reason ?? null)
    rows.push({ row: r.row, person, type: type.value, kind: penaltyKind(type.value), decidedOn: date.value, termMonths: term.value, reason })
  }
  if (zeros.length) notes.push(t('import.note.leadingZeros', { count: zeros.length, examples: zeros.slice(0, 3).join('，') }))
  const negative = rows.filter((p) => p.kind === 'negative').length
  if (negative) notes.push(t('history.note.negative', { count: negative }))
  const sample = rows.slice(0, 10).map((p) => ({
    [t('import.field.ratings.staffNo')]: p.person.staffNo,
    [t('import.field.ratings.name')]: p.person.name,
    [t('history.sample.type')]: p.type,
    [t('history.sample.kind')]: t(p.kind === 'negative' ? 'history.kind.negative' : 'history.kind.penalty'),
    [t('history.sample.decidedOn')]: p.decidedOn,
    [t('history.sample.term')]: p.termMonths,
    [t('history.sample.reason')]: p.reason,
  }))
  const preview = buildPreview(read, { adds: rows.length, changes: 0, unchanged: 0 }, problems, notes, sample)
  return { preview, rows, fileHash: read.fileHash, sameFile }
}

/** 处分与负面清单: every row a new entry; the same decision already stored is an error in the preview. */
export const penaltiesImporter: Importer<'penalties', PenaltiesPlan> = {
  plan: (input, ctx) => planPenaltiesImport(ctx.db, input.file, ctx, input),
  // a repeat of the same file would only find every row already stored; say so plainly instead
  refuse: (plan) => refuseSameFile(plan.sameFile, false),
  async write(plan, input, ctx) {
    const batchId = await insertBatch(ctx, 'penalties', input.file.fileName, plan.fileHash, plan.rows.length)
    const now = new Date().toISOString()
    for (let i = 0; i < plan.rows.length; i += 500) {
      const chunk = plan.rows.slice(i, i + 500)
      await ctx.db
        .insertInto('penalties')
        .values(
          chunk.map((p) => ({
            person_id: p.person.id,
            type: p.type,
            kind: p.kind,
            decided_on: p.decidedOn,
            term_months: p.termMonths,
            reason: p.reason,
            batch_id: batchId,
            source_row: p.row,
            created_at: now,
            created_by: ctx.caller.name,
          })),
        )
        .execute()
      ctx.progress(Math.min(i + 500, plan.rows.length), plan.rows.length, 'progress.writing')
      await ctx.checkpoint()
    }
    ctx.audit({
      entity: 'import_batch',
      entityId: batchId,
      before: null,
      after: { kind: 'penalties', file: input.file.fileName, fileHash: plan.fileHash, rows: plan.rows.map((p) => ({ staffNo: p.person.staffNo, type: p.type, decidedOn: p.decidedOn, termMonths: p.termMonths, reason: p.reason })) },
    })
    return { written: plan.rows.length, batchId }
  },
}
