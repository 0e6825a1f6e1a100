import type { HandlerMap } from '../context'
import { AppError } from '../../../shared/contract/app-error'
import { hasErrors, refusalMessage } from '../../excel/problems'
import { insertChunks, refuseSameFile, writeBatch } from '../inputs/batches'
import { planRatingsImport } from './import-ratings'
import { ratingsSummary } from './ratings-queries'

export const ratingsHandlers: HandlerMap<'ratings-import-preview' | 'ratings-import' | 'ratings-summary'> = {
  async 'ratings-import-preview'(input, ctx) {
    return (await planRatingsImport(ctx.db, input.period, input.file, ctx)).preview
  },
  async 'ratings-import'(input, ctx) {
    const plan = await planRatingsImport(ctx.db, input.period, input.file, ctx)
    refuseSameFile(plan.sameFile, input.replace, input.period)
    if (hasErrors(plan.preview.problems)) throw new AppError('bad-file', refusalMessage(plan.preview.problems), plan.preview.problems)
    const total = plan.rows.length
    const batchId = await writeBatch(
      ctx,
      'ratings',
      input,
      plan.preview.fileHash,
      total,
      plan.sameFile,
      (id) =>
        insertChunks(ctx, plan.rows, (chunk) =>
          ctx.db
            .insertInto('ratings')
            .values(
              chunk.map((r) => ({
                period_id: input.period,
                person_id: r.person.id,
                indicator_id: r.indicator.id,
                role: r.role,
                rater: r.rater,
                score: r.score,
                batch_id: id,
                source_row: r.row,
              })),
            )
            .execute(),
        ),
      { sheet: plan.preview.sheet, layout: plan.preview.layout },
    )
    return { preview: plan.preview, written: total, batchId }
  },
  async 'ratings-summary'(input, ctx) {
    return ratingsSummary(ctx.db, input.period)
  },
}
