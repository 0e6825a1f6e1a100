import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react'
import { t } from '../../../shared/i18n'
import './field.css'

/** What every input of the kit takes: the value as typed, the test id, and whether the value is refused. */
interface Common {
  value: string
  onChange(value: string): void
  testId?: string
  /** marks the control red (aria-invalid) */
  invalid?: boolean
}
type NativeInput = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'children'>

function Input({ type, value, onChange, testId, invalid, ...rest }: Common & NativeInput & { type: string }) {
  return <input type={type} data-testid={testId} value={value} aria-invalid={invalid} onChange={(e) => onChange(e.target.value)} {...rest} />
}

export function TextInput(props: Common & NativeInput) {
  return <Input type="text" {...props} />
}

/** A password as typed: never shown, and the browser told which kind (current or new) to offer. */
export function PasswordInput(props: Common & NativeInput & { autoComplete: 'current-password' | 'new-password' }) {
  return <Input type="password" {...props} />
}

/** The search box above a grid (220 px), or filling its field in a form. */
export function SearchInput({ label, fill, ...props }: Common & NativeInput & { label?: string; fill?: boolean }) {
  return <Input type="search" className={fill ? undefined : 'search'} aria-label={label ?? t('action.search')} {...props} />
}

/** 2026/12/7, 2026.12.07 and 2026年12月7日 as typed by hand, written back as 2026-12-07 when the box is left. */
function isoFromTyped(typed: string): string {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(typed)
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : typed
}

function realDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false
  const d = new Date(`${iso}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso
}

/**
 * A date always shown and typed as 2026-12-07, whatever the language: the browser's own date box
 * shows the system locale's order (month first in English), so the box is text, and the browser's
 * picker sits behind the button beside it, writing the ISO date back into the box.
 */
export function DateInput({ value, onChange, testId, invalid, disabled, className, onBlur, ...rest }: Common & NativeInput) {
  const wrong = value !== '' && !realDate(value)
  return (
    <span className={`date-input${className ? ` ${className}` : ''}`}>
      <input
        type="text"
        inputMode="numeric"
        placeholder={t('calendar.dateInput.placeholder')}
        maxLength={12}
        data-testid={testId}
        value={value}
        disabled={disabled}
        aria-invalid={invalid ?? wrong}
        onChange={(e) => onChange(e.target.value)}
        onBlur={(e) => {
          const iso = isoFromTyped(e.target.value)
          if (iso !== e.target.value) onChange(iso)
          onBlur?.(e)
        }}
        {...rest}
      />
      <button type="button" className="date-input-pick" tabIndex={-1} aria-label={t('calendar.dateInput.pick')} disabled={disabled} data-testid={testId ? `${testId}-pick` : undefined} onClick={(e) => {
        const picker = e.currentTarget.nextElementSibling as HTMLInputElement | null
        if (!picker) return
        picker.value = realDate(value) ? value : ''
        try {
          picker.showPicker()
        } catch {
          picker.focus()
        }
      }}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
          <path d="M2 6.5h12M5.5 1.5v3M10.5 1.5v3" stroke="currentColor" strokeWidth="1.4" />
        </svg>
      </button>
      <input type="date" className="date-input-picker" tabIndex={-1} aria-hidden="true" disabled={disabled} onChange={(e) => e.target.value && onChange(e.target.value)} />
    </span>
  )
}

interface NumberProps extends Common, NativeInput {
  /** shown after the box (分, %, 个工作日) */
  unit?: string
  /** the browser's number box with its arrows (min, max, step apply); otherwise a text box that takes full-width digits */
  spinner?: boolean
}

/** A number as typed (the form checks it): a text box with a decimal keypad, or the browser's number box. */
export function NumberInput({ unit, spinner, ...props }: NumberProps) {
  const input = spinner ? <Input type="number" {...props} /> : <Input type="text" inputMode="decimal" {...props} />
  if (!unit) return input
  return (
    <span className="input-unit">
      {input}
      <span className="unit">{unit}</span>
    </span>
  )
}

export function TextArea({ value, onChange, testId, invalid, ...rest }: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'>) {
  return <textarea data-testid={testId} value={value} aria-invalid={invalid} onChange={(e) => onChange(e.target.value)} {...rest} />
}

export interface Choice<V extends string | number = string> {
  value: V
  label: string
  disabled?: boolean
}

interface SelectProps<V extends string | number> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'> {
  value: V | ''
  /** a plain value is its own label */
  options: readonly (V | Choice<V>)[]
  /** a first option worth '' (全部, 请选择, 无): its words, or disabled when it only says that nothing is chosen yet */
  empty?: string | { label: string; disabled: boolean }
  /** the chosen option's value as given (a number stays a number); the empty option gives '' */
  onChange(value: NoInfer<V>): void
  testId?: string
  invalid?: boolean
  /** options after the list (optgroups) */
  children?: ReactNode
}

export function Select<V extends string | number = string>({ value, options, empty, onChange, testId, invalid, children, ...rest }: SelectProps<V>) {
  const choices = options.map((o): Choice<V> => (typeof o === 'object' ? o : { value: o, label: String(o) }))
  const emptyOption = typeof empty === 'string' ? { label: empty, disabled: false } : empty
  return (
    <select
      data-testid={testId}
      value={value}
      aria-invalid={invalid}
      onChange={(e) => onChange((choices.find((c) => String(c.value) === e.target.value)?.value ?? e.target.value) as V)}
      {...rest}
    >
      {emptyOption && (
        <option value="" disabled={emptyOption.disabled}>
          {emptyOption.label}
        </option>
      )}
      {choices.map((c, i) => (
        // a value may stand twice (two versions of one scheme): the key is the place
        <option key={i} value={c.value} disabled={c.disabled}>
          {c.label}
        </option>
      ))}
      {children}
    </select>
  )
}

/** A tick box with its words after it. */
export function Checkbox({ checked, onChange, testId, label, className }: { checked: boolean; onChange(checked: boolean): void; testId: string; label: ReactNode; className?: string }) {
  return (
    <label className={className ?? 'field-inline'}>
      <input type="checkbox" data-testid={testId} checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  )
}
