import type { ReactNode } from 'react'
import { Field } from './field'
import './replace-field.css'

/**
 * "Replace the earlier import of this file": the one choice an import offers when the backend has
 * seen the same bytes before. Warm-coloured once the preview says so, with the words it says then.
 */
export function ReplaceField({ label, testId, checked, offered, help, onChange }: { label: ReactNode; testId: string; checked: boolean; offered: boolean; help: ReactNode; onChange(checked: boolean): void }) {
  return (
    <Field label={label} className={offered ? 'check-field check-field-warn' : 'check-field'}>
      <span className="check-line">
        <input type="checkbox" data-testid={testId} checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <span>{help}</span>
      </span>
    </Field>
  )
}
