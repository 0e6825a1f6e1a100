import { useState } from 'react'
import { t } from '../../../../shared/i18n'
import { ImportDialog } from '../../components/import-dialog'
import { rpc } from '../../lib/rpc'

/** Import of an indicator workbook under a new scheme name (an existing scheme is never replaced: ratings and results hang on it). */
export function SchemeImportDialog({ existing, onClose, onImported }: { existing: string[]; onClose(): void; onImported(name: string): void }) {
  const [name, setName] = useState('')
  const trimmed = name.trim()
  const taken = existing.includes(trimmed)
  return (
    <ImportDialog
      title={t('ui.scheme.importTitle')}
      fileTestId="scheme-import-file"
      ready={trimmed.length > 0 && !taken}
      previewKey={trimmed}
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
      preview={(file, opts) => rpc('scheme-import-preview', { file, name: trimmed }, opts)}
      commit={(file, opts) => rpc('scheme-import', { file, name: trimmed }, opts)}
      onImported={() => onImported(trimmed)}
      onClose={onClose}
    />
  )
}
