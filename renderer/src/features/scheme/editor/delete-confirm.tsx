import { t } from '../../../../../shared/i18n'
import { ConfirmDialog } from '../../../components/confirm-dialog'

export interface Deleting {
  code: string
  name: string
  descendants: number
}

/** 删除 asks first, naming how many rows below go with it (undo brings them back until 保存). */
export function DeleteConfirm({ deleting, onConfirm, onCancel }: { deleting: Deleting; onConfirm(): void; onCancel(): void }) {
  return (
    <ConfirmDialog title={t('ui.schemeEdit.deleteTitle')} testId="delete-confirm" confirmLabel={t('ui.schemeEdit.delete')} danger onConfirm={onConfirm} onCancel={onCancel}>
      <p>
        {deleting.descendants > 0
          ? t('ui.schemeEdit.deleteWithChildren', { code: deleting.code, name: deleting.name, n: deleting.descendants })
          : t('ui.schemeEdit.deleteOne', { code: deleting.code, name: deleting.name })}
      </p>
      <p className="muted">{t('ui.schemeEdit.deleteNote')}</p>
    </ConfirmDialog>
  )
}
