import { t } from '../../../../shared/i18n'
import { ImportDialog } from '../../components/import-dialog'

/** 导入目标与关键结果 through the shared preview: nothing is written until it is confirmed. */
export function OkrImportDialog({ onImported, onClose }: { onImported(): void; onClose(): void }) {
  return <ImportDialog kind="okr" title={t('ui.okr.importTitle')} extra={{}} fileTestId="okr-import-file" onImported={onImported} onClose={onClose} />
}
