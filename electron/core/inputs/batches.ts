import type { Kysely, Selectable } from 'kysely'
import type { FileInput, ImportPreview, InputKind } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import type { Database, ImportBatchTable } from '../../db/schema'
import type { HandlerContext } from '../context'
import type { Written } from '../imports/importer'
import { AppError } from '../../../shared/contract/app-error'
import { problemText } from '../../excel/problems'

export type Batch = Selectable<ImportBatchTable>

/** The tables a batch of each kind writes to. */
const rowTables = ['ratings', 'ballots', 'satisfaction', 'measures'] as const

/** An earlier batch of the period with the same bytes, whatever kind it was imported as. */
export async function earlierBatch(db: Kysely<Database>, periodId: string, fileHash: string): Promise<Batch | null> {
  return (
    (await db.selectFrom('import_batches').selectAll().where('period_id', '=', periodId).where('file_hash', '=', fileHash).orderBy('id', 'desc').executeTakeFirst()) ??
    null
  )
}

/** The preview's words for a file seen before: when, which batch, how many rows, and that it replaces. */
export function reimportNote(b: Batch): string {
  return t('inputs.note.reimport', { date: b.created_at.slice(0, 10), batch: b.id, rows: b.rows, file: b.file_name })
}

/** Same bytes again without `replace`: refused as before, so nothing is silently doubled. */
export function refuseSameFile(b: Batch | null, replace: boolean | undefined, periodId: string): void {
  if (b && !replace) throw new AppError('conflict', problemText('import.problem.alreadyImported', { date: b.created_at.slice(0, 10), period: periodId, file: b.file_name }))
}

/** Deletes the batch and its rows; answers what was removed, for the audit entry's `before`. */
async function removeBatch(db: Kysely<Database>, b: Batch): Promise<Record<string, unknown[]>> {
  const removed: Record<string, unknown[]> = {}
  for (const table of rowTables) {
    const rows = await db.selectFrom(table).selectAll().where('batch_id', '=', b.id).execute()
    if (rows.length === 0) continue
    removed[table] = rows
    await db.deleteFrom(table).where('batch_id', '=', b.id).execute()
  }
  await db.deleteFrom('import_batches').where('id', '=', b.id).execute()
  return removed
}

/**
 * Writes one import batch in the caller's transaction: the earlier batch of the same file goes first
 * (its rows kept in the audit entry as the backup), then the batch row, then `write` fills its rows.
 */
export async function writeBatch(
  ctx: HandlerContext,
  kind: InputKind,
  input: { period: string; file: FileInput },
  fileHash: string,
  rows: number,
  replaced: Batch | null,
  write: (batchId: number) => Promise<void>,
  details: Record<string, unknown> = {},
): Promise<number> {
  const before = replaced ? { batch: replaced, rows: await removeBatch(ctx.db, replaced) } : null
  const batch = await ctx.db
    .insertInto('import_batches')
    .values({ kind, period_id: input.period, file_name: input.file.fileName, file_hash: fileHash, rows, created_at: new Date().toISOString(), created_by: ctx.caller.name })
    .returning('id')
    .executeTakeFirstOrThrow()
  await write(batch.id)
  ctx.audit({
    entity: 'import_batch',
    entityId: batch.id,
    before,
    after: { kind, period: input.period, file: input.file.fileName, fileHash, rows, replaces: replaced?.id ?? null, ...details },
  })
  return batch.id
}

/** Inserts rows in chunks, reporting progress and letting a cancel through between chunks. */
export async function insertChunks<T>(ctx: HandlerContext, rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await insert(rows.slice(i, i + 500))
    ctx.progress(Math.min(i + 500, rows.length), rows.length, 'progress.writing')
    await ctx.checkpoint()
  }
}

type PeriodInput = { period: string; file: FileInput; replace?: boolean }

/**
 * The batch/replace rule and the write every rating input shares (ratings, ballots, satisfaction,
 * measures): the same bytes again are refused unless `replace`; then one batch holds all the rows,
 * an earlier batch of the same file removed first. `insert` writes one chunk of the kind's rows.
 */
export function periodBatch<R, P extends { preview: ImportPreview; rows: R[]; sameFile: Batch | null }>(
  kind: InputKind,
  insert: (chunk: R[], batchId: number, input: PeriodInput, ctx: HandlerContext) => Promise<unknown>,
  details?: (plan: P) => Record<string, unknown>,
) {
  return {
    refuse(plan: P, input: PeriodInput): void {
      refuseSameFile(plan.sameFile, input.replace, input.period)
    },
    async write(plan: P, input: PeriodInput, ctx: HandlerContext): Promise<Written> {
      const batchId = await writeBatch(ctx, kind, input, plan.preview.fileHash, plan.rows.length, plan.sameFile, (id) =>
        insertChunks(ctx, plan.rows, (chunk) => insert(chunk, id, input, ctx)),
      details?.(plan))
      return { written: plan.rows.length, batchId }
    },
  }
}
