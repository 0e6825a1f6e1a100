import { useState } from 'react'
import { t } from '../../../../shared/i18n'
import { Field } from '../../components/field'
import { ImportDialog } from '../../components/import-dialog'
import { TextInput } from '../../components/inputs'

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
      fields={
        <Field
          label={t('ui.scheme.name')}
          help={t('ui.scheme.nameNew')}
          error={taken ? t('ui.scheme.nameExists', { name: trimmed }) : undefined}
          errorTestId="scheme-import-name-error"
        >
          <TextInput testId="scheme-import-name" value={name} maxLength={100} placeholder={t('ui.scheme.namePlaceholder')} invalid={taken} onChange={setName} autoFocus />
        </Field>
      }
      onImported={() => onImported(trimmed)}
      onClose={onClose}
    />
  )
}
