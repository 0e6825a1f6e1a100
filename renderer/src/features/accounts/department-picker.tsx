import { useState } from 'react'
import type { Department } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { Checkbox, SearchInput } from '../../components/inputs'

/**
 * Which departments a role reaches, ticked in the org tree (indented by depth; a search narrows a
 * long tree). Nothing ticked means the whole unit, and the line above says so.
 */
export function DepartmentPicker({ departments, chosen, onChange }: { departments: readonly Department[]; chosen: readonly string[]; onChange(paths: string[]): void }) {
  const [search, setSearch] = useState('')
  // org-list answers in the tree's order (by path): each department under its parent
  const shown = search.trim() ? departments.filter((d) => d.path.includes(search.trim())) : departments
  const toggle = (path: string) => onChange(chosen.includes(path) ? chosen.filter((p) => p !== path) : [...chosen, path])
  return (
    <div className="department-picker" data-testid="department-picker">
      <div className="department-picker-head">
        <span data-testid="department-picker-summary" data-count={chosen.length}>
          {chosen.length === 0 ? t('ui.accounts.grant.wholeUnit') : t('ui.accounts.grant.chosen', { n: chosen.length })}
        </span>
        <SearchInput testId="department-picker-search" value={search} onChange={setSearch} placeholder={t('ui.accounts.grant.search')} />
        {chosen.length > 0 && (
          <button type="button" className="button button-small" data-testid="department-picker-clear" onClick={() => onChange([])}>
            {t('ui.accounts.grant.clear')}
          </button>
        )}
      </div>
      <div className="department-picker-list">
        {departments.length === 0 && <span className="muted small">{t('ui.accounts.grant.noDepartments')}</span>}
        {shown.map((d) => (
          <Checkbox
            key={d.id}
            className="department-option"
            testId={`department-option-${d.path}`}
            checked={chosen.includes(d.path)}
            onChange={() => toggle(d.path)}
            // found by a search: the whole path, since its parents may be hidden
            label={search.trim() ? d.path : <span style={{ paddingLeft: (d.path.split('/').length - 1) * 16 }}>{d.name}</span>}
          />
        ))}
      </div>
    </div>
  )
}
