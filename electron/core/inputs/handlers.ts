import type { ImportPreview, ImportResult } from '../../../shared/contract'
import type { HandlerContext, HandlerMap } from '../context'
import { AppError } from '../../../shared/contract/app-error'
import { hasErrors, refusalMessage } from '../../excel/problems'
import { insertChunks, refuseSameFile, writeBatch } from './batches'
import { planBallotsImport } from './import-ballots'
import { planMeasuresImport } from './import-measures'
import { planSatisfactionImport } from './import-satisfaction'
import type { InputPlan } from './plan-input'
import { inputsSummary } from './inputs-summary'

type Input = { period: string; file: { fileName: string; dataBase64: string }; indicator?: string; replace?: boolean }

/** The commit every input import shares: refuse on errors or a silent repeat, else one batch. */
async function commit<R>(
  ctx: HandlerContext,
  kind: 'ballots' | 'satisfaction' | 'measures',
  input: Input,
  plan: InputPlan<R>,
  insert: (rows: R[], batchId: number) => Promise<unknown>,
): Promise<ImportResult> {
  refuseSameFile(plan.sameFile, input.replace, input.period)
  const preview: ImportPreview = plan.preview
  if (hasErrors(preview.problems)) throw new AppError('bad-file', refusalMessage(preview.problems), preview.problems)
  const batchId = await writeBatch(ctx, kind, input, preview.fileHash, plan.rows.length, plan.sameFile, (id) =>
    insertChunks(ctx, plan.rows, (chunk) => insert(chunk, id)),
  )
  return { preview, written: plan.rows.length, batchId }
}

export const inputsHandlers: HandlerMap<
  | 'ballots-import-preview'
  | 'ballots-import'
  | 'satisfaction-import-preview'
  | 'satisfaction-import'
  | 'measures-import-preview'
  | 'measures-import'
  | 'inputs-summary'
> = {
  async 'ballots-import-preview'(input, ctx) {
    return (await planBallotsImport(ctx.db, input, ctx)).preview
  },
  async 'ballots-import'(input, ctx) {
    const plan = await planBallotsImport(ctx.db, input, ctx)
    return commit(ctx, 'ballots', input, plan, (rows, batchId) =>
      ctx.db
        .insertInto('ballots')
        .values(rows.map((b) => ({ period_id: input.period, person_id: b.person.id, indicator_id: b.indicator.id, ...b.votes, batch_id: batchId, source_row: b.row })))
        .execute(),
    )
  },
  async 'satisfaction-import-preview'(input, ctx) {
    return (await planSatisfactionImport(ctx.db, input, ctx)).preview
  },
  async 'satisfaction-import'(input, ctx) {
    const plan = await planSatisfactionImport(ctx.db, input, ctx)
    return commit(ctx, 'satisfaction', input, plan, (rows, batchId) =>
      ctx.db
        .insertInto('satisfaction')
        .values(
          rows.map((s) => ({
            period_id: input.period,
            person_id: s.person?.id ?? null,
            department_id: s.department?.id ?? null,
            indicator_id: s.indicator.id,
            satisfied: s.satisfied,
            basic: s.basic,
            dissatisfied: s.dissatisfied,
            rate: s.rate,
            batch_id: batchId,
            source_row: s.row,
          })),
        )
        .execute(),
    )
  },
  async 'measures-import-preview'(input, ctx) {
    return (await planMeasuresImport(ctx.db, input, ctx)).preview
  },
  async 'measures-import'(input, ctx) {
    const plan = await planMeasuresImport(ctx.db, input, ctx)
    return commit(ctx, 'measures', input, plan, (rows, batchId) =>
      ctx.db
        .insertInto('measures')
        .values(rows.map((m) => ({ period_id: input.period, person_id: m.person.id, indicator_id: m.indicator.id, actual: m.actual, batch_id: batchId, source_row: m.row })))
        .execute(),
    )
  },
  async 'inputs-summary'(input, ctx) {
    return inputsSummary(ctx.db, input.period)
  },
}
