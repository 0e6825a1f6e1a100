import { useMemo } from 'react'
import { contract, methodNames, type Input } from '../../../../shared/contract'
import { getLocale, t } from '../../../../shared/i18n'
import { methodWords } from '../../../../shared/i18n/method-words'
import { Field } from '../../components/field'
import { DateInput, Select, TextInput, type Choice } from '../../components/inputs'

export interface AuditFilters {
  user: string
  method: string
  entity: string
  since: string
  until: string
}

export const noFilters: AuditFilters = { user: '', method: '', entity: '', since: '', until: '' }

/** The filters as `audit-list` and `audit-export` take them: only those filled in, trimmed. */
export function filterInput(f: AuditFilters): Input<'audit-export'> {
  return Object.fromEntries(
    Object.entries(f)
      .map(([k, v]) => [k, v.trim()])
      .filter(([, v]) => v !== ''),
  ) as Input<'audit-export'>
}

// what the log can hold: every changing call, every export (the dispatch audits both)
const recorded = methodNames.filter((m) => contract[m].mutates || /-export(-all)?$/.test(m))

/**
 * The 操作 choices: the methods the log records, in words, then the names found in the log that the
 * contract no longer has (a method since renamed or removed), shown as stored.
 */
export function methodChoices(seen: Iterable<string>): Choice[] {
  const current = recorded.map((m) => ({ value: m as string, label: methodWords(m) })).sort((a, b) => a.label.localeCompare(b.label, getLocale()))
  const known = new Set<string>(recorded)
  const old = [...new Set(seen)].filter((m) => !known.has(m)).sort()
  return [...current, ...old.map((m) => ({ value: m, label: methodWords(m) }))]
}

interface AuditFilterBarProps {
  value: AuditFilters
  onChange(f: AuditFilters): void
  /** raw method names, accounts and objects met in the log so far (suggestions) */
  seen: { methods: ReadonlySet<string>; users: ReadonlySet<string>; entities: ReadonlySet<string> }
  onApply(): void
  onClear(): void
}

/** 账号, 操作, 对象, 起止日期 above the log; 查询 (or Enter) applies them. */
export function AuditFilterBar({ value, onChange, seen, onApply, onClear }: AuditFilterBarProps) {
  const methods = useMemo(() => methodChoices([...seen.methods, ...(value.method ? [value.method] : [])]), [seen.methods, value.method])
  const set = (k: keyof AuditFilters) => (v: string) => onChange({ ...value, [k]: v })
  const list = (id: string, values: ReadonlySet<string>) => (
    <datalist id={id}>
      {[...values].sort().map((v) => (
        <option key={v} value={v} />
      ))}
    </datalist>
  )
  return (
    <form
      className="filter-bar audit-filters"
      data-testid="audit-filters"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        onApply()
      }}
    >
      <Field label={t('ui.auditLog.filter.user')} inline>
        <TextInput testId="audit-filter-user" list="audit-users" maxLength={200} value={value.user} onChange={set('user')} />
      </Field>
      {list('audit-users', seen.users)}
      <Field label={t('ui.auditLog.filter.method')} inline>
        <Select testId="audit-filter-method" value={value.method} empty={t('ui.auditLog.filter.all')} options={methods} onChange={set('method')} />
      </Field>
      <Field label={t('ui.auditLog.filter.entity')} inline>
        <TextInput testId="audit-filter-entity" list="audit-entities" maxLength={200} value={value.entity} onChange={set('entity')} />
      </Field>
      {list('audit-entities', seen.entities)}
      <Field label={t('ui.auditLog.filter.since')} inline>
        <DateInput testId="audit-filter-since" value={value.since} onChange={set('since')} />
      </Field>
      <Field label={t('ui.auditLog.filter.until')} inline>
        <DateInput testId="audit-filter-until" value={value.until} onChange={set('until')} />
      </Field>
      <button type="submit" className="button button-primary" data-testid="audit-apply">
        {t('ui.auditLog.filter.apply')}
      </button>
      <button type="button" className="button" data-testid="audit-clear" onClick={onClear}>
        {t('ui.auditLog.filter.clear')}
      </button>
    </form>
  )
}
