import { useState } from 'react'
import type { KeyResultView, ObjectiveView } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { FormDialog } from '../../components/dialog'
import { Field } from '../../components/field'
import { NumberInput, TextInput } from '../../components/inputs'
import { rpc } from '../../lib/rpc'
import { useSubmit } from '../../lib/use-submit'
import { WindowFields } from './window-fields'

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
  const saving = useSubmit()

  const start = startDate || objective.startDate
  const due = dueDate || objective.dueDate
  const datesOk = (startDate === '' || DATE.test(startDate)) && (dueDate === '' || DATE.test(dueDate)) && due >= start
  const weightValue = numberOf(weight)
  const ok = title.trim() !== '' && numberOf(baseline) !== null && numberOf(target) !== null && datesOk && weightValue !== null && weightValue > 0

  const save = async () => {
    await saving.submit(async () => {
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
    <FormDialog title={keyResult ? t('ui.okr.kr.editTitle') : t('ui.okr.kr.addTitle', { objective: objective.title })} testId="okr-kr-dialog" onClose={onClose} submit={saving} action={{ label: t('action.save'), ok, onOk: save }}>
      <div className="form">
        <Field label={t('ui.okr.kr.title')}>
          <TextInput testId="okr-kr-title" maxLength={200} placeholder={t('ui.okr.kr.titlePlaceholder')} value={title} autoFocus onChange={setTitle} />
        </Field>
        <div className="form-grid form-grid-4">
          <Field label={t('ui.okr.kr.baseline')}>
            <NumberInput spinner step="any" testId="okr-kr-baseline" invalid={numberOf(baseline) === null} value={baseline} onChange={setBaseline} />
          </Field>
          <Field label={t('ui.okr.kr.target')}>
            <NumberInput spinner step="any" testId="okr-kr-target" invalid={numberOf(target) === null} value={target} onChange={setTarget} />
          </Field>
          <Field label={t('ui.okr.kr.unit')}>
            <TextInput testId="okr-kr-unit" maxLength={20} value={unit} onChange={setUnit} />
          </Field>
          <Field label={t('ui.okr.kr.weight')}>
            <NumberInput spinner min={0} step="any" testId="okr-kr-weight" invalid={!(weightValue !== null && weightValue > 0)} value={weight} onChange={setWeight} />
          </Field>
        </div>
        <p className="field-help">{t('ui.okr.kr.directionHelp')}</p>
        <p className="field-help">{t('ui.okr.kr.weightHelp')}</p>
        <WindowFields of="kr" start={startDate} due={dueDate} bad={!datesOk} onStart={setStartDate} onDue={setDueDate} />
        <p className="field-help">{t('ui.okr.kr.datesHelp', { start: objective.startDate, due: objective.dueDate })}</p>
      </div>
    </FormDialog>
  )
}
