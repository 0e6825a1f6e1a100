import { useState } from 'react'
import type { ImportPreview } from '../../../../shared/contract'
import { t } from '../../../../shared/i18n'
import { ImportDialog } from '../../components/import-dialog'
import { rpc } from '../../lib/rpc'
import { isHistoryReimport } from './history-import'

/**
 * 导入处分与负面清单 through the shared preview. Unlike past grades, the same file again is always
 * refused (every row is already stored), so a file seen before is said so above the preview.
 */
export function PenaltiesImportDialog({ file, onImported, onClose }: { file: File; onImported(): void; onClose(): void }) {
  const [seenBefore, setSeenBefore] = useState(false)
  return (
    <ImportDialog
      title={t('ui.penalty.importTitle')}
      file={file}
      fields={
        seenBefore ? (
          <div className="banner banner-bad" role="alert" data-testid="penalty-reimport">
            {t('ui.penalty.reimport')}
          </div>
        ) : undefined
      }
      preview={async (input, opts) => {
        const p: ImportPreview = await rpc('penalties-import-preview', { file: input }, opts)
        setSeenBefore(isHistoryReimport(p))
        return p
      }}
      commit={(input, opts) => rpc('penalties-import', { file: input }, opts)}
      onImported={onImported}
      onClose={onClose}
    />
  )
}
