import { useState } from 'react'
import { t } from '../../../../shared/i18n'
import { announcesReimport } from '../../components/import-calls'
import { ImportDialog } from '../../components/import-dialog'

/**
 * 导入处分与负面清单 through the shared preview. Unlike past grades, the same file again is always
 * refused (every row is already stored), so a file seen before is said so above the preview.
 */
export function PenaltiesImportDialog({ file, onImported, onClose }: { file: File; onImported(): void; onClose(): void }) {
  const [seenBefore, setSeenBefore] = useState(false)
  return (
    <ImportDialog
      kind="penalties"
      title={t('ui.penalty.importTitle')}
      extra={{}}
      file={file}
      fields={
        seenBefore ? (
          <div className="banner banner-bad" role="alert" data-testid="penalty-reimport">
            {t('ui.penalty.reimport')}
          </div>
        ) : undefined
      }
      onPreview={(p) => setSeenBefore(announcesReimport(p))}
      onImported={onImported}
      onClose={onClose}
    />
  )
}
