import { useEffect, useState } from 'react'
import type { Scheme } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { QUANTITY_SHARE_LIMIT } from '../../../../shared/domain/scheme-balance'
import { LoadError } from '../../components/page'
import { Field } from '../../components/field'
import { Select } from '../../components/inputs'
import { percent } from '../../lib/format'
import { useRpcQuery } from '../../lib/use-rpc'
import './check-panel.css'

function ShareBar({ label, share, testId }: { label: string; share: number; testId: string }) {
  const over = share > QUANTITY_SHARE_LIMIT
  return (
    <div className="share-row" data-testid={testId} data-share={share} data-state={over ? 'bad' : 'ok'}>
      <span className="share-label" title={label}>
        {label}
      </span>
      <span className="share-track">
        <span className={over ? 'share-fill share-over' : 'share-fill'} style={{ width: `${Math.min(100, share * 100)}%` }} />
        <span className="share-limit" style={{ left: `${QUANTITY_SHARE_LIMIT * 100}%` }} title={t('ui.check.limit', { limit: percent(QUANTITY_SHARE_LIMIT) })} />
      </span>
      <span className={over ? 'share-value text-bad' : 'share-value'}>{percent(share, 1)}%</span>
    </div>
  )
}

/** 体系检查: validity and balance of the saved version (re-run after every save), with the quantity share against the 70 % line. */
export function CheckPanel({ scheme, nonce, dirty }: { scheme: Scheme; nonce: number; dirty: boolean }) {
  const periods = useRpcQuery('period-list', {})
  const [period, setPeriod] = useState('')
  const check = useRpcQuery('scheme-check', { name: scheme.name, version: scheme.version, ...(period ? { period } : {}) })
  const { reload } = check
  useEffect(() => {
    if (nonce > 0) reload()
  }, [nonce, reload])
  const data = check.data
  const errors = data?.items.filter((i) => i.severity === 'error') ?? []
  const warnings = data?.items.filter((i) => i.severity === 'warning') ?? []
  const classes = data ? Object.entries(data.quantityShare.byPositionClass).sort(([a], [b]) => a.localeCompare(b, 'zh-CN')) : []

  return (
    <div className="check-panel" data-testid="check-panel">
      <div className="toolbar">
        <Field label={t('ui.check.period')} inline>
          <Select testId="check-period" value={period} options={(periods.data ?? []).map((p) => ({ value: p.id, label: `${p.id} ${p.name}` }))} empty={t('ui.check.noPeriod')} onChange={setPeriod} />
        </Field>
        <button type="button" className="button button-small" data-testid="check-rerun" onClick={reload} disabled={check.loading}>
          {t('ui.check.rerun')}
        </button>
        <span className="grow" />
        {data && (
          <span className={data.ok ? 'chip chip-ok' : 'chip chip-bad'} data-testid="check-status" data-ok={data.ok} data-errors={errors.length} data-warnings={warnings.length}>
            {data.ok ? t('ui.check.ok', { warnings: warnings.length }) : t('ui.check.bad', { errors: errors.length, warnings: warnings.length })}
          </span>
        )}
      </div>
      {dirty && <p className="hint small">{t('ui.check.savedOnly')}</p>}
      {check.error && <LoadError error={check.error} onRetry={reload} />}
      {data && (
        <div className="check-layout">
          <section className="card">
            <h2 className="panel-title">{t('ui.check.findings')}</h2>
            {data.items.length === 0 ? (
              <p className="text-ok" data-testid="check-clean">
                {t('ui.check.clean')}
              </p>
            ) : (
              <ul className="check-items" data-testid="check-items">
                {[...errors, ...warnings].map((item, i) => (
                  <li key={i} className={`check-item check-${item.severity}`} data-testid="check-item" data-severity={item.severity} data-rule={item.rule}>
                    <span className={item.severity === 'error' ? 'chip chip-bad' : 'chip chip-warn'}>{item.severity === 'error' ? t('ui.problem.error') : t('ui.problem.warning')}</span>
                    {item.indicator && <span className="mono check-code">{item.indicator}</span>}
                    <span className="check-message">{item.message}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card">
            <h2 className="panel-title">{t('ui.check.quantityShare')}</h2>
            <p className="muted small">{t('ui.check.quantityHint', { limit: percent(QUANTITY_SHARE_LIMIT) })}</p>
            <div className="share-list" data-testid="quantity-share">
              <ShareBar label={t('ui.check.overall')} share={data.quantityShare.overall} testId="share-overall" />
              {classes.map(([c, s]) => (
                <ShareBar key={c} label={c} share={s} testId={`share-class-${c}`} />
              ))}
            </div>
          </section>
        </div>
      )}
    </div>
  )
}
