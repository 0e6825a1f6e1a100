import { useCallback, useRef, useState } from 'react'
import type { ProgressEvent } from '../../../shared/contract'
import { t } from '../../../shared/i18n'
import { isCancelled, type RpcFailure, type RpcOptions } from './rpc'
import { asFailure } from './use-rpc'

export interface Submit {
  /** the call is running: the dialog's buttons wait, Esc and × do nothing */
  busy: boolean
  /** the backend's refusal (or 已取消), kept for the error line until the next try */
  error: string | null
  /** the same refusal with its code and located problems */
  failure: RpcFailure | null
  /** the long call's last progress event */
  progress: ProgressEvent | null
  /** runs the work with a signal and a progress callback to pass to rpc */
  submit(work: (call: RpcOptions) => Promise<void>): Promise<void>
  /** aborts the running call (the backend rolls back) */
  cancel(): void
  clearError(): void
}

/**
 * A form's save: busy while the call runs, progress and a cancel for a long call, and the backend's
 * refusal kept as the message the form shows, so the clerk can correct it and try again. Given
 * `onError`, a refusal goes there instead (a toast) and `error` stays empty.
 */
export function useSubmit(onError?: (e: unknown) => void): Submit {
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<RpcFailure | null>(null)
  const [progress, setProgress] = useState<ProgressEvent | null>(null)
  const running = useRef<AbortController | null>(null)
  const submit = async (work: (call: RpcOptions) => Promise<void>) => {
    const controller = new AbortController()
    running.current = controller
    setBusy(true)
    setFailure(null)
    setProgress(null)
    try {
      await work({ signal: controller.signal, onProgress: setProgress })
    } catch (e) {
      if (onError) onError(e)
      else setFailure(asFailure(e))
    } finally {
      running.current = null
      setBusy(false)
    }
  }
  const cancel = useCallback(() => running.current?.abort(), [])
  const clearError = useCallback(() => setFailure(null), [])
  const error = failure === null ? null : isCancelled(failure) ? t('error.cancelled') : failure.message
  return { busy, error, failure, progress, submit, cancel, clearError }
}
