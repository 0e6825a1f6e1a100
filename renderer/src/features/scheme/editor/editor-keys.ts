import { useEffect, type KeyboardEvent } from 'react'
import type { Op } from './editor-toolbar'

/** A key pressed in a text field belongs to the field (its own undo, its own arrows). */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && !!target.closest('input, textarea, select, [contenteditable="true"]')
}

/** Ctrl+Z / Ctrl+Y anywhere on the page, except while typing or while a dialog is open. */
export function useUndoShortcuts(undo: () => void, redo: () => void): void {
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTyping(e.target) || document.querySelector('dialog[open]')) return
      const key = e.key.toLowerCase()
      if (key === 'z' && !e.shiftKey) undo()
      else if (key === 'y' || (key === 'z' && e.shiftKey)) redo()
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo, redo])
}

const altArrows: Record<string, Op> = { ArrowRight: 'indent', ArrowLeft: 'outdent', ArrowUp: 'up', ArrowDown: 'down' }

/** Alt+arrows move and indent the focused row, as in an outliner: the operation, or null for any other key. */
export function altArrowOp(e: KeyboardEvent): Op | null {
  if (!e.altKey || e.ctrlKey || isTyping(e.target)) return null
  return altArrows[e.key] ?? null
}
