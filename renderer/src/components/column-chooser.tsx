import { useEffect, useRef, useState } from 'react'
import type { ColDef, ColGroupDef } from 'ag-grid-community'
import { t } from '../../../shared/i18n'
import { getSession } from '../lib/session'

/** One column a clerk may show or hide: the grid's col id and the header it carries. */
export interface OptionalColumn {
  colId: string
  label: string
}

/**
 * The chosen columns are a way of looking, not office data: kept in this machine's localStorage per
 * account and grid (no audit record per click, no setting to migrate), and a new account starts
 * with the less important columns hidden, as the screen was designed to fit 1366 px.
 */
function storageKey(gridId: string): string {
  const s = getSession()
  const account = s.status === 'signed-in' ? s.info.name : ''
  return `kaohe.columns.${account}.${gridId}`
}

function readShown(gridId: string): Set<string> {
  try {
    const raw = localStorage.getItem(storageKey(gridId))
    const list: unknown = raw ? JSON.parse(raw) : []
    return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [])
  } catch {
    return new Set()
  }
}

/** The optional columns this account has chosen to show on this grid, remembered across visits. */
export function useShownColumns(gridId: string): [Set<string>, (colId: string, show: boolean) => void] {
  const [shown, setShown] = useState(() => readShown(gridId))
  const toggle = (colId: string, show: boolean) => {
    const next = new Set(shown)
    if (show) next.add(colId)
    else next.delete(colId)
    localStorage.setItem(storageKey(gridId), JSON.stringify([...next]))
    setShown(next)
  }
  return [shown, toggle]
}

type AnyColDef<T> = ColDef<T> | ColGroupDef<T>

/** The column definitions with each optional column hidden unless chosen (groups followed into). */
export function applyShown<T>(defs: AnyColDef<T>[], optional: OptionalColumn[], shown: Set<string>): AnyColDef<T>[] {
  const ids = new Set(optional.map((c) => c.colId))
  return defs.map((d) => {
    if ('children' in d) return { ...d, children: applyShown(d.children, optional, shown) }
    const id = d.colId ?? (typeof d.field === 'string' ? d.field : undefined)
    return id !== undefined && ids.has(id) ? { ...d, hide: !shown.has(id) } : d
  })
}

/** 显示列 ▾: a short list of check boxes for the columns that do not fit beside the key ones. */
export function ColumnChooser({ gridId, optional, shown, onToggle }: { gridId: string; optional: OptionalColumn[]; shown: Set<string>; onToggle(colId: string, show: boolean): void }) {
  const [open, setOpen] = useState(false)
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    const close = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [open])
  const count = optional.filter((c) => shown.has(c.colId)).length
  return (
    <div className="column-chooser" ref={box}>
      <button type="button" className="button" data-testid={`column-chooser-${gridId}`} aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('ui.columns.button', { shown: count, total: optional.length })}
      </button>
      {open && (
        <div className="column-chooser-list" role="group" aria-label={t('ui.columns.listLabel')}>
          {optional.map((c) => (
            <label key={c.colId} className="field-inline">
              <input type="checkbox" data-testid={`column-choice-${gridId}-${c.colId}`} checked={shown.has(c.colId)} onChange={(e) => onToggle(c.colId, e.target.checked)} />
              <span>{c.label}</span>
            </label>
          ))}
        </div>
      )}
    </div>
  )
}
