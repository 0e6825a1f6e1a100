import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { t } from '../../../../shared/i18n'
import { ConfirmDialog } from '../../components/confirm-dialog'

/**
 * Unsaved edits are not lost by accident: leaving through the navigation, switching scheme or
 * version, or closing the window first asks. The navigation belongs to the shell, so its clicks are
 * caught on the way down (capture phase, before the shell's own handler) while edits are pending.
 */
export function useLeaveGuard(dirty: boolean): { guard(action: () => void): void; dialog: ReactNode } {
  const [pending, setPending] = useState<(() => void) | null>(null)
  const dirtyRef = useRef(dirty)
  dirtyRef.current = dirty

  useEffect(() => {
    if (!dirty) return
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault()
    }
    const onClick = (e: MouseEvent) => {
      const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a.nav-item') : null
      if (!link || link.getAttribute('aria-current') === 'page') return
      e.preventDefault()
      e.stopPropagation()
      const href = link.getAttribute('href') ?? ''
      setPending(() => () => {
        window.location.hash = href
      })
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    window.addEventListener('click', onClick, true)
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload)
      window.removeEventListener('click', onClick, true)
    }
  }, [dirty])

  const guard = useCallback((action: () => void) => {
    if (dirtyRef.current) setPending(() => action)
    else action()
  }, [])

  const dialog = pending ? (
    <ConfirmDialog
      title={t('ui.schemeEdit.leaveTitle')}
      testId="leave-confirm"
      confirmLabel={t('ui.schemeEdit.leaveDiscard')}
      cancelLabel={t('ui.schemeEdit.leaveStay')}
      danger
      onConfirm={() => {
        const action = pending
        setPending(null)
        action()
      }}
      onCancel={() => setPending(null)}
    >
      <p>{t('ui.schemeEdit.leaveBody')}</p>
    </ConfirmDialog>
  ) : null
  return { guard, dialog }
}
