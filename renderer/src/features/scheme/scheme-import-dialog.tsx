import { useState } from 'react'
import { t } from '../../../../shared/i18n'
import { ImportDialog } from '../../components/import-dialog'

/** Import of an indicator workbook under a new scheme name (an existing scheme is never replaced: ratings and results hang on it). */
export function SchemeImportDialog({ existing, onClose, onImported }: { existing: string[]; onClose(): void; onImported(name: string): void }) {
  const [name, setName] = useState('')
  const trimmed = name.trim()
  const taken = existing.includes(trimmed)
  return (
    <ImportDialog
      kind="scheme"
      title={t('ui.scheme.importTitle')}
      extra={{ name: trimmed }}
      fileTestId="scheme-import-file"
      ready={trimmed.length > 0 && !taken}
      previewKey={trimmed}
      // the labelled text field with its help or error line is the shape of scheme-create-dialog's
      // name, period-form's id and scope-editor's other scope (duplicates D2, D25, D29): the dialog
      // kit's labelled field (renderer/src/components, built in parallel) is where all four meet
      fields={
        <label className="field">
          <span className="field-label">{t('ui.scheme.name')}</span>
          <input
            type="text"
            data-testid="scheme-import-name"
            value={name}
            maxLength={100}
            placeholder={t('ui.scheme.namePlaceholder')}
            aria-invalid={taken}
            onChange={(e) => setName(e.target.value)}
            autoFocus
          />
          {taken ? (
            <span className="field-error" data-testid="scheme-import-name-error">
              {t('ui.scheme.nameExists', { name: trimmed })}
            </span>
          ) : (
            <span className="field-help">{t('ui.scheme.nameNew')}</span>
          )}
        </label>
      }
      onImported={() => onImported(trimmed)}
      onClose={onClose}
    />
  )
}
