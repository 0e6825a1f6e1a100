import type { HandlerContext, HandlerMap } from '../context'
import { t } from '../../../shared/i18n'
import { AppError } from '../../../shared/contract/app-error'
import { localToday } from '../notice/dates'
import { keyResultRow, latestValue, oneKeyResult, oneObjective, progressEntries } from './okr-queries'
import { auditedSave } from './audited-save'
import { KEY_RESULT_ENTITY, keyResultSnapshot, keyResultWithHistory, PROGRESS_ENTITY } from './snapshots'

/** Key result titles are unique within an objective: that is how an import finds one again. */
async function refuseDuplicate(ctx: HandlerContext, objectiveId: number, title: string, exceptId: number | undefined): Promise<void> {
  let q = ctx.db.selectFrom('key_results').select('id').where('objective_id', '=', objectiveId).where('title', '=', title)
  if (exceptId !== undefined) q = q.where('id', '<>', exceptId)
  if (await q.executeTakeFirst()) {
    const objective = await oneObjective(ctx.db, objectiveId, localToday())
    throw new AppError('conflict', t('okr.error.duplicateKeyResult', { objective: objective.title, title }))
  }
}

/** The key result's current value follows its latest report by date, so a late entry for an earlier month never overwrites a newer one. */
export async function refreshCurrent(ctx: HandlerContext, keyResultId: number, now: string): Promise<void> {
  const current = await latestValue(ctx.db, keyResultId)
  await ctx.db.updateTable('key_results').set({ current, updated_by: ctx.caller.name, updated_at: now }).where('id', '=', keyResultId).execute()
}

export const keyResultHandlers: HandlerMap<'okr-kr-save' | 'okr-kr-remove' | 'okr-kr-progress' | 'okr-kr-history'> = {
  async 'okr-kr-save'(input, ctx) {
    const today = localToday()
    const objective = await oneObjective(ctx.db, input.objectiveId, today)
    await refuseDuplicate(ctx, objective.id, input.title, input.id)
    const start = input.startDate ?? objective.startDate
    const due = input.dueDate ?? objective.dueDate
    if (due < start) throw new AppError('invalid-input', t('okr.error.windowBroken', { keyResult: input.title, start, due }))
    const now = new Date().toISOString()
    const values = {
      objective_id: objective.id,
      title: input.title,
      unit: input.unit || null,
      baseline: input.baseline,
      target: input.target,
      start_date: input.startDate ?? null,
      due_date: input.dueDate ?? null,
      weight: input.weight,
      updated_by: ctx.caller.name,
      updated_at: now,
    }
    return auditedSave(ctx, input.id, {
      entity: KEY_RESULT_ENTITY,
      async insert() {
        const last = await ctx.db
          .selectFrom('key_results')
          .select(({ fn }) => fn.max('sort_order').as('n'))
          .where('objective_id', '=', objective.id)
          .executeTakeFirst()
        const { id } = await ctx.db
          .insertInto('key_results')
          .values({ ...values, current: null, sort_order: (last?.n ?? 0) + 1, batch_id: null, source_row: null })
          .returning('id')
          .executeTakeFirstOrThrow()
        return id
      },
      async update(id) {
        await ctx.db.updateTable('key_results').set(values).where('id', '=', id).execute()
      },
      read: (id) => oneKeyResult(ctx.db, id, today),
      snapshot: keyResultSnapshot,
    })
  },

  /** The key result goes with its reports; the log keeps it and every report, as they were. */
  async 'okr-kr-remove'(input, ctx) {
    const removed = await oneKeyResult(ctx.db, input.id, localToday())
    const history = await progressEntries(ctx.db, removed.id)
    await ctx.db.deleteFrom('kr_progress').where('key_result_id', '=', removed.id).execute()
    await ctx.db.deleteFrom('key_results').where('id', '=', removed.id).execute()
    ctx.audit({ entity: KEY_RESULT_ENTITY, entityId: removed.id, before: keyResultWithHistory(removed, history), after: { removed: true, reason: input.reason || null } })
    return removed
  },

  /** A value as of a date: kept in the history, and the key result's current value if it is the latest. */
  async 'okr-kr-progress'(input, ctx) {
    const today = localToday()
    if (input.recordedOn > today) throw new AppError('invalid-input', t('okr.error.progressInFuture', { date: input.recordedOn, today }))
    const kr = await keyResultRow(ctx.db, input.keyResultId)
    const now = new Date().toISOString()
    const { id } = await ctx.db
      .insertInto('kr_progress')
      .values({ key_result_id: kr.id, value: input.value, recorded_on: input.recordedOn, note: input.note || null, batch_id: null, recorded_by: ctx.caller.name, recorded_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    await refreshCurrent(ctx, kr.id, now)
    const after = await oneKeyResult(ctx.db, kr.id, today)
    ctx.audit({
      entity: PROGRESS_ENTITY,
      entityId: id,
      before: { keyResultId: kr.id, current: kr.current },
      after: { keyResultId: kr.id, value: input.value, recordedOn: input.recordedOn, note: input.note || null, current: after.current },
    })
    return after
  },

  async 'okr-kr-history'(input, ctx) {
    await keyResultRow(ctx.db, input.keyResultId)
    return progressEntries(ctx.db, input.keyResultId)
  },
}
