import type { ReactNode } from 'react'
import { Dialog, DialogActions } from './dialog'

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
        <DialogActions
          cancelTestId={`${testId}-cancel`}
          okTestId={`${testId}-confirm`}
          busy={false}
          ok
          label={confirmLabel}
          danger={danger}
          focusCancel
          {...(cancelLabel ? { cancelLabel } : {})}
          onCancel={onCancel}
          onOk={onConfirm}
        />
      }
    >
      <div className="confirm-body">{children}</div>
    </Dialog>
  )
}
