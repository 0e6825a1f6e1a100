import type { Kysely } from 'kysely'
import { type FileInput, type ImportProblem } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import type { Database } from '../../db/schema'
import { okrFields } from '../../excel/fields'
import { keyText } from '../../excel/normalize'
import { buildPreview, type ReadChoices, readImportFile, type ImportProgress } from '../../excel/read-import'
import { earlierBatch, peopleIndex, reimportNote } from '../history/history-rows'
import { problemAt } from '../ratings/ratings-rows'
import type { Importer } from '../imports/importer'
import type { KeyResultValues, OkrPlan, PlannedKeyResult, PlannedObjective } from './okr-plan'
import type { KeyResultRow } from './okr-queries'
import { readOkrRow, type OkrSheetRow } from './okr-rows'
import { departmentIndex } from './owner'
import { writeOkrImport } from './write-okr-import'
import { problemText } from '../../excel/problems'

const BATCH_KIND = 'okr'

/** rows with the same owner and the same 目标 (blanks and full-width forms aside) are one objective */
const objectiveKey = (ownerKey: string, title: string) => `${ownerKey}|${keyText(title) ?? title}`

/**
 * Reads a 目标与关键结果 file and compares it with what is stored. An objective not stored yet is
 * new, with its key results; under one already stored (same owner, same 目标) a key result is matched
 * by its title: added when new, updated where the file differs, and a 当前值 that differs from its
 * current value becomes a progress report.
 */
export async function planOkrImport(db: Kysely<Database>, file: FileInput, ctx: ImportProgress, reading: ReadChoices = {}): Promise<OkrPlan> {
  const read = await readImportFile(file, 'okr', okrFields, ctx, reading)
  const problems: ImportProblem[] = []
  const notes: string[] = []
  const sameFile = await earlierBatch(db, BATCH_KIND, read.fileHash)
  if (sameFile) notes.push(reimportNote(sameFile))
  const table = read.search.table
  const empty = { objectives: [], fileHash: read.fileHash, sameFile }
  if (!table) return { preview: buildPreview(read, { adds: 0, changes: 0, unchanged: 0 }, problems, notes, []), ...empty }
  ctx.progress(0, table.rows.length, 'progress.checking')

  const lk = { people: await peopleIndex(db), department: await departmentIndex(db) }
  const zeros: string[] = []
  const groups = new Map<string, OkrSheetRow[]>()
  for (const r of table.rows) {
    const row = readOkrRow(table, r, lk, problems, zeros)
    if (!row) continue
    const key = objectiveKey(row.owner.key, row.objective)
    groups.set(key, [...(groups.get(key) ?? []), row])
  }

  const stored = await storedObjectives(db)
  const objectives: PlannedObjective[] = []
  let defaultedStarts = 0
  for (const [key, rows] of groups) {
    const existing = stored.get(key) ?? null
    const mixedWeights = rows.some((x) => x.weight === null) && rows.some((x) => x.weight !== null)
    const startDate = existing?.startDate ?? rows.map(impliedStart).sort()[0]
    const dueDate = existing?.dueDate ?? rows.map((x) => x.due).sort().pop()!
    if (!existing && rows.some((x) => x.start === null)) defaultedStarts++
    const seen = new Map<string, number>()
    const keyResults: PlannedKeyResult[] = []
    for (const x of rows) {
      const title = keyText(x.keyResult) ?? x.keyResult
      const first = seen.get(title)
      if (first !== undefined) {
        problems.push(problemAt(table, x.row, 'keyResult', problemText('okr.problem.duplicateKeyResult', { other: first })))
        continue
      }
      seen.set(title, x.row)
      if (mixedWeights && x.weight === null) {
        problems.push(problemAt(table, x.row, 'weight', problemText('okr.problem.weightMissing', { objective: x.objective })))
        continue
      }
      const values: KeyResultValues = {
        title: x.keyResult,
        unit: x.unit,
        baseline: x.baseline,
        target: x.target,
        // the objective's own dates are kept once, on the objective; a key result stores only what differs
        start_date: x.start !== null && x.start !== startDate ? x.start : null,
        due_date: x.due !== dueDate ? x.due : null,
        weight: x.weight ?? 1,
      }
      const start = values.start_date ?? startDate
      if (x.due < start) {
        problems.push(problemAt(table, x.row, 'dueDate', problemText('okr.problem.dueBeforeStart', { start, due: x.due })))
        continue
      }
      const before = existing?.keyResults.get(title) ?? null
      keyResults.push({
        row: x.row,
        existing: before,
        values,
        changed: before !== null && differs(before, values),
        progress: x.current !== null && x.current !== before?.current ? x.current : null,
      })
    }
    objectives.push({ existingId: existing?.id ?? null, title: existing?.title ?? rows[0].objective, owner: rows[0].owner, startDate, dueDate, firstRow: rows[0].row, keyResults })
  }

  const all = objectives.flatMap((o) => o.keyResults)
  const adds = all.filter((k) => !k.existing).length
  const changes = all.filter((k) => k.existing && (k.changed || k.progress !== null)).length
  const unchanged = all.length - adds - changes
  if (zeros.length) notes.push(t('import.note.leadingZeros', { count: zeros.length, examples: zeros.slice(0, 3).join('，') }))
  const newObjectives = objectives.filter((o) => o.existingId === null).length
  if (newObjectives) notes.push(t('okr.note.newObjectives', { count: newObjectives }))
  if (objectives.length > newObjectives) notes.push(t('okr.note.storedObjectives', { count: objectives.length - newObjectives }))
  const reports = all.filter((k) => k.progress !== null).length
  if (reports) notes.push(t('okr.note.progress', { count: reports }))
  if (defaultedStarts) notes.push(t('okr.note.defaultStart', { count: defaultedStarts }))
  if (unchanged) notes.push(t('okr.note.unchanged', { count: unchanged }))
  const sample = objectives.flatMap((o) =>
    o.keyResults.map((k) => ({
      [t('okr.sample.owner')]: o.owner.label,
      [t('okr.sample.objective')]: o.title,
      [t('okr.sample.keyResult')]: k.values.title,
      [t('okr.sample.range')]: `${k.values.baseline} → ${k.values.target}${k.values.unit ?? ''}`,
      [t('okr.sample.current')]: k.progress ?? k.existing?.current ?? null,
      [t('okr.sample.due')]: k.values.due_date ?? o.dueDate,
      [t('okr.sample.action')]: t(!k.existing ? 'okr.sample.add' : k.changed ? 'okr.sample.change' : k.progress !== null ? 'okr.sample.progress' : 'okr.sample.same'),
    })),
  )
  const preview = buildPreview(read, { adds, changes, unchanged }, problems, notes, sample)
  return { preview, objectives, fileHash: read.fileHash, sameFile }
}

/** A blank 开始日期 starts on 1 January of the year the key result is due. */
function impliedStart(x: OkrSheetRow): string {
  return x.start ?? `${x.due.slice(0, 4)}-01-01`
}

function differs(kr: KeyResultRow, v: KeyResultValues): boolean {
  return kr.unit !== v.unit || kr.baseline !== v.baseline || kr.target !== v.target || kr.start_date !== v.start_date || kr.due_date !== v.due_date || kr.weight !== v.weight
}

interface StoredObjective {
  id: number
  title: string
  startDate: string
  dueDate: string
  keyResults: Map<string, KeyResultRow>
}

/** Stored objectives by owner and title, each with its key results by title. */
async function storedObjectives(db: Kysely<Database>): Promise<Map<string, StoredObjective>> {
  const objectives = await db.selectFrom('objectives').select(['id', 'title', 'owner_person_id', 'owner_department_id', 'start_date', 'due_date']).execute()
  const krs = await db.selectFrom('key_results').selectAll().execute()
  const byId = new Map<number, StoredObjective>()
  const out = new Map<string, StoredObjective>()
  for (const o of objectives) {
    const owner = o.owner_person_id !== null ? `p${o.owner_person_id}` : `d${o.owner_department_id}`
    const s: StoredObjective = { id: o.id, title: o.title, startDate: o.start_date, dueDate: o.due_date, keyResults: new Map() }
    byId.set(o.id, s)
    out.set(objectiveKey(owner, o.title), s)
  }
  for (const kr of krs) byId.get(kr.objective_id)?.keyResults.set(keyText(kr.title) ?? kr.title, kr)
  return out
}

/**
 * 目标与关键结果: objectives by owner and title, their key results by title; what is new is added,
 * what differs updated, a differing 当前值 recorded as today's progress. No batch rule: a file again
 * finds everything unchanged.
 */
export const okrImporter: Importer<'okr', OkrPlan> = {
  plan: (input, ctx) => planOkrImport(ctx.db, input.file, ctx, input),
  write: (plan, input, ctx) => writeOkrImport(ctx, input.file, plan),
}
