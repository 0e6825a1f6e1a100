import { t } from '../../../../shared/i18n'
import { ImportDialog } from '../../components/import-dialog'
import { rpc } from '../../lib/rpc'

/** 导入目标与关键结果 through the shared preview: nothing is written until it is confirmed. */
export function OkrImportDialog({ file, onImported, onClose }: { file: File; onImported(): void; onClose(): void }) {
  return (
    <ImportDialog
      title={t('ui.okr.importTitle')}
      file={file}
      preview={(input, opts) => rpc('okr-import-preview', { file: input }, opts)}
      commit={(input, opts) => rpc('okr-import', { file: input }, opts)}
      onImported={onImported}
      onClose={onClose}
    />
  )
}
