import { useCallback, useMemo, useReducer } from 'react'
import { sameItems, type Items } from './tree-ops'

/** Undo/redo over whole working copies: each operation is one step; the items are shared between steps. */
interface History {
  past: Items[]
  present: Items
  future: Items[]
  /** the copy as last loaded or saved: "dirty" means the present differs from it */
  baseline: Items
}

type Action = { type: 'apply'; next: Items } | { type: 'undo' } | { type: 'redo' } | { type: 'reset'; items: Items }

const LIMIT = 200

function reducer(h: History, a: Action): History {
  switch (a.type) {
    case 'apply':
      if (a.next === h.present) return h
      return { ...h, past: [...h.past.slice(-(LIMIT - 1)), h.present], present: a.next, future: [] }
    case 'undo': {
      const prev = h.past[h.past.length - 1]
      if (!prev) return h
      return { ...h, past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future] }
    }
    case 'redo': {
      const [next, ...rest] = h.future
      if (!next) return h
      return { ...h, past: [...h.past, h.present], present: next, future: rest }
    }
    case 'reset':
      return { past: [], present: a.items, future: [], baseline: a.items }
  }
}

export interface EditorHistory {
  items: Items
  dirty: boolean
  canUndo: boolean
  canRedo: boolean
  apply(next: Items): void
  undo(): void
  redo(): void
  /** a new baseline (after loading or saving): history cleared */
  reset(items: Items): void
  /** back to the baseline as one more undoable step */
  discard(): void
}

export function useEditorHistory(initial: Items): EditorHistory {
  const [h, dispatch] = useReducer(reducer, initial, (items) => ({ past: [], present: items, future: [], baseline: items }))
  const apply = useCallback((next: Items) => dispatch({ type: 'apply', next }), [])
  const undo = useCallback(() => dispatch({ type: 'undo' }), [])
  const redo = useCallback(() => dispatch({ type: 'redo' }), [])
  const reset = useCallback((items: Items) => dispatch({ type: 'reset', items }), [])
  const dirty = useMemo(() => !sameItems(h.present, h.baseline), [h.present, h.baseline])
  const discard = useCallback(() => dispatch({ type: 'apply', next: h.baseline }), [h.baseline])
  return { items: h.present, dirty, canUndo: h.past.length > 0, canRedo: h.future.length > 0, apply, undo, redo, reset, discard }
}
