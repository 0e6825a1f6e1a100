import type { Kysely } from 'kysely'
import type { BallotRow, InputBatch, InputList, InputRowBase, MeasureRow, SatisfactionRow } from '../../../shared/contract'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'
import type { Database } from '../../db/schema'
import { personRowsInReach, type DepartmentReach } from '../scope/department-reach'

type InputTable = 'ballots' | 'satisfaction' | 'measures'

/** The columns every input row is listed with, named as InputRowBase names them; satisfaction's department rows have no person. */
interface BaseRecord {
  id: number
  staff_no: string | null
  person_name: string | null
  person_department: string | null
  row_department: string | null
  code: string
  indicator_name: string
  batch_id: number | null
  file_name: string | null
  created_at: string | null
  created_by: string | null
  source_row: number | null
}

/**
 * The rows of one input table for a period, kept to the caller's departments (satisfaction given
 * for a whole department counts as that department's), each with its person, item and import.
 */
async function readRows<T extends InputTable>(db: Kysely<Database>, table: T, periodId: string, reach: DepartmentReach, extra: readonly string[]): Promise<(BaseRecord & Record<string, unknown>)[]> {
  // one query shape for the three tables: Kysely cannot check joins on a table named by a type parameter
  const from = `${table} as r` as 'satisfaction as r'
  let q = db
    .selectFrom(from)
    .leftJoin('people', 'people.id', 'r.person_id')
    .leftJoin('departments as pd', 'pd.id', 'people.department_id')
    .innerJoin('indicators', 'indicators.id', 'r.indicator_id')
    .leftJoin('import_batches', 'import_batches.id', 'r.batch_id')
    .select([
      'r.id',
      'people.staff_no',
      'people.name as person_name',
      'pd.name as person_department',
      'indicators.code',
      'indicators.name as indicator_name',
      'r.batch_id',
      'import_batches.file_name',
      'import_batches.created_at',
      'import_batches.created_by',
      'r.source_row',
    ])
    .where('r.period_id', '=', periodId)
  if (table === 'satisfaction') {
    q = q.leftJoin('departments as rd', 'rd.id', 'r.department_id').select('rd.path as row_department') as unknown as typeof q
    q = personRowsInReach(q, 'r.person_id', reach, { departmentColumn: 'r.department_id' })
  } else {
    q = personRowsInReach(q, 'r.person_id', reach)
  }
  const rows = await q
    .select(extra.map((c) => `r.${c}`) as 'r.id'[])
    .orderBy('r.batch_id')
    .orderBy('r.source_row')
    .orderBy('r.id')
    .execute()
  return rows as unknown as (BaseRecord & Record<string, unknown>)[]
}

function base(r: BaseRecord): InputRowBase {
  return {
    id: r.id,
    staffNo: r.staff_no,
    name: r.person_name,
    department: r.person_department ?? r.row_department ?? '',
    indicatorCode: r.code,
    indicatorName: r.indicator_name,
    batchId: r.batch_id,
    fileName: r.file_name,
    importedAt: r.created_at,
    sourceRow: r.source_row,
  }
}

/** The batches the listed rows came from, newest first, each with how many of its rows are listed. */
function batchesOf(rows: readonly BaseRecord[]): InputBatch[] {
  const byId = new Map<number, InputBatch>()
  for (const r of rows) {
    if (r.batch_id === null) continue
    const b = byId.get(r.batch_id) ?? { id: r.batch_id, fileName: r.file_name ?? '', importedAt: r.created_at ?? '', importedBy: r.created_by ?? '', rows: 0 }
    b.rows += 1
    byId.set(r.batch_id, b)
  }
  return [...byId.values()].sort((a, b) => b.importedAt.localeCompare(a.importedAt) || b.id - a.id)
}

async function requirePeriod(db: Kysely<Database>, periodId: string): Promise<void> {
  const period = await db.selectFrom('periods').select('id').where('id', '=', periodId).executeTakeFirst()
  if (!period) throw new AppError('not-found', t('period.notFound', { id: periodId }))
}

export async function listBallots(db: Kysely<Database>, periodId: string, reach: DepartmentReach): Promise<InputList<BallotRow>> {
  await requirePeriod(db, periodId)
  const rows = await readRows(db, 'ballots', periodId, reach, ['excellent', 'competent', 'basic', 'incompetent', 'unknown'])
  return {
    period: periodId,
    rows: rows.map((r) => ({ ...base(r), excellent: Number(r.excellent), competent: Number(r.competent), basic: Number(r.basic), incompetent: Number(r.incompetent), unknown: Number(r.unknown) })),
    batches: batchesOf(rows),
  }
}

const orNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v))

export async function listSatisfaction(db: Kysely<Database>, periodId: string, reach: DepartmentReach): Promise<InputList<SatisfactionRow>> {
  await requirePeriod(db, periodId)
  const rows = await readRows(db, 'satisfaction', periodId, reach, ['satisfied', 'basic', 'dissatisfied', 'rate'])
  return {
    period: periodId,
    rows: rows.map((r) => ({ ...base(r), satisfied: orNull(r.satisfied), basic: orNull(r.basic), dissatisfied: orNull(r.dissatisfied), rate: orNull(r.rate) })),
    batches: batchesOf(rows),
  }
}

export async function listMeasures(db: Kysely<Database>, periodId: string, reach: DepartmentReach): Promise<InputList<MeasureRow>> {
  await requirePeriod(db, periodId)
  const rows = await readRows(db, 'measures', periodId, reach, ['actual'])
  return { period: periodId, rows: rows.map((r) => ({ ...base(r), actual: Number(r.actual) })), batches: batchesOf(rows) }
}
