import type { SchemeSummary } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'

export interface SchemeChoice {
  name: string
  /** null: the newest, once known */
  version: number | null
}

/** Scheme by name, then one of its versions (newest first; a frozen one says which period froze it). */
export function SchemePicker({ schemes, choice, onChoose }: { schemes: SchemeSummary[]; choice: SchemeChoice | null; onChoose(c: SchemeChoice): void }) {
  const names = [...new Set(schemes.map((s) => s.name))]
  const versions = schemes.filter((s) => s.name === choice?.name).sort((a, b) => b.version - a.version)
  return (
    <>
      <label className="field field-inline">
        <span className="field-label">{t('ui.scheme.label')}</span>
        <select
          data-testid="scheme-select"
          value={choice?.name ?? ''}
          disabled={names.length === 0}
          onChange={(e) => onChoose({ name: e.target.value, version: Math.max(...schemes.filter((s) => s.name === e.target.value).map((s) => s.version)) })}
        >
          {names.length === 0 && <option value="">{t('ui.scheme.none')}</option>}
          {names.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label className="field field-inline">
        <span className="field-label">{t('ui.versions.label')}</span>
        <select
          data-testid="scheme-version-select"
          value={choice?.version ?? ''}
          disabled={versions.length === 0}
          onChange={(e) => choice && onChoose({ name: choice.name, version: Number(e.target.value) })}
        >
          {versions.map((v) => (
            <option key={v.id} value={v.version}>
              {v.status === 'frozen'
                ? t('ui.versions.optionFrozen', { version: v.version, period: v.frozenBy ?? '' })
                : t('ui.versions.optionDraft', { version: v.version })}
            </option>
          ))}
        </select>
      </label>
    </>
  )
}
