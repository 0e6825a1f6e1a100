import { useState } from 'react'
import type { KeyResultView } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { Dialog, DialogActions } from '../../components/dialog'
import { LoadError } from '../../components/page'
import { dateTime } from '../../lib/format'
import { rpc } from '../../lib/rpc'
import { useSubmit } from '../../lib/use-submit'
import { useRpcQuery } from '../../lib/use-rpc'
import { isoToday } from '../notice/dates'
import { shownPercent, shownValue } from './okr-format'

/**
 * 记录进展: a new value of a key result as of a date (not after today) with a note. The reports so
 * far are listed under it, latest first, so the current value can be traced to who reported what.
 */
export function ProgressDialog({ keyResult, onSaved, onClose }: { keyResult: KeyResultView; onSaved(k: KeyResultView, value: number): void; onClose(): void }) {
  const history = useRpcQuery('okr-kr-history', { keyResultId: keyResult.id })
  const today = isoToday()
  const [value, setValue] = useState(keyResult.current === null ? '' : String(keyResult.current))
  const [recordedOn, setRecordedOn] = useState(today)
  const [note, setNote] = useState('')
  const { busy, error, submit } = useSubmit()
  const number = value.trim() === '' ? null : Number(value)
  const ok = number !== null && Number.isFinite(number) && /^\d{4}-\d{2}-\d{2}$/.test(recordedOn) && recordedOn <= today

  const save = async () => {
    if (number === null) return
    await submit(async () => {
      const saved = await rpc('okr-kr-progress', { keyResultId: keyResult.id, value: number, recordedOn, note: note.trim() || null })
      onSaved(saved, number)
    })
  }

  return (
    <Dialog
      title={t('ui.okr.progress.title')}
      testId="okr-progress-dialog"
      wide
      onClose={onClose}
      busy={busy}
      footer={<DialogActions cancelTestId="okr-progress-cancel" okTestId="okr-progress-save" busy={busy} ok={ok} label={t('action.save')} onCancel={onClose} onOk={() => void save()} />}
    >
      <div className="form">
        <p className="banner banner-info" data-testid="okr-progress-summary">
          {t('ui.okr.progress.summary', {
            keyResult: keyResult.title,
            baseline: keyResult.baseline,
            target: keyResult.target,
            unit: keyResult.unit ?? '',
            current: keyResult.current === null ? t('ui.okr.notReported') : shownValue(keyResult.current),
            completion: shownPercent(keyResult.completion),
          })}
        </p>
        <div className="form-grid">
          <label className="field">
            <span className="field-label">{t('ui.okr.progress.value')}</span>
            <input type="number" step="any" data-testid="okr-progress-value" value={value} autoFocus onChange={(e) => setValue(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">{t('ui.okr.progress.date')}</span>
            <input type="date" data-testid="okr-progress-date" max={today} aria-invalid={recordedOn > today} value={recordedOn} onChange={(e) => setRecordedOn(e.target.value)} />
          </label>
        </div>
        <label className="field">
          <span className="field-label">{t('ui.okr.progress.note')}</span>
          <input type="text" data-testid="okr-progress-note" maxLength={1000} placeholder={t('ui.okr.progress.notePlaceholder')} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        {error && (
          <div className="banner banner-bad" role="alert" data-testid="okr-progress-error">
            {error}
          </div>
        )}
        <fieldset>
          <legend>{t('ui.okr.progress.history')}</legend>
          {history.error ? (
            <LoadError error={history.error} onRetry={history.reload} />
          ) : !history.data ? (
            <p className="muted">{t('ui.loading')}</p>
          ) : history.data.length === 0 ? (
            <p className="muted" data-testid="okr-progress-history-empty">
              {t('ui.okr.progress.historyEmpty')}
            </p>
          ) : (
            <div className="okr-history">
              <table className="table" data-testid="okr-progress-history">
                <thead>
                  <tr>
                    <th>{t('ui.okr.progress.col.date')}</th>
                    <th className="num">{t('ui.okr.progress.col.value')}</th>
                    <th>{t('ui.okr.progress.col.note')}</th>
                    <th>{t('ui.okr.progress.col.by')}</th>
                    <th>{t('ui.okr.progress.col.at')}</th>
                  </tr>
                </thead>
                <tbody>
                  {history.data.map((h) => (
                    <tr key={h.id} data-testid="okr-progress-entry">
                      <td>{h.recordedOn}</td>
                      <td className="num">{shownValue(h.value)}</td>
                      <td className="wrap">{h.note ?? ''}</td>
                      <td>{h.recordedBy}</td>
                      <td>{dateTime(h.recordedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </fieldset>
      </div>
    </Dialog>
  )
}
