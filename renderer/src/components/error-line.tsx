import type { ReactNode } from 'react'

/**
 * A refusal from the backend, shown in the dialog or form that asked (not a toast over it): the form
 * stays as typed, to correct and send again. Nothing is drawn while there is no refusal.
 */
export function ErrorLine({ testId, error, code, className, children }: { testId: string; error?: string | null; code?: string; className?: string; children?: ReactNode }) {
  if (!error && !children) return null
  return (
    <div className={className ? `banner banner-bad ${className}` : 'banner banner-bad'} role="alert" data-testid={testId} data-code={code}>
      {children ?? error}
    </div>
  )
}
