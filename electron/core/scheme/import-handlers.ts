import type { HandlerMap } from '../context'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'
import { hasErrors, refusalMessage } from '../../excel/problems'
import { planSchemeImport } from './import-scheme'

export const schemeImportHandlers: HandlerMap<'scheme-import-preview' | 'scheme-import'> = {
  async 'scheme-import-preview'(input, ctx) {
    return (await planSchemeImport(ctx.db, input.file, input.name, ctx)).preview
  },
  async 'scheme-import'(input, ctx) {
    const plan = await planSchemeImport(ctx.db, input.file, input.name, ctx)
    const name = input.name.trim()
    // replacing a scheme in place could orphan ratings and frozen results: a new name is the safe way
    if (plan.exists) throw new AppError('conflict', t('import.problem.schemeExists', { name }))
    if (hasErrors(plan.preview.problems)) throw new AppError('bad-file', refusalMessage(plan.preview.problems), plan.preview.problems)
    const now = new Date().toISOString()
    const scheme = await ctx.db
      .insertInto('schemes')
      .values({ name, version: 1, status: 'draft', created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    const values = plan.rows.map((r, i) => ({
      scheme_id: scheme.id,
      code: r.code,
      name: r.name,
      parent_code: r.parentCode,
      weight: r.weight,
      layer: r.layer,
      scope: JSON.stringify(r.scope),
      nature: r.nature,
      mode: r.mode,
      target: r.target,
      direction: r.direction,
      cap: r.cap,
      valid_from: r.validFrom,
      valid_to: r.validTo,
      description: r.description,
      sort_order: i + 1,
    }))
    for (let i = 0; i < values.length; i += 500) {
      await ctx.db.insertInto('indicators').values(values.slice(i, i + 500)).execute()
      ctx.progress(Math.min(i + 500, values.length), values.length, 'progress.writing')
      await ctx.checkpoint()
    }
    ctx.audit({
      entity: 'scheme',
      entityId: `${name}/1`,
      before: null,
      after: { name, version: 1, file: input.file.fileName, fileHash: plan.preview.fileHash, indicators: plan.rows.map(({ row: _row, ...r }) => r) },
    })
    return { preview: plan.preview, written: values.length, batchId: null }
  },
}
