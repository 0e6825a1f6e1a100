import { useState } from 'react'
import { t } from '../../../../shared/i18n'
import { announcesReimport } from '../../components/import-calls'
import { ImportDialog } from '../../components/import-dialog'
import { ReplaceField } from '../../components/replace-field'

/**
 * 导入历史等次 through the shared preview. The same file again is refused unless replaced, so the
 * replace choice appears (ticked, as the preview's note explains) only when the backend says so.
 */
export function HistoryImportDialog({ onImported, onClose }: { onImported(): void; onClose(): void }) {
  const [seenBefore, setSeenBefore] = useState(false)
  const [replace, setReplace] = useState(false)
  const fields = seenBefore ? (
    <ReplaceField label={t('ui.history.replaceLabel')} testId="history-replace" checked={replace} offered help={t('ui.history.replaceOffered')} onChange={setReplace} />
  ) : undefined
  return (
    <ImportDialog
      kind="history"
      title={t('ui.history.importTitle')}
      // the preview does not depend on `replace`: ticking it does not re-run the preview
      extra={{ replace: replace || undefined }}
      fileTestId="history-import-file"
      fields={fields}
      onPreview={(p) => {
        const again = announcesReimport(p)
        setSeenBefore(again)
        if (again) setReplace(true)
      }}
      onImported={onImported}
      onClose={onClose}
    />
  )
}
