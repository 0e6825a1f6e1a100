/**
 * The page's button that starts an import: it opens the one import dialog, where the file is chosen
 * (never the file picker straight away, so every kind starts the same way). `<testId>-button`, as
 * the file chooser inside the dialog is `<testId>`.
 */
export function ImportButton({ label, testId, primary, disabled, onOpen }: { label: string; testId: string; primary?: boolean; disabled?: boolean; onOpen(): void }) {
  return (
    <button type="button" className={primary ? 'button button-primary' : 'button'} data-testid={`${testId}-button`} disabled={disabled} onClick={onOpen}>
      {label}
    </button>
  )
}
