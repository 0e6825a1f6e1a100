import { t } from '../../../../shared/i18n'
import { LoadError } from '../../components/page'
import { dateTime } from '../../lib/format'
import { useSystemInfo } from '../../lib/system-info'

export function SystemInfoCard() {
  const info = useSystemInfo()
  return (
    <section className="card" data-testid="system-info">
      <h2 className="panel-title">{t('ui.system.title')}</h2>
      {info.error && <LoadError error={info.error} onRetry={info.reload} />}
      {info.data && (
        <dl className="facts facts-stacked">
          <div>
            <dt>{t('ui.system.version')}</dt>
            <dd data-testid="system-version">{info.data.version}</dd>
          </div>
          <div>
            <dt>{t('ui.system.user')}</dt>
            <dd>
              {t('ui.system.userRole', { name: info.data.user.name, role: info.data.user.role })}
            </dd>
          </div>
          <div>
            <dt>{t('ui.system.dbPath')}</dt>
            <dd className="mono break" data-testid="system-db-path">
              {info.data.dbPath}
            </dd>
          </div>
          <div>
            <dt>{t('ui.system.migrations')}</dt>
            <dd>
              <ul className="plain-list" data-testid="system-migrations">
                {info.data.migrations.map((m) => (
                  <li key={m.id}>
                    <span className="mono">{m.name}</span> <span className="muted small">{dateTime(m.appliedAt)}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
      )}
    </section>
  )
}
