import type { SchemeSummary } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { Field } from '../../components/field'
import { Select } from '../../components/inputs'

export interface SchemeChoice {
  name: string
  /** null: the newest, once known */
  version: number | null
}

/** Each scheme's name once, in the list's order. */
export const schemeNames = (schemes: readonly SchemeSummary[]): string[] => [...new Set(schemes.map((s) => s.name))]

/** The versions of one scheme, newest first. */
export const versionsOf = (schemes: readonly SchemeSummary[], name: string | undefined): SchemeSummary[] => schemes.filter((s) => s.name === name).sort((a, b) => b.version - a.version)

/** Scheme by name, then one of its versions (newest first; a frozen one says which period froze it). */
export function SchemePicker({ schemes, choice, onChoose }: { schemes: SchemeSummary[]; choice: SchemeChoice | null; onChoose(c: SchemeChoice): void }) {
  const names = schemeNames(schemes)
  const versions = versionsOf(schemes, choice?.name)
  return (
    <>
      <Field label={t('ui.scheme.label')} inline>
        <Select
          testId="scheme-select"
          value={choice?.name ?? ''}
          disabled={names.length === 0}
          options={names}
          empty={names.length === 0 ? t('ui.scheme.none') : undefined}
          onChange={(name) => onChoose({ name, version: versionsOf(schemes, name)[0]?.version ?? null })}
        />
      </Field>
      <Field label={t('ui.versions.label')} inline>
        <Select
          testId="scheme-version-select"
          value={choice?.version ?? ''}
          disabled={versions.length === 0}
          options={versions.map((v) => ({
            value: v.version,
            label: v.status === 'frozen' ? t('ui.versions.optionFrozen', { version: v.version, period: v.frozenBy ?? '' }) : t('ui.versions.optionDraft', { version: v.version }),
          }))}
          onChange={(version) => choice && onChoose({ name: choice.name, version })}
        />
      </Field>
    </>
  )
}
