import type { FieldChoice } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { Select } from './inputs'

/** the select's value for 忽略: a field key never starts with an underscore */
const IGNORE = '_ignore'

/**
 * Which field a column the import did not understand holds, chosen by the clerk: a field of the
 * kind, 忽略, or no choice yet. `null` clears the choice; '' is 忽略 (as the input carries it).
 */
export function ColumnChoice({ header, letter, value, choices, disabled, onChange }: { header: string; letter: string; value: string | undefined; choices: FieldChoice[]; disabled?: boolean; onChange(header: string, field: string | null): void }) {
  return (
    <Select
      testId={`column-choice-${letter}`}
      aria-label={t('ui.import.mapColumn')}
      value={value === undefined ? '' : value === '' ? IGNORE : value}
      empty={t('ui.import.mapChoose')}
      disabled={disabled}
      options={[{ value: IGNORE, label: t('ui.import.mapIgnore') }, ...choices.map((c) => ({ value: c.key, label: c.label }))]}
      onChange={(v) => onChange(header, v === '' ? null : v === IGNORE ? '' : v)}
    />
  )
}
