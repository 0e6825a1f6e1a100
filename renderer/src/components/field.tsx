import type { ReactNode } from 'react'
import './field.css'

interface FieldProps {
  label: ReactNode
  /** the line under the control: what to type, or what the value means */
  help?: ReactNode
  helpTestId?: string
  /** what is wrong with the value as typed; shown in place of the help */
  error?: ReactNode
  errorTestId?: string
  /** label and control on one line (toolbars, filters above a grid) */
  inline?: boolean
  /** a short control (a grade, a score): no wider than it needs */
  narrow?: boolean
  className?: string
  /** a group of controls (radios, a chosen person) is not one <label> */
  group?: boolean
  children: ReactNode
}

/** A labelled control: the label, the control, then its error or else its help. */
export function Field({ label, help, helpTestId, error, errorTestId, inline, narrow, className, group, children }: FieldProps) {
  const classes = ['field', inline && 'field-inline', narrow && 'field-narrow', className].filter(Boolean).join(' ')
  const body = (
    <>
      <span className="field-label">{label}</span>
      {children}
      {error ? (
        <span className="field-error" data-testid={errorTestId}>
          {error}
        </span>
      ) : help ? (
        <span className="field-help" data-testid={helpTestId}>
          {help}
        </span>
      ) : null}
    </>
  )
  return group ? <div className={classes}>{body}</div> : <label className={classes}>{body}</label>
}

/**
 * A form on a card: its title row, then the fields. With `onSubmit` it is a <form> (Enter in a field
 * sends it; the browser's own validation is off, the form says what is wrong itself).
 */
export function FormCard({ title, testId, className, onSubmit, children }: { title: ReactNode; testId: string; className?: string; onSubmit?(): void; children: ReactNode }) {
  const classes = className ? `card form ${className}` : 'card form'
  const body = (
    <>
      <h2 className="panel-title">{title}</h2>
      {children}
    </>
  )
  if (!onSubmit)
    return (
      <section className={classes} data-testid={testId}>
        {body}
      </section>
    )
  return (
    <form
      className={classes}
      data-testid={testId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        onSubmit()
      }}
    >
      {body}
    </form>
  )
}

/** The buttons under a form (a card's 保存, 恢复…), on the right. */
export function FormActions({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={className ? `form-actions ${className}` : 'form-actions'}>{children}</div>
}
