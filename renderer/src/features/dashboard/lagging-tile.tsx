import { t } from '../../../../shared/i18n'
import { Empty, LoadError } from '../../components/page'
import { useMayCall } from '../../lib/route-access'
import { useRpcQuery } from '../../lib/use-rpc'
import { CompletionBar } from '../okr/completion-bar'
import { LagBadge } from '../okr/lag-badge'
import { shownPercent } from '../okr/okr-format'

/** the few a glance takes in; the rest are one click away under 目标管理 */
const SHOWN = 5

/** 概览's tile of key results lagging the calendar as of today: the counts, the worst few, a way to 目标管理. */
export function LaggingTile() {
  const lagging = useRpcQuery('okr-lagging', { limit: SHOWN })
  const mayAdd = useMayCall('okr-objective-save')
  const data = lagging.data
  return (
    <section
      className="card okr-tile"
      data-testid="dashboard-lagging"
      data-loaded={data !== undefined}
      data-objectives={data?.objectives ?? ''}
      data-lagging={data?.lagging ?? ''}
      data-serious={data?.serious ?? ''}
    >
      <h2 className="panel-title">
        <span>{t('ui.dashboard.okr.title')}</span>
        <a href="#/okr" data-testid="dashboard-lagging-link">
          {t('ui.dashboard.okr.link')}
        </a>
      </h2>
      {lagging.error ? (
        <LoadError error={lagging.error} onRetry={lagging.reload} />
      ) : !data ? (
        <p className="muted">{t('ui.loading')}</p>
      ) : data.objectives === 0 ? (
        <Empty testId="dashboard-lagging-empty">{t(mayAdd ? 'ui.dashboard.okr.empty' : 'ui.dashboard.okr.emptyReader')}</Empty>
      ) : (
        <>
          <div className="stats">
            <div className="stat okr-tile-stat-lagging" data-testid="dashboard-lagging-count">
              <div className="stat-value">{data.lagging}</div>
              <div className="stat-label">{t('ui.dashboard.okr.lagging')}</div>
            </div>
            <div className="stat okr-tile-stat-serious" data-testid="dashboard-serious-count">
              <div className="stat-value">{data.serious}</div>
              <div className="stat-label">{t('ui.dashboard.okr.serious')}</div>
            </div>
          </div>
          <p className="muted small">{t('ui.dashboard.okr.asOf', { date: data.asOf, objectives: data.objectives, keyResults: data.keyResults })}</p>
          {data.items.length === 0 ? (
            <p className="text-ok" data-testid="dashboard-lagging-none">
              {t('ui.dashboard.okr.none')}
            </p>
          ) : (
            <ul className="okr-tile-list">
              {data.items.map((i) => (
                <li key={i.keyResultId} data-testid="dashboard-lagging-item" data-key-result={i.keyResultId} data-lag={i.lag}>
                  <span>
                    <span className="okr-tile-kr">{i.keyResult}</span>
                    <span className="muted small">
                      {' '}
                      · {i.owner.kind === 'person' ? `${i.owner.staffNo} ${i.owner.name}` : i.owner.department} · {i.objective}
                    </span>
                  </span>
                  <span title={t('ui.dashboard.okr.item', { completion: shownPercent(i.completion), elapsed: shownPercent(i.elapsed) })}>
                    <CompletionBar value={i.completion} elapsed={i.elapsed} />
                    <span className="muted small">{t('ui.dashboard.okr.item', { completion: shownPercent(i.completion), elapsed: shownPercent(i.elapsed) })}</span>
                  </span>
                  <LagBadge lag={i.lag} gap={i.gap} />
                </li>
              ))}
            </ul>
          )}
          {data.lagging + data.serious > data.items.length && <p className="muted small">{t('ui.dashboard.okr.more', { n: data.lagging + data.serious - data.items.length })}</p>}
        </>
      )}
    </section>
  )
}
