import { t } from '../../../shared/i18n'
import { Field } from './field'
import { Select } from './inputs'

/** The 部门 filter above a grid: everyone, or one department. */
export function DepartmentSelect({ testId, value, departments, allLabel, onChange }: { testId: string; value: string; departments: readonly string[]; allLabel: string; onChange(value: string): void }) {
  return (
    <Field label={t('ui.person.department')} inline>
      <Select testId={testId} value={value} options={departments} empty={allLabel} onChange={onChange} />
    </Field>
  )
}
