import { useEffect, useRef } from 'react'

/** What counts as someone at the window. */
const activity = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const

/**
 * Calls `onIdle` once `minutes` pass with no pointer or keyboard activity. Activity only notes the
 * time (a mouse move is cheap); the one timer checks when the limit would be reached and waits
 * again for what is left. Plain setTimeout and Date.now, so a test's fake clock can run it.
 */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  const idle = useRef(onIdle)
  idle.current = onIdle
  useEffect(() => {
    const limit = minutes * 60_000
    let last = Date.now()
    let timer: ReturnType<typeof setTimeout> | undefined
    const check = () => {
      const left = last + limit - Date.now()
      if (left <= 0) idle.current()
      else timer = setTimeout(check, left)
    }
    const touch = () => {
      last = Date.now()
    }
    for (const e of activity) window.addEventListener(e, touch, { capture: true, passive: true })
    timer = setTimeout(check, limit)
    return () => {
      clearTimeout(timer)
      for (const e of activity) window.removeEventListener(e, touch, { capture: true })
    }
  }, [minutes])
}
