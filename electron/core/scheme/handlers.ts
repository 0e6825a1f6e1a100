import type { HandlerMap } from '../context'
import { AppError } from '../../../shared/contract/app-error'
import { t } from '../../../shared/i18n'
import { schemeSummaries, toIndicator } from './scheme-queries'
import { assertEditable, findSchemeVersion, readScheme } from './scheme-version'
import { schemeSaveHandlers } from './scheme-save'
import { schemeCompareHandlers } from './scheme-compare'
import { schemeEffectiveHandlers } from './scheme-effective'
import { schemeCheckHandlers } from './scheme-check'
import { schemeExportHandlers } from './scheme-exports'

export const schemeHandlers: HandlerMap<
  | 'scheme-list'
  | 'scheme-get'
  | 'scheme-indicator-update'
  | 'scheme-save'
  | 'scheme-create'
  | 'scheme-new-version'
  | 'scheme-compare'
  | 'scheme-effective'
  | 'scheme-check'
  | 'scheme-export'
  | 'scheme-effective-export'
> = {
  ...schemeSaveHandlers,
  ...schemeCompareHandlers,
  ...schemeEffectiveHandlers,
  ...schemeCheckHandlers,
  ...schemeExportHandlers,
  async 'scheme-create'(input, ctx) {
    const existing = await ctx.db.selectFrom('schemes').select('name').where('name', '=', input.name).executeTakeFirst()
    if (existing) throw new AppError('conflict', t('scheme.nameTaken', { name: input.name }))
    await ctx.db
      .insertInto('schemes')
      .values({ name: input.name, version: 1, status: 'draft', created_at: new Date().toISOString(), based_on_version: null })
      .execute()
    ctx.audit({ entity: 'scheme', entityId: `${input.name}/1`, after: { name: input.name, version: 1, indicators: 0 } })
    return readScheme(ctx.db, await findSchemeVersion(ctx.db, input.name, 1))
  },
  async 'scheme-list'(_input, ctx) {
    return schemeSummaries(ctx.db)
  },
  async 'scheme-get'(input, ctx) {
    return readScheme(ctx.db, await findSchemeVersion(ctx.db, input.name, input.version))
  },
  async 'scheme-indicator-update'(input, ctx) {
    const scheme = await findSchemeVersion(ctx.db, input.name, input.version)
    await assertEditable(ctx.db, scheme)
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
    ctx.audit({ entity: 'indicator', entityId: `${scheme.name}/${scheme.version}/${input.code}`, before: toIndicator(before), after: toIndicator(after) })
    return toIndicator(after)
  },
}
