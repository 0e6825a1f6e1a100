import { useEffect, useRef, type ReactNode } from 'react'
import { t } from '../../../shared/i18n'
import type { Submit } from '../lib/use-submit'
import { ErrorLine } from './error-line'
import { ProgressBar } from './progress-bar'
import './dialog.css'

interface DialogProps {
  title: string
  testId: string
  onClose(): void
  children: ReactNode
  footer?: ReactNode
  wide?: boolean
  /** while work is running Esc and the × do nothing: the footer offers a cancel instead */
  busy?: boolean
}

/** A modal dialog on the native <dialog> element (focus trap, Esc, backdrop for free). */
export function Dialog({ title, testId, onClose, children, footer, wide, busy }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const el = ref.current
    if (el && !el.open) el.showModal()
    return () => el?.close()
  }, [])
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog-wide' : 'dialog'}
      data-testid={testId}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault()
        if (!busy) onClose()
      }}
    >
      <header className="dialog-head">
        <h2>{title}</h2>
        <button type="button" className="icon-button" aria-label={t('action.close')} disabled={busy} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="dialog-body">{children}</div>
      {footer && <footer className="dialog-foot">{footer}</footer>}
    </dialog>
  )
}

interface DialogActionsProps {
  cancelTestId?: string
  okTestId: string
  /** while busy both buttons are off: the work has its own cancel */
  busy: boolean
  /** the form is complete enough to send */
  ok: boolean
  label: string
  /** the action removes or excludes something */
  danger?: boolean
  /** 取消 unless given (关闭 where the dialog also shows things) */
  cancelLabel?: string
  /** a question's safe answer takes the focus */
  focusCancel?: boolean
  /** on the left: what still blocks the action, or what it will also do */
  note?: ReactNode
  /** the action's tooltip: why it is off */
  okTitle?: string
  onCancel(): void
  onOk(): void
}

/** The footer of a form dialog: a note on the left, then cancel and the one action on the right. */
export function DialogActions({ cancelTestId, okTestId, busy, ok, label, danger, cancelLabel, focusCancel, note, okTitle, onCancel, onOk }: DialogActionsProps) {
  return (
    <>
      {note}
      <span className="grow" />
      <button type="button" className="button" data-testid={cancelTestId} onClick={onCancel} disabled={busy} autoFocus={focusCancel}>
        {cancelLabel ?? t('action.cancel')}
      </button>
      <button type="button" className={danger ? 'button button-danger' : 'button button-primary'} data-testid={okTestId} title={okTitle} onClick={onOk} disabled={busy || !ok}>
        {label}
      </button>
    </>
  )
}

/** The one action of a form dialog: its words, whether the form is complete, and what it does. */
export interface DialogAction {
  label: string
  ok: boolean
  onOk(): void
  /** the action removes or excludes something */
  danger?: boolean
  /** `<name>-save` unless given, for the dialog `<name>-dialog` (its cancel is `<name>-cancel`) */
  testId?: string
  /** while not ok: what still stops it, shown beside the button (`<name>-why`) and as its tooltip */
  why?: string | null
}

interface FormDialogProps extends Omit<DialogProps, 'footer' | 'busy'> {
  /** the save (useSubmit): busy while it runs; its refusal is shown last in the dialog as `<name>-error` */
  submit: Pick<Submit, 'busy'> & Partial<Pick<Submit, 'error' | 'progress' | 'cancel'>>
  action: DialogAction
  /** a long save shows its progress (`<name>-progress`) under these words while it runs */
  progressLabel?: string
}

/**
 * A dialog that asks for a form and sends it: the frame, the form, the busy line and the refusal,
 * and the confirm footer whose cancel closes it. Its parts' test ids follow the dialog's.
 */
export function FormDialog({ title, testId, onClose, wide, children, submit, action, progressLabel }: FormDialogProps) {
  const name = testId.replace(/-dialog$/, '')
  const footer = (
    <DialogActions
      label={action.label}
      ok={action.ok}
      danger={action.danger}
      busy={submit.busy}
      okTestId={action.testId ?? `${name}-save`}
      cancelTestId={`${name}-cancel`}
      onCancel={onClose}
      onOk={action.onOk}
      okTitle={!action.ok && action.why ? action.why : undefined}
      note={
        !action.ok && action.why ? (
          <span className="muted small" data-testid={`${name}-why`}>
            {action.why}
          </span>
        ) : undefined
      }
    />
  )
  return (
    <Dialog title={title} testId={testId} onClose={onClose} wide={wide} busy={submit.busy} footer={footer}>
      {children}
      {progressLabel && submit.busy && <ProgressBar testId={`${name}-progress`} event={submit.progress ?? null} label={progressLabel} onCancel={submit.cancel} />}
      <ErrorLine testId={`${name}-error`} error={submit.error} />
    </Dialog>
  )
}
