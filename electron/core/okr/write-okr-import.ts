import type { FileInput } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import type { HandlerContext } from '../context'
import { localToday } from '../notice/dates'
import type { KeyResultValues, OkrPlan } from './okr-plan'
import { refreshCurrent } from './key-result-handlers'
import { KEY_RESULT_ENTITY } from './snapshots'

/**
 * Writes a checked plan in the caller's transaction: the batch, new objectives, added and updated
 * key results (each update audited with its columns before and after), and each 当前值 as a
 * progress report dated today, the day the office reported it. Returns the rows written.
 */
export async function writeOkrImport(ctx: HandlerContext, file: FileInput, plan: OkrPlan): Promise<{ written: number; batchId: number }> {
  const now = new Date().toISOString()
  const today = localToday()
  const keyResults = plan.objectives.flatMap((o) => o.keyResults)
  const written = keyResults.filter((k) => !k.existing || k.changed || k.progress !== null).length
  const { id: batchId } = await ctx.db
    .insertInto('import_batches')
    .values({ kind: 'okr', period_id: null, file_name: file.fileName, file_hash: plan.fileHash, rows: written, created_at: now, created_by: ctx.caller.name })
    .returning('id')
    .executeTakeFirstOrThrow()
  const who = { updated_by: ctx.caller.name, updated_at: now }
  const added: unknown[] = []
  let done = 0
  for (const o of plan.objectives) {
    let objectiveId = o.existingId
    if (objectiveId === null) {
      const row = await ctx.db
        .insertInto('objectives')
        .values({
          title: o.title,
          owner_person_id: o.owner.personId,
          owner_department_id: o.owner.departmentId,
          start_date: o.startDate,
          due_date: o.dueDate,
          weight: 1,
          note: null,
          batch_id: batchId,
          source_row: o.firstRow,
          created_by: ctx.caller.name,
          created_at: now,
          ...who,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      objectiveId = row.id
    }
    const last = await ctx.db.selectFrom('key_results').select(({ fn }) => fn.max('sort_order').as('n')).where('objective_id', '=', objectiveId).executeTakeFirst()
    let order = last?.n ?? 0
    const addedHere: unknown[] = []
    for (const k of o.keyResults) {
      let keyResultId: number
      if (k.existing) {
        keyResultId = k.existing.id
        if (k.changed) {
          await ctx.db.updateTable('key_results').set({ ...k.values, title: k.existing.title, batch_id: batchId, source_row: k.row, ...who }).where('id', '=', keyResultId).execute()
          ctx.audit({ entity: KEY_RESULT_ENTITY, entityId: keyResultId, before: snapshot(objectiveId, k.existing, k.existing.current), after: snapshot(objectiveId, { ...k.values, title: k.existing.title }, k.existing.current) })
        }
      } else {
        const row = await ctx.db
          .insertInto('key_results')
          .values({ objective_id: objectiveId, ...k.values, current: null, sort_order: ++order, batch_id: batchId, source_row: k.row, ...who })
          .returning('id')
          .executeTakeFirstOrThrow()
        keyResultId = row.id
        addedHere.push({ id: keyResultId, ...snapshot(objectiveId, k.values, k.progress) })
      }
      if (k.progress !== null) {
        await ctx.db
          .insertInto('kr_progress')
          .values({ key_result_id: keyResultId, value: k.progress, recorded_on: today, note: t('okr.note.importedProgress', { file: file.fileName, row: k.row }), batch_id: batchId, recorded_by: ctx.caller.name, recorded_at: now })
          .execute()
        await refreshCurrent(ctx, keyResultId, now)
      }
      if (++done % 200 === 0) {
        ctx.progress(done, keyResults.length, 'progress.writing')
        await ctx.checkpoint()
      }
    }
    if (addedHere.length > 0 || o.existingId === null) {
      added.push({ objectiveId, title: o.title, owner: o.owner.label, new: o.existingId === null, startDate: o.startDate, dueDate: o.dueDate, keyResults: addedHere })
    }
  }
  ctx.audit({
    entity: 'import_batch',
    entityId: batchId,
    before: null,
    // what the batch brought in, so the log alone can say so (updates have entries of their own)
    after: {
      kind: 'okr',
      file: file.fileName,
      fileHash: plan.fileHash,
      added,
      progress: keyResults.filter((k) => k.progress !== null).map((k) => ({ row: k.row, keyResult: k.values.title, value: k.progress, recordedOn: today })),
    },
  })
  ctx.progress(keyResults.length, keyResults.length, 'progress.writing')
  return { written, batchId }
}

/** The same shape as a key result's audit entries elsewhere (snapshots.ts). */
function snapshot(objectiveId: number, v: KeyResultValues, current: number | null) {
  return { objectiveId, title: v.title, unit: v.unit, baseline: v.baseline, target: v.target, current, startDate: v.start_date, dueDate: v.due_date, weight: v.weight }
}
