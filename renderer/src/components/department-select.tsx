import { t } from '../../../shared/i18n'

/** The 部门 filter above a grid: everyone, or one department. */
export function DepartmentSelect({ testId, value, departments, allLabel, onChange }: { testId: string; value: string; departments: readonly string[]; allLabel: string; onChange(value: string): void }) {
  return (
    <label className="field field-inline">
      <span className="field-label">{t('ui.person.department')}</span>
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{allLabel}</option>
        {departments.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
    </label>
  )
}
