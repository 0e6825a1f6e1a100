import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { HandlerMap } from '../context'
import type { RaterSettingsView } from '../../../shared/contract'
import { dimensionsOf } from '../../../shared/domain/scheme-tree'
import { t } from '../../../shared/i18n'
import { AppError } from '../../../shared/contract/app-error'
import { loadSchemeRaterSettings } from '../results/compute-input'
import { loadIndicators } from '../scheme/scheme-queries'
import { assertEditable, findSchemeVersion, type SchemeRow } from '../scheme/scheme-version'
import { loadSettings } from '../system/settings-store'

async function view(db: Kysely<Database>, scheme: SchemeRow): Promise<RaterSettingsView> {
  const levels = await loadSchemeRaterSettings(db, scheme.id)
  const dims = dimensionsOf(await loadIndicators(db, scheme.id))
  return {
    name: scheme.name,
    version: scheme.version,
    unit: await loadSettings(db),
    scheme: levels.scheme,
    dimensions: dims.map((d) => ({ code: d.code, name: d.name, settings: levels.dimensions[d.code] ?? null })),
  }
}

export const raterSettingsHandlers: HandlerMap<'rater-settings-get' | 'rater-settings-update'> = {
  async 'rater-settings-get'(input, ctx) {
    return view(ctx.db, await findSchemeVersion(ctx.db, input.scheme, input.version))
  },

  /** Part of the scheme version: once a period past draft uses it, its rater settings are on record too. */
  async 'rater-settings-update'(input, ctx) {
    const scheme = await findSchemeVersion(ctx.db, input.scheme, input.version)
    await assertEditable(ctx.db, scheme)
    const code = input.dimension ?? ''
    if (input.dimension !== null) {
      const dims = dimensionsOf(await loadIndicators(ctx.db, scheme.id))
      if (!dims.some((d) => d.code === input.dimension)) {
        throw new AppError('not-found', t('flags.error.dimensionNotFound', { name: scheme.name, version: scheme.version, code: input.dimension }))
      }
    }
    const before = await ctx.db.selectFrom('rater_settings').select('settings').where('scheme_id', '=', scheme.id).where('dimension_code', '=', code).executeTakeFirst()
    await ctx.db.deleteFrom('rater_settings').where('scheme_id', '=', scheme.id).where('dimension_code', '=', code).execute()
    // an empty patch sets nothing: the same as clearing the level
    const settings = input.settings && Object.keys(input.settings).length > 0 ? input.settings : null
    if (settings) await ctx.db.insertInto('rater_settings').values({ scheme_id: scheme.id, dimension_code: code, settings: JSON.stringify(settings) }).execute()
    ctx.audit({
      entity: 'rater-settings',
      entityId: `${scheme.name} v${scheme.version}${input.dimension ? ` ${input.dimension}` : ''}`,
      before: before ? JSON.parse(before.settings) : null,
      after: settings,
    })
    return view(ctx.db, scheme)
  },
}
