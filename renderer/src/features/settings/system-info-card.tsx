import { t } from '../../../../shared/i18n'
import { LoadError } from '../../components/page'
import { dateTime } from '../../lib/format'
import { useSystemInfo } from '../../lib/system-info'
import { Facts } from '../../components/facts'

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
            { label: t('ui.system.user'), value: t('ui.system.userRole', { name: info.data.user.name, role: info.data.user.role }) },
            { label: t('ui.system.dbPath'), value: info.data.dbPath, valueProps: { className: 'mono break', 'data-testid': 'system-db-path' } },
            {
              label: t('ui.system.migrations'),
              value: (
                <ul className="plain-list" data-testid="system-migrations">
                  {info.data.migrations.map((m) => (
                    <li key={m.id}>
                      <span className="mono">{m.name}</span> <span className="muted small">{dateTime(m.appliedAt)}</span>
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
    </section>
  )
}
