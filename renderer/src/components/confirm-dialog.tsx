import type { ReactNode } from 'react'
import { t } from '../../../shared/i18n'
import { Dialog } from './dialog'
import './confirm-dialog.css'

interface ConfirmDialogProps {
  title: string
  testId: string
  children: ReactNode
  confirmLabel: string
  cancelLabel?: string
  danger?: boolean
  onConfirm(): void
  onCancel(): void
}

/** A question with two answers, in the page's own dialog (window.confirm cannot be styled, translated or tested). */
export function ConfirmDialog({ title, testId, children, confirmLabel, cancelLabel, danger, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog
      title={title}
      testId={testId}
      onClose={onCancel}
      footer={
        <>
          <span className="grow" />
          <button type="button" className="button" data-testid={`${testId}-cancel`} onClick={onCancel} autoFocus>
            {cancelLabel ?? t('action.cancel')}
          </button>
          <button type="button" className={danger ? 'button button-danger' : 'button button-primary'} data-testid={`${testId}-confirm`} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <div className="confirm-body">{children}</div>
    </Dialog>
  )
}
