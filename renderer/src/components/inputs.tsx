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

/** A yyyy-mm-dd date with the browser's own picker. */
export function DateInput(props: Common & NativeInput) {
  return <Input type="date" {...props} />
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
