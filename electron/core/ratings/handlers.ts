import type { HandlerMap } from '../context'
import { AppError } from '../errors'
import { t } from '../../../shared/i18n'
import { hasErrors, refusalMessage } from '../../excel/problems'
import { planRatingsImport } from './import-ratings'
import { ratingsSummary } from './ratings-queries'

export const ratingsHandlers: HandlerMap<'ratings-import-preview' | 'ratings-import' | 'ratings-summary'> = {
  async 'ratings-import-preview'(input, ctx) {
    return (await planRatingsImport(ctx.db, input.period, input.file, ctx)).preview
  },
  async 'ratings-import'(input, ctx) {
    const plan = await planRatingsImport(ctx.db, input.period, input.file, ctx)
    if (plan.sameFile) {
      const b = plan.sameFile
      throw new AppError('conflict', t('import.problem.alreadyImported', { date: b.created_at.slice(0, 10), period: input.period, file: b.file_name }))
    }
    if (hasErrors(plan.preview.problems)) throw new AppError('bad-file', refusalMessage(plan.preview.problems), plan.preview.problems)
    const batch = await ctx.db
      .insertInto('import_batches')
      .values({
        kind: 'ratings',
        period_id: input.period,
        file_name: input.file.fileName,
        file_hash: plan.preview.fileHash,
        rows: plan.rows.length,
        created_at: new Date().toISOString(),
        created_by: ctx.caller.name,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const total = plan.rows.length
    for (let i = 0; i < total; i += 500) {
      const chunk = plan.rows.slice(i, i + 500).map((r) => ({
        period_id: input.period,
        person_id: r.person.id,
        indicator_id: r.indicator.id,
        role: r.role,
        rater: r.rater,
        score: r.score,
        batch_id: batch.id,
        source_row: r.row,
      }))
      await ctx.db.insertInto('ratings').values(chunk).execute()
      ctx.progress(Math.min(i + 500, total), total, 'progress.writing')
      await ctx.checkpoint()
    }
    ctx.audit({
      entity: 'import_batch',
      entityId: batch.id,
      before: null,
      after: { kind: 'ratings', period: input.period, file: input.file.fileName, fileHash: plan.preview.fileHash, rows: total, sheet: plan.preview.sheet },
    })
    return { preview: plan.preview, written: total, batchId: batch.id }
  },
  async 'ratings-summary'(input, ctx) {
    return ratingsSummary(ctx.db, input.period)
  },
}
