import { useRef } from 'react'

interface FileButtonProps {
  label: string
  /** the test id of the hidden <input type=file>; the button gets `<testId>-button` */
  testId: string
  accept?: string
  disabled?: boolean
  primary?: boolean
  onFile(file: File): void
}

/** A button that opens the file picker; the input stays in the DOM so tests can set files on it. */
export function FileButton({ label, testId, accept = '.xlsx,.csv', disabled, primary, onFile }: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <button
        type="button"
        className={primary ? 'button button-primary' : 'button'}
        data-testid={`${testId}-button`}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={testId}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0]
          // cleared so that choosing the same file again still fires a change
          e.target.value = ''
          if (file) onFile(file)
        }}
      />
    </>
  )
}
