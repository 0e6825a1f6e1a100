import type { HandlerContext, HandlerMap } from '../context'
import type { ParsedInput } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { AppError } from '../../../shared/contract/app-error'
import { localToday } from '../notice/dates'
import { loadKeyResultRows, oneObjective, progressEntries } from './okr-queries'
import { ownerLabel, resolveOwner, type OwnerIds } from './owner'
import { auditedSave } from './audited-save'
import { keyResultWithHistory, OBJECTIVE_ENTITY, objectiveSnapshot } from './snapshots'

/** One owner never has two objectives of the same title: that pair is how an import finds an objective again. */
async function refuseDuplicate(ctx: HandlerContext, owner: OwnerIds, title: string, exceptId: number | undefined): Promise<void> {
  let q = ctx.db.selectFrom('objectives').select(['id']).where('title', '=', title)
  q = owner.personId !== null ? q.where('owner_person_id', '=', owner.personId) : q.where('owner_department_id', '=', owner.departmentId)
  if (exceptId !== undefined) q = q.where('id', '<>', exceptId)
  const other = await q.executeTakeFirst()
  if (other) {
    const existing = await oneObjective(ctx.db, other.id, localToday())
    throw new AppError('conflict', t('okr.error.duplicateObjective', { owner: ownerLabel(existing.owner), title, id: other.id }))
  }
}

/** New objective dates must still hold every key result that keeps its own start or due date. */
async function refuseBrokenWindows(ctx: HandlerContext, objectiveId: number, startDate: string, dueDate: string): Promise<void> {
  for (const kr of await loadKeyResultRows(ctx.db, [objectiveId])) {
    const start = kr.start_date ?? startDate
    const due = kr.due_date ?? dueDate
    if (due < start) throw new AppError('invalid-input', t('okr.error.windowBroken', { keyResult: kr.title, start, due }))
  }
}

export const objectiveHandlers: HandlerMap<'okr-objective-save' | 'okr-objective-remove'> = {
  async 'okr-objective-save'(input: ParsedInput<'okr-objective-save'>, ctx) {
    const owner = await resolveOwner(ctx.db, input)
    await refuseDuplicate(ctx, owner, input.title, input.id)
    const now = new Date().toISOString()
    const today = localToday()
    const values = {
      title: input.title,
      owner_person_id: owner.personId,
      owner_department_id: owner.departmentId,
      start_date: input.startDate,
      due_date: input.dueDate,
      weight: input.weight,
      note: input.note || null,
      updated_by: ctx.caller.name,
      updated_at: now,
    }
    return auditedSave(ctx, input.id, {
      entity: OBJECTIVE_ENTITY,
      async insert() {
        const { id } = await ctx.db
          .insertInto('objectives')
          .values({ ...values, batch_id: null, source_row: null, created_by: ctx.caller.name, created_at: now })
          .returning('id')
          .executeTakeFirstOrThrow()
        return id
      },
      async update(id) {
        await refuseBrokenWindows(ctx, id, input.startDate, input.dueDate)
        await ctx.db.updateTable('objectives').set(values).where('id', '=', id).execute()
      },
      read: (id) => oneObjective(ctx.db, id, today),
      snapshot: objectiveSnapshot,
    })
  },

  /** The objective goes with its key results and their reports; the log keeps all of it, as it was. */
  async 'okr-objective-remove'(input, ctx) {
    const removed = await oneObjective(ctx.db, input.id, localToday())
    const keyResults = []
    for (const kr of removed.keyResults) keyResults.push(keyResultWithHistory(kr, await progressEntries(ctx.db, kr.id)))
    const krIds = removed.keyResults.map((k) => k.id)
    if (krIds.length > 0) {
      await ctx.db.deleteFrom('kr_progress').where('key_result_id', 'in', krIds).execute()
      await ctx.db.deleteFrom('key_results').where('id', 'in', krIds).execute()
    }
    await ctx.db.deleteFrom('objectives').where('id', '=', removed.id).execute()
    ctx.audit({
      entity: OBJECTIVE_ENTITY,
      entityId: removed.id,
      before: { ...objectiveSnapshot(removed), createdBy: removed.createdBy, createdAt: removed.createdAt, keyResults },
      after: { removed: true, reason: input.reason || null },
    })
    return removed
  },
}
