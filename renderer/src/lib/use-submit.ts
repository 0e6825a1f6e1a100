import { useState } from 'react'
import { asFailure } from './use-rpc'

/**
 * A dialog's save: busy while the call runs (the dialog's buttons wait), and the backend's refusal
 * kept as the message the dialog shows, so the clerk can correct the form and try again.
 */
export function useSubmit(): { busy: boolean; error: string | null; submit(work: () => Promise<void>): Promise<void> } {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const submit = async (work: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await work()
    } catch (e) {
      setError(asFailure(e).message)
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, submit }
}
