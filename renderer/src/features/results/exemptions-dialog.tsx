import { useState } from 'react'
import type { Exemption } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { Dialog } from '../../components/dialog'
import { FormActions } from '../../components/field'
import { TextArea } from '../../components/inputs'
import { useNotify, useToastFailure } from '../../components/notify'
import { LoadError } from '../../components/page'
import { BusyProgress } from '../../components/progress-bar'
import { dateTime } from '../../lib/format'
import { useMayCall } from '../../lib/route-access'
import { rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'
import { useSubmit } from '../../lib/use-submit'
import { TableHead } from '../../components/table-head'

function RemoveForm({ exemption, canRemove, onRemoved }: { exemption: Exemption; canRemove: boolean; onRemoved(): void }) {
  const notify = useNotify()
  const [reason, setReason] = useState('')
  const removing = useSubmit(useToastFailure())
  const remove = () =>
    removing.submit(async (call) => {
      await rpc('exemptions-remove', { id: exemption.id, reason: reason.trim() }, call)
      notify.success(t('ui.exempt.removed'))
      onRemoved()
    })
  return (
    <div className="exempt-remove" data-testid="exemption-remove-form">
      <p>{t('ui.exempt.removeText', { name: exemption.name, indicator: exemption.indicatorName })}</p>
      <TextArea testId="exemption-remove-reason" aria-label={t('ui.exempt.removeReason')} rows={2} value={reason} onChange={setReason} />
      <BusyProgress submit={removing} testId="exemption-remove-progress" label={t('ui.exempt.recomputing')} />
      <FormActions>
        <button type="button" className="button button-danger" data-testid="exemption-remove-confirm" disabled={!canRemove || removing.busy || reason.trim().length < 2} onClick={() => void remove()}>
          {t('ui.exempt.removeConfirm')}
        </button>
      </FormActions>
    </div>
  )
}

/** The period's risk exemptions with who decided them, and their removal (which recomputes). */
export function ExemptionsDialog({ period, blocked, onChanged, onClose }: { period: string; blocked: string | null; onChanged(): void; onClose(): void }) {
  const list = useRpcQuery('exemptions-list', { period })
  const [removing, setRemoving] = useState<number | null>(null)
  const rows = list.data ?? []
  // a role that reads the exemptions but may not lift one gets no column of 撤销 buttons
  const mayRemove = useMayCall('exemptions-remove')
  return (
    <Dialog title={t('ui.exempt.listTitle', { period })} testId="exemptions-dialog" wide onClose={onClose}>
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      {!list.loading && !list.error && rows.length === 0 && <p className="muted">{t('ui.exempt.none')}</p>}
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="table" data-testid="exemptions-table">
            <TableHead cells={[t('ui.exempt.col.person'), t('ui.exempt.col.indicator'), t('ui.exempt.col.evaluation'), t('ui.exempt.col.reason'), t('ui.exempt.col.decided'), ...(mayRemove ? [null] : [])]} />
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
                  {mayRemove && (
                    <td>
                      <span title={blocked ?? undefined}>
                        <button type="button" className="button button-small" data-testid={`exemption-remove-${e.id}`} disabled={blocked !== null} onClick={() => setRemoving(removing === e.id ? null : e.id)}>
                          {t('ui.exempt.remove')}
                        </button>
                      </span>
                    </td>
                  )}
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
