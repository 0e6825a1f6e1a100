import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { t } from '../../../shared/i18n'
import type { ImportProblem } from '../../../shared/contract'
import { asFailure } from '../lib/use-rpc'
import { isCancelled } from '../lib/rpc'
import { ProblemsTable } from './problems-table'
import './notify.css'

interface Toast {
  id: number
  kind: 'error' | 'success' | 'info'
  message: string
  problems: ImportProblem[]
}

interface Notifier {
  /** shows an RpcFailure (or any error) with its located problems; a cancel is shown as info */
  error(e: unknown): void
  success(message: string): void
  info(message: string): void
}

const NotifyContext = createContext<Notifier | null>(null)

interface ToastList {
  toasts: Toast[]
  dismiss(id: number): void
  clear(): void
}
const ToastsContext = createContext<ToastList>({ toasts: [], dismiss: () => undefined, clear: () => undefined })

export function useNotify(): Notifier {
  const n = useContext(NotifyContext)
  if (!n) throw new Error('useNotify outside NotifyProvider')
  return n
}

/** A failed call as a toast, a cancel as the plain 已取消 (the reply of a form that has no error line). */
export function useToastFailure(): (e: unknown) => void {
  const notify = useNotify()
  return (e) => (isCancelled(e) ? notify.info(t('error.cancelled')) : notify.error(e))
}

const AUTO_HIDE_MS = 5000

/** The status area: errors stay until closed (they may carry a list of problems to read); the rest fade. */
export function NotifyProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const next = useRef(1)

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((x) => x.id !== id)), [])
  const push = useCallback(
    (kind: Toast['kind'], message: string, problems: ImportProblem[] = []) => {
      const id = next.current++
      setToasts((all) => [...all.slice(-4), { id, kind, message, problems }])
      if (kind !== 'error') setTimeout(() => dismiss(id), AUTO_HIDE_MS)
    },
    [dismiss],
  )
  const notifier = useMemo<Notifier>(
    () => ({
      error: (e) => {
        const f = asFailure(e)
        push(isCancelled(f) ? 'info' : 'error', f.message, f.problems)
      },
      success: (m) => push('success', m),
      info: (m) => push('info', m),
    }),
    [push],
  )

  const clear = useCallback(() => setToasts([]), [])
  const list = useMemo<ToastList>(() => ({ toasts, dismiss, clear }), [toasts, dismiss, clear])

  return (
    <NotifyContext.Provider value={notifier}>
      <ToastsContext.Provider value={list}>{children}</ToastsContext.Provider>
    </NotifyContext.Provider>
  )
}

/**
 * The status area, docked under the screen in the main column: the screen (and its grid) gives up
 * the height the messages take instead of hiding its last rows under them. A message belongs to
 * the screen it answers, so a change of `page` clears them all.
 */
export function ToastDock({ page }: { page: string | null }) {
  const { toasts, dismiss, clear } = useContext(ToastsContext)
  useEffect(() => clear, [page, clear])
  return (
    <div className="toasts" data-testid="status-area" aria-live="polite">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          className={`toast toast-${toast.kind}`}
          role={toast.kind === 'error' ? 'alert' : 'status'}
          data-testid={`toast-${toast.kind}`}
        >
          <div className="toast-head">
            <span className="toast-message">{toast.message}</span>
            <button type="button" className="icon-button" aria-label={t('action.close')} onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
          {toast.problems.length > 0 && <ProblemsTable problems={toast.problems} compact />}
        </div>
      ))}
    </div>
  )
}
