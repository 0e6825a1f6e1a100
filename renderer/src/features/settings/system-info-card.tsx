import { isMessageKey, t } from '../../../../shared/i18n'
import { LoadError } from '../../components/page'
import { dateTime } from '../../lib/format'
import { useSystemInfo } from '../../lib/system-info'
import { Facts } from '../../components/facts'

/**
 * The database's structure as a clerk reads it: its version (the count of upgrades run), when the
 * last one ran and what it brought. The upgrade files' own names are for the next engineer.
 */
function schemaWords(migrations: { id: number; name: string; appliedAt: string }[]): string {
  const last = migrations.at(-1)
  if (!last) return t('ui.system.schemaNone')
  const key = `ui.system.schemaStep.${last.name}`
  const what = isMessageKey(key) ? t(key) : t('ui.system.schemaStepOther')
  return t('ui.system.schema', { version: migrations.length, date: dateTime(last.appliedAt).slice(0, 10), what })
}

export function SystemInfoCard() {
  const info = useSystemInfo()
  return (
    <section className="card" data-testid="system-info">
      <h2 className="panel-title">{t('ui.system.title')}</h2>
      {info.error && <LoadError error={info.error} onRetry={info.reload} />}
      {info.data && (
        <Facts
          stacked
          facts={[
            { label: t('ui.system.version'), value: info.data.version, valueProps: { 'data-testid': 'system-version' } },
            { label: t('ui.system.user'), value: t('ui.system.userRole', { name: info.data.user.name, role: info.data.user.role }), valueProps: { 'data-user-text': '' } },
            { label: t('ui.system.dbPath'), value: info.data.dbPath, valueProps: { className: 'mono break', 'data-testid': 'system-db-path', 'data-user-text': '' } },
            { label: t('ui.system.migrations'), value: <span data-testid="system-migrations">{schemaWords(info.data.migrations)}</span> },
          ]}
        />
      )}
    </section>
  )
}
