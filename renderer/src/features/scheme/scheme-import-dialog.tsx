import { useState } from 'react'
import type { SchemePreview } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { Field } from '../../components/field'
import { ImportDialog } from '../../components/import-dialog'
import { TextInput } from '../../components/inputs'

/**
 * Import of an indicator workbook under a new scheme name (an existing scheme is never replaced:
 * ratings and results hang on it). The name is an option of the preview, not a gate before it: the
 * file's title (else its sheet or file name) is suggested, and the clerk may change it.
 */
export function SchemeImportDialog({ existing, onClose, onImported }: { existing: string[]; onClose(): void; onImported(name: string): void }) {
  const [name, setName] = useState('')
  const [suggested, setSuggested] = useState('')
  const trimmed = name.trim()
  const used = trimmed || suggested
  const taken = used !== '' && existing.includes(used)
  return (
    <ImportDialog
      kind="scheme"
      title={t('ui.scheme.importTitle')}
      extra={{ name: trimmed || undefined }}
      fileTestId="scheme-import-file"
      previewKey={trimmed}
      onPreview={(p) => setSuggested((p as SchemePreview).suggestedName)}
      fields={
        <Field
          label={t('ui.scheme.name')}
          help={t('ui.scheme.nameNew')}
          error={taken ? t('ui.scheme.nameExists', { name: used }) : undefined}
          errorTestId="scheme-import-name-error"
        >
          <TextInput testId="scheme-import-name" value={name || suggested} maxLength={100} placeholder={t('ui.scheme.namePlaceholder')} invalid={taken} onChange={setName} />
        </Field>
      }
      onImported={() => onImported(used)}
      onClose={onClose}
    />
  )
}
