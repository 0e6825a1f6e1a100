import { useState } from 'react'
import type { KeyResultView, ObjectiveView } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { Dialog, DialogActions } from '../../components/dialog'
import { rpc } from '../../lib/rpc'
import { useSubmit } from '../../lib/use-submit'

const DATE = /^\d{4}-\d{2}-\d{2}$/
const numberOf = (s: string): number | null => (s.trim() === '' || !Number.isFinite(Number(s)) ? null : Number(s))

/**
 * 添加 / 编辑关键结果: what is measured, from which baseline to which target, in which unit, its own
 * dates (blank: the objective's) and its weight. The current value comes only from progress reports.
 */
export function KeyResultDialog({ objective, keyResult, onSaved, onClose }: { objective: ObjectiveView; keyResult?: KeyResultView; onSaved(k: KeyResultView): void; onClose(): void }) {
  const [title, setTitle] = useState(keyResult?.title ?? '')
  const [unit, setUnit] = useState(keyResult?.unit ?? '')
  const [baseline, setBaseline] = useState(String(keyResult?.baseline ?? 0))
  const [target, setTarget] = useState(keyResult ? String(keyResult.target) : '')
  const [startDate, setStartDate] = useState(keyResult?.startDate ?? '')
  const [dueDate, setDueDate] = useState(keyResult?.dueDate ?? '')
  const [weight, setWeight] = useState(String(keyResult?.weight ?? 1))
  const { busy, error, submit } = useSubmit()

  const start = startDate || objective.startDate
  const due = dueDate || objective.dueDate
  const datesOk = (startDate === '' || DATE.test(startDate)) && (dueDate === '' || DATE.test(dueDate)) && due >= start
  const weightValue = numberOf(weight)
  const ok = title.trim() !== '' && numberOf(baseline) !== null && numberOf(target) !== null && datesOk && weightValue !== null && weightValue > 0

  const save = async () => {
    await submit(async () => {
      const saved = await rpc('okr-kr-save', {
        ...(keyResult ? { id: keyResult.id } : {}),
        objectiveId: objective.id,
        title: title.trim(),
        unit: unit.trim() || null,
        baseline: numberOf(baseline) ?? 0,
        target: numberOf(target) ?? 0,
        startDate: startDate || null,
        dueDate: dueDate || null,
        weight: weightValue ?? 1,
      })
      onSaved(saved)
    })
  }

  return (
    <Dialog
      title={keyResult ? t('ui.okr.kr.editTitle') : t('ui.okr.kr.addTitle', { objective: objective.title })}
      testId="okr-kr-dialog"
      onClose={onClose}
      busy={busy}
      footer={<DialogActions cancelTestId="okr-kr-cancel" okTestId="okr-kr-save" busy={busy} ok={ok} label={t('action.save')} onCancel={onClose} onOk={() => void save()} />}
    >
      <div className="form">
        <label className="field">
          <span className="field-label">{t('ui.okr.kr.title')}</span>
          <input type="text" data-testid="okr-kr-title" maxLength={200} placeholder={t('ui.okr.kr.titlePlaceholder')} value={title} autoFocus onChange={(e) => setTitle(e.target.value)} />
        </label>
        <div className="form-grid form-grid-4">
          <label className="field">
            <span className="field-label">{t('ui.okr.kr.baseline')}</span>
            <input type="number" step="any" data-testid="okr-kr-baseline" aria-invalid={numberOf(baseline) === null} value={baseline} onChange={(e) => setBaseline(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">{t('ui.okr.kr.target')}</span>
            <input type="number" step="any" data-testid="okr-kr-target" aria-invalid={numberOf(target) === null} value={target} onChange={(e) => setTarget(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">{t('ui.okr.kr.unit')}</span>
            <input type="text" data-testid="okr-kr-unit" maxLength={20} value={unit} onChange={(e) => setUnit(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">{t('ui.okr.kr.weight')}</span>
            <input type="number" min={0} step="any" data-testid="okr-kr-weight" aria-invalid={!(weightValue !== null && weightValue > 0)} value={weight} onChange={(e) => setWeight(e.target.value)} />
          </label>
        </div>
        <p className="field-help">{t('ui.okr.kr.directionHelp')}</p>
        <p className="field-help">{t('ui.okr.kr.weightHelp')}</p>
        <div className="form-grid">
          <label className="field">
            <span className="field-label">{t('ui.okr.kr.start')}</span>
            <input type="date" data-testid="okr-kr-start" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">{t('ui.okr.kr.due')}</span>
            <input type="date" data-testid="okr-kr-due" aria-invalid={!datesOk} value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
          </label>
        </div>
        <p className="field-help">{t('ui.okr.kr.datesHelp', { start: objective.startDate, due: objective.dueDate })}</p>
        {error && (
          <div className="banner banner-bad" role="alert" data-testid="okr-kr-error">
            {error}
          </div>
        )}
      </div>
    </Dialog>
  )
}
