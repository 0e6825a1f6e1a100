import { useState } from 'react'
import type { Exemption, ProgressEvent, ResultRow } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { Dialog, DialogActions } from '../../components/dialog'
import { useNotify } from '../../components/notify'
import { LoadError } from '../../components/page'
import { ProgressBar } from '../../components/progress-bar'
import { isCancelled, rpc } from '../../lib/rpc'
import { useRpcQuery } from '../../lib/use-rpc'

/** the contract's minimum for an evaluation and a reason */
const textOk = (s: string) => s.trim().length >= 2

/**
 * 容错免责 for one person: which of the indicators that apply to them, the evaluation's conclusion
 * and the reason. Saving recomputes the period (a long call, with progress and a cancel).
 */
export function ExemptDialog({ period, row, onSaved, onClose }: { period: string; row: ResultRow; onSaved(e: Exemption): void; onClose(): void }) {
  const notify = useNotify()
  const explained = useRpcQuery('results-explain', { period, staffNo: row.staffNo })
  const [indicator, setIndicator] = useState('')
  const [evaluation, setEvaluation] = useState('')
  const [reason, setReason] = useState('')
  const [running, setRunning] = useState<AbortController | null>(null)
  const [progress, setProgress] = useState<ProgressEvent | null>(null)
  const choices = (explained.data?.indicators ?? []).filter((i) => i.applicable && !i.exempted)
  const ok = indicator !== '' && textOk(evaluation) && textOk(reason)

  const save = async () => {
    const c = new AbortController()
    setRunning(c)
    setProgress(null)
    try {
      const saved = await rpc('exemption-add', { period, staffNo: row.staffNo, indicator, evaluation: evaluation.trim(), reason: reason.trim() }, { signal: c.signal, onProgress: setProgress })
      notify.success(t('ui.exempt.saved', { name: saved.name, indicator: saved.indicatorName }))
      onSaved(saved)
    } catch (e) {
      if (isCancelled(e)) notify.info(t('error.cancelled'))
      else notify.error(e)
      setRunning(null)
    }
  }

  return (
    <Dialog
      title={t('ui.exempt.title', { name: row.name, staffNo: row.staffNo })}
      testId="exempt-dialog"
      busy={running !== null}
      onClose={onClose}
      footer={<DialogActions cancelTestId="exempt-cancel" okTestId="exempt-save" busy={running !== null} ok={ok} label={t('ui.exempt.save')} onCancel={onClose} onOk={() => void save()} />}
    >
      {explained.error && <LoadError error={explained.error} onRetry={explained.reload} />}
      <p className="hint">{t('ui.exempt.effect')}</p>
      <label className="field">
        <span className="field-label">{t('ui.exempt.indicator')}</span>
        <select data-testid="exempt-indicator" value={indicator} disabled={explained.loading} onChange={(e) => setIndicator(e.target.value)}>
          <option value="">{explained.loading ? t('ui.loading') : t('ui.exempt.choose')}</option>
          {choices.map((i) => (
            <option key={i.code} value={i.code}>
              {`${'\u3000'.repeat(i.depth)}${i.code} ${i.name}`}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('ui.exempt.evaluation')}</span>
        <textarea data-testid="exempt-evaluation" rows={3} required value={evaluation} onChange={(e) => setEvaluation(e.target.value)} />
        <span className="field-help">{t('ui.exempt.evaluationHelp')}</span>
      </label>
      <label className="field">
        <span className="field-label">{t('ui.exempt.reason')}</span>
        <textarea data-testid="exempt-reason" rows={3} required value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      {running && <ProgressBar testId="exempt-progress" event={progress} label={t('ui.exempt.recomputing')} onCancel={() => running.abort()} />}
    </Dialog>
  )
}
