import type { HandlerMap } from '../context'
import { AppError } from '../errors'
import { t } from '../../../shared/i18n'
import { findScheme, frozenBy, loadIndicators, schemeSummaries, toIndicator } from './scheme-queries'
import { schemeImportHandlers } from './import-handlers'

export const schemeHandlers: HandlerMap<
  'scheme-list' | 'scheme-get' | 'scheme-import-preview' | 'scheme-import' | 'scheme-indicator-update'
> = {
  ...schemeImportHandlers,
  async 'scheme-list'(_input, ctx) {
    return schemeSummaries(ctx.db)
  },
  async 'scheme-get'(input, ctx) {
    const scheme = await findScheme(ctx.db, input.name)
    const summary = (await schemeSummaries(ctx.db)).find((s) => s.id === scheme.id)
    if (!summary) throw new AppError('not-found', t('scheme.notFound', { name: input.name }))
    return { ...summary, indicators: await loadIndicators(ctx.db, scheme.id) }
  },
  async 'scheme-indicator-update'(input, ctx) {
    const scheme = await findScheme(ctx.db, input.name)
    const period = await frozenBy(ctx.db, scheme.id)
    if (period) throw new AppError('frozen', t('scheme.frozen', { name: scheme.name, period }))
    const before = await ctx.db
      .selectFrom('indicators')
      .selectAll()
      .where('scheme_id', '=', scheme.id)
      .where('code', '=', input.code)
      .executeTakeFirst()
    if (!before) throw new AppError('not-found', t('scheme.indicatorNotFound', { code: input.code, name: scheme.name }))
    const patch = input.patch
    await ctx.db
      .updateTable('indicators')
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.weight !== undefined ? { weight: patch.weight } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
      })
      .where('id', '=', before.id)
      .execute()
    const after = await ctx.db.selectFrom('indicators').selectAll().where('id', '=', before.id).executeTakeFirstOrThrow()
    ctx.audit({ entity: 'indicator', entityId: `${scheme.name}/${input.code}`, before: toIndicator(before), after: toIndicator(after) })
    return toIndicator(after)
  },
}
