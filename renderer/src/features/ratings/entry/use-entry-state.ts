import { useCallback, useEffect, useRef, useState } from 'react'
import type { EntryGrid } from '../../../../../shared/contract'
import type { RaterRole } from '../../../../../shared/domain/settings'
import { t } from '../../../../../shared/i18n'
import { rpc } from '../../../lib/rpc'
import { asFailure } from '../../../lib/use-rpc'
import { cellKey, parseScore, type CellKey } from './entry-cells'

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed'

/** One cell's change as undo sees it: the value before and after. */
interface Change {
  key: CellKey
  before: number | null
  after: number | null
}

export interface CellEdit {
  staffNo: string
  code: string
  text: unknown
}

const SAVE_DELAY_MS = 400
const HISTORY_LIMIT = 200

/**
 * The scores of one rater as the grid shows them, with what was refused (in the cell, with the reason),
 * the saves in flight (debounced, one call per burst of edits or one paste), and undo/redo of whole
 * edits and pastes whose restored values are saved like any edit.
 */
export function useEntryState(target: { period: string; role: RaterRole; rater: string } | null, grid: EntryGrid | undefined) {
  const [values, setValues] = useState<Map<CellKey, number | null>>(new Map())
  const [refused, setRefused] = useState<Map<CellKey, { text: string; reason: string }>>(new Map())
  const [status, setStatus] = useState<SaveStatus>('idle')
  const [saveError, setSaveError] = useState<string | null>(null)
  const past = useRef<Change[][]>([])
  const future = useRef<Change[][]>([])
  const [historyTick, setHistoryTick] = useState(0)
  const pending = useRef(new Map<CellKey, number | null>())
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const valuesRef = useRef(values)
  valuesRef.current = values
  const targetRef = useRef(target)
  targetRef.current = target
  const applicable = useRef(new Set<CellKey>())
  // how many times the grid arrived (a reload shows as a new number; tests wait on it)
  const [loads, setLoads] = useState(0)

  useEffect(() => {
    const next = new Map<CellKey, number | null>()
    const app = new Set<CellKey>()
    for (const row of grid?.rows ?? []) {
      for (const code of row.applicable) app.add(cellKey(row.staffNo, code))
      for (const [code, score] of Object.entries(row.scores)) next.set(cellKey(row.staffNo, code), score)
    }
    applicable.current = app
    setValues(next)
    setRefused(new Map())
    past.current = []
    future.current = []
    pending.current.clear()
    setHistoryTick((n) => n + 1)
    setStatus('idle')
    setSaveError(null)
    if (grid) setLoads((n) => n + 1)
  }, [grid])

  const flush = useCallback(async () => {
    timer.current = null
    const tgt = targetRef.current
    if (!tgt || pending.current.size === 0) return
    const batch = [...pending.current.entries()]
    pending.current.clear()
    setStatus('saving')
    try {
      const cells = batch.map(([key, score]) => {
        const [staffNo, code] = key.split('|') as [string, string]
        return { staffNo, code, score }
      })
      const result = await rpc('entry-save', { ...tgt, cells })
      if (result.rejected.length > 0) {
        setRefused((prev) => {
          const next = new Map(prev)
          for (const r of result.rejected) {
            const key = cellKey(r.staffNo, r.code)
            next.set(key, { text: String(valuesRef.current.get(key) ?? ''), reason: r.reason })
          }
          return next
        })
      }
      setSaveError(null)
      setStatus(pending.current.size > 0 ? 'pending' : result.rejected.length > 0 ? 'failed' : 'saved')
    } catch (e) {
      // the values stay queued so the next edit (or 重试) sends them again
      for (const [key, score] of batch) if (!pending.current.has(key)) pending.current.set(key, score)
      setSaveError(asFailure(e).message)
      setStatus('failed')
    }
  }, [])

  const queue = useCallback(
    (changes: { key: CellKey; value: number | null }[]) => {
      for (const c of changes) pending.current.set(c.key, c.value)
      setStatus('pending')
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS)
    },
    [flush],
  )

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    [],
  )

  const writeValues = useCallback((changes: { key: CellKey; value: number | null }[]) => {
    setValues((prev) => {
      const next = new Map(prev)
      for (const c of changes) next.set(c.key, c.value)
      return next
    })
  }, [])

  /** Applies typed or pasted texts: good ones are shown and saved as one undo step, bad ones refused in their cell. */
  const edit = useCallback(
    (edits: CellEdit[]): { applied: number; refused: number; skipped: number } => {
      const step: Change[] = []
      const bad = new Map<CellKey, { text: string; reason: string }>()
      const cleared: CellKey[] = []
      let skipped = 0
      for (const e of edits) {
        const key = cellKey(e.staffNo, e.code)
        if (!applicable.current.has(key)) {
          skipped += 1
          continue
        }
        const parsed = parseScore(e.text)
        if (!parsed.ok) {
          bad.set(key, { text: String(e.text ?? ''), reason: t(parsed.reason === 'range' ? 'ui.entry.refusedRange' : 'ui.entry.refusedNumber') })
          continue
        }
        cleared.push(key)
        const before = valuesRef.current.get(key) ?? null
        if (before === parsed.value) continue
        step.push({ key, before, after: parsed.value })
      }
      setRefused((prev) => {
        const next = new Map(prev)
        for (const key of cleared) next.delete(key)
        for (const [key, v] of bad) next.set(key, v)
        return next
      })
      if (step.length > 0) {
        past.current = [...past.current.slice(-(HISTORY_LIMIT - 1)), step]
        future.current = []
        setHistoryTick((n) => n + 1)
        const changes = step.map((c) => ({ key: c.key, value: c.after }))
        writeValues(changes)
        queue(changes)
      }
      return { applied: step.length, refused: bad.size, skipped }
    },
    [queue, writeValues],
  )

  const travel = useCallback(
    (from: React.MutableRefObject<Change[][]>, to: React.MutableRefObject<Change[][]>, side: 'before' | 'after') => {
      const step = from.current[from.current.length - 1]
      if (!step) return false
      from.current = from.current.slice(0, -1)
      to.current = [...to.current, step]
      setHistoryTick((n) => n + 1)
      const changes = step.map((c) => ({ key: c.key, value: c[side] }))
      setRefused((prev) => {
        const next = new Map(prev)
        for (const c of changes) next.delete(c.key)
        return next
      })
      writeValues(changes)
      queue(changes)
      return true
    },
    [queue, writeValues],
  )
  const undo = useCallback(() => travel(past, future, 'before'), [travel])
  const redo = useCallback(() => travel(future, past, 'after'), [travel])
  const retry = useCallback(() => void flush(), [flush])

  return {
    loads,
    values,
    refused,
    status,
    saveError,
    edit,
    undo,
    redo,
    retry,
    canUndo: historyTick >= 0 && past.current.length > 0,
    canRedo: historyTick >= 0 && future.current.length > 0,
  }
}
