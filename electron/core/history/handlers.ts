import { t } from '../../../shared/i18n'
import type { HandlerMap } from '../context'
import { AppError } from '../../../shared/contract/app-error'
import { hasErrors, refusalMessage } from '../../excel/problems'
import { listHistory, listPenalties } from './history-queries'
import { insertBatch, peopleIndex, refuseSameFile } from './history-rows'
import { planHistoryImport, type HistoryRow } from './import-history'
import { penaltyKey, penaltyKind, planPenaltiesImport } from './import-penalties'

const gradeColumns = (h: HistoryRow) => ({ annual_grade: h.annualGrade, q1: h.quarters[0], q2: h.quarters[1], q3: h.quarters[2], q4: h.quarters[3] })
const snapshot = (h: HistoryRow) => ({ annualGrade: h.annualGrade, quarters: h.quarters })

export const historyHandlers: HandlerMap<
  'history-import-preview' | 'history-import' | 'history-list' | 'penalties-import-preview' | 'penalties-import' | 'penalties-list' | 'penalty-add'
> = {
  async 'history-import-preview'(input, ctx) {
    return (await planHistoryImport(ctx.db, input.file, ctx)).preview
  },
  async 'history-import'(input, ctx) {
    const plan = await planHistoryImport(ctx.db, input.file, ctx)
    refuseSameFile(plan.sameFile, input.replace)
    if (hasErrors(plan.preview.problems)) throw new AppError('bad-file', refusalMessage(plan.preview.problems), plan.preview.problems)
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
    return { preview: plan.preview, written, batchId }
  },
  async 'history-list'(input, ctx) {
    return listHistory(ctx.db, input.staffNo)
  },
  async 'penalties-import-preview'(input, ctx) {
    return (await planPenaltiesImport(ctx.db, input.file, ctx)).preview
  },
  async 'penalties-import'(input, ctx) {
    const plan = await planPenaltiesImport(ctx.db, input.file, ctx)
    // a repeat of the same file would only find every row already stored; say so plainly instead
    refuseSameFile(plan.sameFile, false)
    if (hasErrors(plan.preview.problems)) throw new AppError('bad-file', refusalMessage(plan.preview.problems), plan.preview.problems)
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
    return { preview: plan.preview, written: plan.rows.length, batchId }
  },
  async 'penalties-list'(input, ctx) {
    return listPenalties(ctx.db, input)
  },
  async 'penalty-add'(input, ctx) {
    const m = (await peopleIndex(ctx.db)).match(input.staffNo.normalize('NFKC').trim())
    if (m.kind === 'none') throw new AppError('not-found', t('import.problem.unknownStaffNo', { staffNo: input.staffNo }))
    if (m.kind === 'ambiguous') throw new AppError('invalid-input', t('import.problem.ambiguousStaffNo', { staffNo: input.staffNo, list: m.candidates.join('、') }))
    const person = m.item
    const existing = await ctx.db.selectFrom('penalties').select(['person_id', 'type', 'decided_on']).where('person_id', '=', person.id).execute()
    if (existing.some((p) => penaltyKey(p.person_id, p.type, p.decided_on) === penaltyKey(person.id, input.type, input.decidedOn))) {
      throw new AppError('conflict', t('history.problem.penaltyStored', { staffNo: person.staffNo, date: input.decidedOn, type: input.type }))
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
