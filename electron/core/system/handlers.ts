import type { HandlerMap } from '../context'
import { defaultSettings, type RuleSettings } from '../../../shared/domain/settings'
import { loadSettings, saveSettings } from './settings-store'
import { setLocale, t } from '../../../shared/i18n'
import { setValidationLocale } from '../../../shared/i18n/validation-locale'

export const systemHandlers: HandlerMap<'system-info' | 'settings-get' | 'settings-update' | 'system-locale'> = {
  // one user per backend (the desktop app, or the browser on this machine), so the language is the backend's
  async 'system-locale'(input) {
    setLocale(input.locale)
    setValidationLocale(input.locale)
    return { locale: input.locale }
  },
  async 'system-info'(_input, ctx) {
    const migrations = await ctx.db.selectFrom('schema_migrations').selectAll().orderBy('id').execute()
    return {
      version: ctx.backend.version,
      dbPath: ctx.backend.dbPath,
      migrations: migrations.map((m) => ({ id: m.id, name: m.name, appliedAt: m.applied_at })),
      user: { name: ctx.caller.name, role: ctx.caller.role ? t(`role.${ctx.caller.role}`) : t('auth.noRole') },
    }
  },
  async 'settings-get'(_input, ctx) {
    return loadSettings(ctx.db)
  },
  async 'settings-update'(input, ctx) {
    const before = await loadSettings(ctx.db)
    // settings the form does not send (added since it was written) keep their stored values
    const after: RuleSettings = { ...defaultSettings, ...before, ...input }
    await saveSettings(ctx.db, after)
    ctx.audit({ entity: 'settings', entityId: 'rules', before, after })
    return after
  },
}
