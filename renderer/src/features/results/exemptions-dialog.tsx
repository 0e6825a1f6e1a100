import { useState } from 'react'
import type { Exemption, ProgressEvent } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { Dialog } from '../../components/dialog'
import { useNotify } from '../../components/notify'
import { LoadError } from '../../components/page'
import { ProgressBar } from '../../components/progress-bar'
import { dateTime } from '../../lib/format'
import { isCancelled, rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'

function RemoveForm({ exemption, canRemove, onRemoved }: { exemption: Exemption; canRemove: boolean; onRemoved(): void }) {
  const notify = useNotify()
  const [reason, setReason] = useState('')
  const [running, setRunning] = useState<AbortController | null>(null)
  const [progress, setProgress] = useState<ProgressEvent | null>(null)
  const remove = async () => {
    const c = new AbortController()
    setRunning(c)
    try {
      await rpc('exemption-remove', { id: exemption.id, reason: reason.trim() }, { signal: c.signal, onProgress: setProgress })
      notify.success(t('ui.exempt.removed'))
      onRemoved()
    } catch (e) {
      if (isCancelled(e)) notify.info(t('error.cancelled'))
      else notify.error(e)
      setRunning(null)
    }
  }
  return (
    <div className="exempt-remove" data-testid="exemption-remove-form">
      <p>{t('ui.exempt.removeText', { name: exemption.name, indicator: exemption.indicatorName })}</p>
      <textarea data-testid="exemption-remove-reason" aria-label={t('ui.exempt.removeReason')} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      {running && <ProgressBar testId="exemption-remove-progress" event={progress} label={t('ui.exempt.recomputing')} onCancel={() => running.abort()} />}
      <div className="form-actions">
        <button type="button" className="button button-danger" data-testid="exemption-remove-confirm" disabled={!canRemove || running !== null || reason.trim().length < 2} onClick={() => void remove()}>
          {t('ui.exempt.removeConfirm')}
        </button>
      </div>
    </div>
  )
}

/** The period's risk exemptions with who decided them, and their removal (which recomputes). */
export function ExemptionsDialog({ period, blocked, onChanged, onClose }: { period: string; blocked: string | null; onChanged(): void; onClose(): void }) {
  const list = useRpcQuery('exemptions-list', { period })
  const [removing, setRemoving] = useState<number | null>(null)
  const rows = list.data ?? []
  return (
    <Dialog title={t('ui.exempt.listTitle', { period })} testId="exemptions-dialog" wide onClose={onClose}>
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      {!list.loading && !list.error && rows.length === 0 && <p className="muted">{t('ui.exempt.none')}</p>}
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="table" data-testid="exemptions-table">
            <thead>
              <tr>
                <th>{t('ui.exempt.col.person')}</th>
                <th>{t('ui.exempt.col.indicator')}</th>
                <th>{t('ui.exempt.col.evaluation')}</th>
                <th>{t('ui.exempt.col.reason')}</th>
                <th>{t('ui.exempt.col.decided')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id} data-testid={`exemption-row-${e.id}`} data-staff={e.staffNo} data-indicator={e.indicatorCode}>
                  <td>
                    {e.name}
                    <div className="muted small">
                      {e.staffNo} · {e.department}
                    </div>
                  </td>
                  <td className="wrap">
                    <span className="mono muted">{e.indicatorCode}</span> {e.indicatorName}
                  </td>
                  <td className="wrap">{e.evaluation}</td>
                  <td className="wrap">{e.reason}</td>
                  <td>
                    {e.decidedBy}
                    <div className="muted small">{dateTime(e.decidedAt)}</div>
                    {e.appealId !== null && <div className="muted small">{t('ui.exempt.fromAppeal', { id: e.appealId })}</div>}
                  </td>
                  <td>
                    <span title={blocked ?? undefined}>
                      <button type="button" className="button button-small" data-testid={`exemption-remove-${e.id}`} disabled={blocked !== null} onClick={() => setRemoving(removing === e.id ? null : e.id)}>
                        {t('ui.exempt.remove')}
                      </button>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {removing !== null && rows.some((e) => e.id === removing) && (
        <RemoveForm
          key={removing}
          exemption={rows.find((e) => e.id === removing)!}
          canRemove={blocked === null}
          onRemoved={() => {
            setRemoving(null)
            list.reload()
            onChanged()
          }}
        />
      )}
    </Dialog>
  )
}
