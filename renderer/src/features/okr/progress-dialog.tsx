import { useState } from 'react'
import type { KeyResultView } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { FormDialog } from '../../components/dialog'
import { Field } from '../../components/field'
import { DateInput, NumberInput, TextInput } from '../../components/inputs'
import { LoadError } from '../../components/page'
import { dateTime } from '../../lib/format'
import { rpc } from '../../lib/rpc'
import { useSubmit } from '../../lib/use-submit'
import { useRpcQuery } from '../../lib/use-rpc'
import { isoToday } from '../notice/dates'
import { shownPercent, shownValue } from './okr-format'
import { num, TableHead } from '../../components/table-head'

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
  const saving = useSubmit()
  const number = value.trim() === '' ? null : Number(value)
  const ok = number !== null && Number.isFinite(number) && /^\d{4}-\d{2}-\d{2}$/.test(recordedOn) && recordedOn <= today

  const save = async () => {
    if (number === null) return
    await saving.submit(async () => {
      const saved = await rpc('okr-kr-progress', { keyResultId: keyResult.id, value: number, recordedOn, note: note.trim() || null })
      onSaved(saved, number)
    })
  }

  return (
    <FormDialog title={t('ui.okr.progress.title')} testId="okr-progress-dialog" wide onClose={onClose} submit={saving} action={{ label: t('action.save'), ok, onOk: save }}>
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
          <Field label={t('ui.okr.progress.value')}>
            <NumberInput spinner step="any" testId="okr-progress-value" value={value} autoFocus onChange={setValue} />
          </Field>
          <Field label={t('ui.okr.progress.date')}>
            <DateInput testId="okr-progress-date" max={today} invalid={recordedOn > today} value={recordedOn} onChange={setRecordedOn} />
          </Field>
        </div>
        <Field label={t('ui.okr.progress.note')}>
          <TextInput testId="okr-progress-note" maxLength={1000} placeholder={t('ui.okr.progress.notePlaceholder')} value={note} onChange={setNote} />
        </Field>
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
                <TableHead cells={[t('ui.okr.progress.col.date'), num(t('ui.okr.progress.col.value')), t('ui.okr.progress.col.note'), t('ui.okr.progress.col.by'), t('ui.okr.progress.col.at')]} />
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
    </FormDialog>
  )
}
