import { useState } from 'react'
import { t } from '../../../../shared/i18n'
import { announcesReimport } from '../../components/import-calls'
import { ErrorLine } from '../../components/error-line'
import { ImportDialog } from '../../components/import-dialog'

/**
 * 导入处分与负面清单 through the shared preview. Unlike past grades, the same file again is always
 * refused (every row is already stored), so a file seen before is said so above the preview.
 */
export function PenaltiesImportDialog({ onImported, onClose }: { onImported(): void; onClose(): void }) {
  const [seenBefore, setSeenBefore] = useState(false)
  return (
    <ImportDialog
      kind="penalties"
      title={t('ui.penalty.importTitle')}
      extra={{}}
      fileTestId="penalty-import-file"
      fields={
        seenBefore ? (
          <ErrorLine testId="penalty-reimport" error={t('ui.penalty.reimport')} />
        ) : undefined
      }
      onPreview={(p) => setSeenBefore(announcesReimport(p))}
      onImported={onImported}
      onClose={onClose}
    />
  )
}
