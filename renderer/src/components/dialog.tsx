import { useEffect, useRef, type ReactNode } from 'react'
import { t } from '../../../shared/i18n'

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
  cancelTestId: string
  okTestId: string
  /** while busy both buttons are off: the work has its own cancel */
  busy: boolean
  /** the form is complete enough to send */
  ok: boolean
  label: string
  /** the action removes or excludes something */
  danger?: boolean
  onCancel(): void
  onOk(): void
}

/** The footer of a form dialog: cancel, then the one action, on the right. */
export function DialogActions({ cancelTestId, okTestId, busy, ok, label, danger, onCancel, onOk }: DialogActionsProps) {
  return (
    <>
      <span className="grow" />
      <button type="button" className="button" data-testid={cancelTestId} onClick={onCancel} disabled={busy}>
        {t('action.cancel')}
      </button>
      <button type="button" className={danger ? 'button button-danger' : 'button button-primary'} data-testid={okTestId} onClick={onOk} disabled={busy || !ok}>
        {label}
      </button>
    </>
  )
}
