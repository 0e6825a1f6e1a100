import type { Kysely, Selectable } from 'kysely'
import type { KeyResultView, KrProgressEntry, ObjectiveView, OkrOwner } from '../../../shared/contract'
import { keyResultStanding, objectiveProgress } from '../../../shared/domain/okr-progress'
import { okrOf, type OkrSettings } from '../../../shared/domain/settings'
import { t } from '../../../shared/i18n'
import type { Database, KeyResultTable } from '../../db/schema'
import { AppError } from '../../../shared/contract/app-error'
import { loadSettings } from '../system/settings-store'

export type KeyResultRow = Selectable<KeyResultTable>

/** An objective as stored, with its owner's words. */
export interface ObjectiveRecord {
  id: number
  title: string
  owner: OkrOwner
  ownerPersonId: number | null
  ownerDepartmentId: number | null
  startDate: string
  dueDate: string
  weight: number
  note: string | null
  createdBy: string
  createdAt: string
  updatedBy: string
  updatedAt: string
}

/** Objectives (all, or the listed ids) with their owners, in the order lists show them. */
export async function loadObjectiveRecords(db: Kysely<Database>, ids?: readonly number[]): Promise<ObjectiveRecord[]> {
  if (ids !== undefined && ids.length === 0) return []
  // alike the period list's query only in shape: the owner is a person or a department, hence two left-joined departments
  let q = db
    .selectFrom('objectives as o')
    .leftJoin('people as p', 'p.id', 'o.owner_person_id')
    .leftJoin('departments as pd', 'pd.id', 'p.department_id')
    .leftJoin('departments as d', 'd.id', 'o.owner_department_id')
    .select([
      'o.id',
      'o.title',
      'o.owner_person_id',
      'o.owner_department_id',
      'o.start_date',
      'o.due_date',
      'o.weight',
      'o.note',
      'o.created_by',
      'o.created_at',
      'o.updated_by',
      'o.updated_at',
      'p.staff_no',
      'p.name as person_name',
      'pd.path as person_department',
      'd.path as department_path',
    ])
  if (ids !== undefined) q = q.where('o.id', 'in', [...ids])
  const rows = await q.execute()
  const records = rows.map<ObjectiveRecord>((o) => ({
    id: o.id,
    title: o.title,
    owner:
      o.owner_person_id !== null
        ? { kind: 'person', staffNo: o.staff_no ?? '', name: o.person_name ?? '', department: o.person_department ?? '' }
        : { kind: 'department', department: o.department_path ?? '' },
    ownerPersonId: o.owner_person_id,
    ownerDepartmentId: o.owner_department_id,
    startDate: o.start_date,
    dueDate: o.due_date,
    weight: o.weight,
    note: o.note,
    createdBy: o.created_by,
    createdAt: o.created_at,
    updatedBy: o.updated_by,
    updatedAt: o.updated_at,
  }))
  // by department, a department's own objectives before its people's, then by due date
  return records.sort((a, b) => compareText(a.owner.department, b.owner.department) || compareText(staffNoOf(a.owner), staffNoOf(b.owner)) || compareText(a.dueDate, b.dueDate) || a.id - b.id)
}

const staffNoOf = (o: OkrOwner) => (o.kind === 'person' ? o.staffNo : '')
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The key results of the given objectives, in their order. */
export async function loadKeyResultRows(db: Kysely<Database>, objectiveIds: readonly number[]): Promise<KeyResultRow[]> {
  if (objectiveIds.length === 0) return []
  return db.selectFrom('key_results').selectAll().where('objective_id', 'in', [...objectiveIds]).orderBy('sort_order').orderBy('id').execute()
}

/** What a key result's reports say as of a date: the value then, how many reports there are, the latest date. */
export interface ReportsAsOf {
  /** the latest report on or before the date (by its date, then as entered); null when none yet */
  value: number | null
  reports: number
  last: string | null
}

/** Each key result's reports read as of `asOf`, so a list for an earlier date shows what was known then. */
async function reportsAsOf(db: Kysely<Database>, keyResultIds: readonly number[], asOf: string): Promise<Map<number, ReportsAsOf>> {
  const out = new Map<number, ReportsAsOf>()
  if (keyResultIds.length === 0) return out
  const rows = await db
    .selectFrom('kr_progress')
    .select(['key_result_id', 'value', 'recorded_on'])
    .where('key_result_id', 'in', [...keyResultIds])
    .orderBy('recorded_on')
    .orderBy('id')
    .execute()
  for (const r of rows) {
    const s = out.get(r.key_result_id) ?? { value: null, reports: 0, last: null }
    s.reports++
    s.last = r.recorded_on
    if (r.recorded_on <= asOf) s.value = r.value
    out.set(r.key_result_id, s)
  }
  return out
}

/** A key result as of a date: its value then, completion, elapsed share and lag by the OKR rules. */
export function keyResultView(kr: KeyResultRow, objective: Pick<ObjectiveRecord, 'startDate' | 'dueDate'>, reports: ReportsAsOf | undefined, asOf: string, settings: OkrSettings): KeyResultView {
  const start = kr.start_date ?? objective.startDate
  const due = kr.due_date ?? objective.dueDate
  const current = reports?.value ?? null
  const standing = keyResultStanding({ baseline: kr.baseline, target: kr.target, current }, { start, due }, asOf, settings)
  return {
    id: kr.id,
    objectiveId: kr.objective_id,
    title: kr.title,
    unit: kr.unit,
    baseline: kr.baseline,
    target: kr.target,
    current,
    startDate: kr.start_date,
    dueDate: kr.due_date,
    start,
    due,
    weight: kr.weight,
    updatedBy: kr.updated_by,
    updatedAt: kr.updated_at,
    reports: reports?.reports ?? 0,
    lastReportedOn: reports?.last ?? null,
    ...standing,
  }
}

/** Objectives with their key results judged as of `asOf`, under the unit's lag thresholds. */
export async function objectiveViews(db: Kysely<Database>, asOf: string, ids?: readonly number[]): Promise<ObjectiveView[]> {
  const settings = okrOf(await loadSettings(db))
  const records = await loadObjectiveRecords(db, ids)
  const krs = await loadKeyResultRows(
    db,
    records.map((o) => o.id),
  )
  const reports = await reportsAsOf(
    db,
    krs.map((k) => k.id),
    asOf,
  )
  const byObjective = new Map<number, KeyResultRow[]>()
  for (const kr of krs) byObjective.set(kr.objective_id, [...(byObjective.get(kr.objective_id) ?? []), kr])
  return records.map((o) => {
    const keyResults = (byObjective.get(o.id) ?? []).map((kr) => keyResultView(kr, o, reports.get(kr.id), asOf, settings))
    const { ownerPersonId: _p, ownerDepartmentId: _d, ...shown } = o
    return {
      ...shown,
      progress: objectiveProgress(keyResults),
      keyResults,
      lagging: keyResults.filter((k) => k.lag === 'lagging').length,
      serious: keyResults.filter((k) => k.lag === 'serious').length,
    }
  })
}

export async function oneObjective(db: Kysely<Database>, id: number, asOf: string): Promise<ObjectiveView> {
  const [found] = await objectiveViews(db, asOf, [id])
  if (!found) throw new AppError('not-found', t('okr.error.objectiveNotFound', { id }))
  return found
}

export async function keyResultRow(db: Kysely<Database>, id: number): Promise<KeyResultRow> {
  const row = await db.selectFrom('key_results').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw new AppError('not-found', t('okr.error.keyResultNotFound', { id }))
  return row
}

export async function oneKeyResult(db: Kysely<Database>, id: number, asOf: string): Promise<KeyResultView> {
  const kr = await keyResultRow(db, id)
  const objective = await oneObjective(db, kr.objective_id, asOf)
  const found = objective.keyResults.find((k) => k.id === id)
  if (!found) throw new AppError('not-found', t('okr.error.keyResultNotFound', { id }))
  return found
}

/** A key result's progress reports, latest first (by the date they speak of, then as entered). */
export async function progressEntries(db: Kysely<Database>, keyResultId: number): Promise<KrProgressEntry[]> {
  const rows = await db.selectFrom('kr_progress').selectAll().where('key_result_id', '=', keyResultId).orderBy('recorded_on', 'desc').orderBy('id', 'desc').execute()
  return rows.map((r) => ({
    id: r.id,
    keyResultId: r.key_result_id,
    value: r.value,
    recordedOn: r.recorded_on,
    note: r.note,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
    batchId: r.batch_id,
  }))
}

/** The latest report's value (by its date, then as entered): what a key result's current value is. */
export async function latestValue(db: Kysely<Database>, keyResultId: number): Promise<number | null> {
  const row = await db.selectFrom('kr_progress').select('value').where('key_result_id', '=', keyResultId).orderBy('recorded_on', 'desc').orderBy('id', 'desc').executeTakeFirst()
  return row?.value ?? null
}
