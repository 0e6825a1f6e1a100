import { t } from '../../../../shared/i18n'
import { Field } from '../../components/field'
import { DateInput } from '../../components/inputs'

interface WindowFieldsProps {
  /** whose window: an objective's, or a key result's own (blank: the objective's) */
  of: 'objective' | 'kr'
  start: string
  due: string
  /** the due date is before the start, or not a date */
  bad: boolean
  onStart(v: string): void
  onDue(v: string): void
}

/** 开始 and 截止 side by side: `okr-<of>-start` and `okr-<of>-due`. */
export function WindowFields({ of, start, due, bad, onStart, onDue }: WindowFieldsProps) {
  return (
    <div className="form-grid">
      <Field label={t(`ui.okr.${of}.start`)}>
        <DateInput testId={`okr-${of}-start`} value={start} onChange={onStart} />
      </Field>
      <Field label={t(`ui.okr.${of}.due`)}>
        <DateInput testId={`okr-${of}-due`} invalid={bad} value={due} onChange={onDue} />
      </Field>
    </div>
  )
}
