import { t } from '../../../../shared/i18n'
import { ImportDialog } from '../../components/import-dialog'

/** 导入目标与关键结果 through the shared preview: nothing is written until it is confirmed. */
export function OkrImportDialog({ file, onImported, onClose }: { file: File; onImported(): void; onClose(): void }) {
  return <ImportDialog kind="okr" title={t('ui.okr.importTitle')} extra={{}} file={file} onImported={onImported} onClose={onClose} />
}
