import type { HandlerMap } from '../context'
import { AppError } from '../../../shared/contract/app-error'
import { listHistory, listPenalties } from './history-queries'
import { peopleIndex } from './history-rows'
import { penaltyKey, penaltyKind } from './penalties-importer'
import { problemText } from '../../excel/problems'

/** Past grades and penalties: reads and the one-by-one entry; their imports are history-importer.ts and penalties-importer.ts. */
export const historyHandlers: HandlerMap<'history-list' | 'penalties-list' | 'penalties-add'> = {
  async 'history-list'(input, ctx) {
    return listHistory(ctx.db, input.staffNo)
  },
  async 'penalties-list'(input, ctx) {
    return listPenalties(ctx.db, input)
  },
  async 'penalties-add'(input, ctx) {
    const m = (await peopleIndex(ctx.db)).match(input.staffNo.normalize('NFKC').trim())
    if (m.kind === 'none') throw new AppError('not-found', problemText('import.problem.unknownStaffNo', { staffNo: input.staffNo }))
    if (m.kind === 'ambiguous') throw new AppError('invalid-input', problemText('import.problem.ambiguousStaffNo', { staffNo: input.staffNo, list: m.candidates.join('、') }))
    const person = m.item
    const existing = await ctx.db.selectFrom('penalties').select(['person_id', 'type', 'decided_on']).where('person_id', '=', person.id).execute()
    if (existing.some((p) => penaltyKey(p.person_id, p.type, p.decided_on) === penaltyKey(person.id, input.type, input.decidedOn))) {
      throw new AppError('conflict', problemText('history.problem.penaltyStored', { staffNo: person.staffNo, date: input.decidedOn, type: input.type }))
    }
    const row = await ctx.db
      .insertInto('penalties')
      .values({
        person_id: person.id,
        type: input.type,
        kind: penaltyKind(input.type),
        decided_on: input.decidedOn,
        term_months: input.termMonths ?? null,
        reason: input.reason?.trim() || null,
        batch_id: null,
        source_row: null,
        created_at: new Date().toISOString(),
        created_by: ctx.caller.name,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const [entry] = await listPenalties(ctx.db, { id: row.id })
    ctx.audit({ entity: 'penalty', entityId: row.id, before: null, after: entry })
    return entry
  },
}
