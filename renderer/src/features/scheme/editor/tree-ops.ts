import type { Indicator, IndicatorInput } from '../../../../../shared/contract'

/**
 * The editor's working copy: indicators in display order, always depth-first (a parent, then its
 * whole subtree, then its next sibling), so a subtree is one contiguous block of the array. Every
 * operation returns a new array and keeps the unchanged items (same objects), so the grid and the
 * undo history share them; an operation that changes nothing returns the array it was given.
 */
export type Item = IndicatorInput
export type Items = readonly Item[]

export function fromIndicator(i: Indicator): Item {
  return {
    code: i.code,
    name: i.name,
    parentCode: i.parentCode,
    weight: i.weight,
    layer: i.layer,
    scope: i.scope,
    nature: i.nature,
    mode: i.mode,
    target: i.target,
    direction: i.direction,
    cap: i.cap,
    validFrom: i.validFrom,
    validTo: i.validTo,
    description: i.description,
  }
}

/** Depth-first order, siblings in their array order; an orphan or a member of a parent loop goes to the top level. */
export function normalize(items: Items): Items {
  const codes = new Set(items.map((i) => i.code))
  const byParent = new Map<string | null, Item[]>()
  for (const item of items) {
    const p = item.parentCode !== null && codes.has(item.parentCode) && item.parentCode !== item.code ? item.parentCode : null
    const list = byParent.get(p)
    if (list) list.push(item)
    else byParent.set(p, [item])
  }
  const out: Item[] = []
  const seen = new Set<string>()
  const walk = (parent: string | null) => {
    for (const item of byParent.get(parent) ?? []) {
      if (seen.has(item.code)) continue
      seen.add(item.code)
      out.push(item)
      walk(item.code)
    }
  }
  walk(null)
  // what a parent loop kept out of reach is shown at the top level rather than lost
  for (const item of items) {
    if (seen.has(item.code)) continue
    const top = { ...item, parentCode: null }
    seen.add(item.code)
    out.push(top)
    walk(item.code)
  }
  return out.length === items.length && out.every((x, i) => x === items[i]) ? items : out
}

/** The end (exclusive) of the block made of items[index] and its descendants. */
export function blockEnd(items: Items, index: number): number {
  const inside = new Set([items[index].code])
  let j = index + 1
  while (j < items.length && items[j].parentCode !== null && inside.has(items[j].parentCode as string)) {
    inside.add(items[j].code)
    j++
  }
  return j
}

export function indexOf(items: Items, code: string): number {
  return items.findIndex((i) => i.code === code)
}

function siblingIndexes(items: Items, parent: string | null): number[] {
  const out: number[] = []
  items.forEach((item, i) => {
    if (item.parentCode === parent) out.push(i)
  })
  return out
}

/** A code not used yet: the parent's code and the next number (D → D3, J1 → J1-2), or T1, T2… at the top. */
export function newCode(items: Items, parent: string | null): string {
  const used = new Set(items.map((i) => i.code))
  const base = parent === null ? 'T' : /\d$/.test(parent) ? `${parent}-` : parent
  let n = siblingIndexes(items, parent).length + 1
  while (used.has(`${base}${n}`)) n++
  return `${base}${n}`
}

export function blankItem(items: Items, parent: string | null, name: string): Item {
  const p = parent === null ? undefined : items.find((i) => i.code === parent)
  return {
    code: newCode(items, parent),
    name,
    parentCode: parent,
    weight: 0,
    // a child of an individual or dynamic indicator belongs to the same layer, scope and window
    layer: p?.layer ?? '共性',
    scope: p?.scope ?? [],
    nature: p?.nature ?? null,
    mode: '评分',
    target: null,
    direction: '越高越好',
    cap: null,
    validFrom: p?.layer === '动态' ? p.validFrom : null,
    validTo: p?.layer === '动态' ? p.validTo : null,
    description: null,
  }
}

function insertAt(items: Items, at: number, block: readonly Item[]): Item[] {
  return [...items.slice(0, at), ...block, ...items.slice(at)]
}

/** A new item after `code`'s block with the same parent, or at the end of the top level. */
export function addSibling(items: Items, code: string | null, name: string): { items: Items; code: string } {
  const i = code === null ? -1 : indexOf(items, code)
  if (i < 0) {
    const item = blankItem(items, null, name)
    return { items: [...items, item], code: item.code }
  }
  const item = blankItem(items, items[i].parentCode, name)
  return { items: insertAt(items, blockEnd(items, i), [item]), code: item.code }
}

/** A new last child of `code`. */
export function addChild(items: Items, code: string, name: string): { items: Items; code: string } {
  const i = indexOf(items, code)
  if (i < 0) return { items, code }
  const item = blankItem(items, code, name)
  return { items: insertAt(items, blockEnd(items, i), [item]), code: item.code }
}

/** Becomes the last child of its previous sibling; its block stays where it is in the order. */
export function indent(items: Items, code: string): Items {
  const i = indexOf(items, code)
  if (i < 0) return items
  const parent = items[i].parentCode
  const prev = siblingIndexes(items, parent).filter((j) => j < i).pop()
  if (prev === undefined) return items
  const next = [...items]
  next[i] = { ...items[i], parentCode: items[prev].code }
  return next
}

/** Becomes the sibling after its parent (the siblings after it stay with the old parent). */
export function outdent(items: Items, code: string): Items {
  const i = indexOf(items, code)
  if (i < 0 || items[i].parentCode === null) return items
  const parentIndex = indexOf(items, items[i].parentCode)
  if (parentIndex < 0) return items
  const end = blockEnd(items, i)
  const block = items.slice(i, end)
  block[0] = { ...block[0], parentCode: items[parentIndex].parentCode }
  const rest = [...items.slice(0, i), ...items.slice(end)]
  const parentInRest = indexOf(rest, items[parentIndex].code)
  return insertAt(rest, blockEnd(rest, parentInRest), block)
}

/** Swaps the block with the previous (-1) or next (+1) sibling's block. */
export function move(items: Items, code: string, dir: -1 | 1): Items {
  const i = indexOf(items, code)
  if (i < 0) return items
  const sibs = siblingIndexes(items, items[i].parentCode)
  const k = sibs.indexOf(i)
  const other = sibs[k + dir]
  if (other === undefined) return items
  const [a, b] = dir < 0 ? [other, i] : [i, other]
  const aEnd = blockEnd(items, a)
  const bEnd = blockEnd(items, b)
  return [...items.slice(0, a), ...items.slice(b, bEnd), ...items.slice(a, aEnd), ...items.slice(bEnd)]
}

/** Removes the item and its descendants. */
export function remove(items: Items, code: string): Items {
  const i = indexOf(items, code)
  if (i < 0) return items
  return [...items.slice(0, i), ...items.slice(blockEnd(items, i))]
}

export function descendantCount(items: Items, code: string): number {
  const i = indexOf(items, code)
  return i < 0 ? 0 : blockEnd(items, i) - i - 1
}

/** Changes one item; a new code is carried to its children. Same values: nothing changes. */
export function patchItem(items: Items, code: string, patch: Partial<Item>): Items {
  const i = indexOf(items, code)
  if (i < 0) return items
  const before = items[i]
  const changed = (Object.keys(patch) as (keyof Item)[]).some((k) => !sameValue(before[k], patch[k]))
  if (!changed) return items
  const after = { ...before, ...patch }
  return items.map((item, j) => {
    if (j === i) return after
    if (after.code !== before.code && item.parentCode === before.code) return { ...item, parentCode: after.code }
    return item
  })
}

/** Several weights at once (one undo step), e.g. the direct-entry tab. */
export function setWeights(items: Items, weights: Record<string, number>): Items {
  let changed = false
  const next = items.map((item) => {
    const w = weights[item.code]
    if (w === undefined || w === item.weight) return item
    changed = true
    return { ...item, weight: w }
  })
  return changed ? next : items
}

/**
 * Pasted rows go after `code`'s block; a row without 上级编码 becomes a sibling of `code` (top level
 * when nothing is focused), a row naming a parent goes under it; then the order is made depth-first.
 */
export function insertRows(items: Items, code: string | null, rows: readonly Item[]): Items {
  if (rows.length === 0) return items
  const i = code === null ? -1 : indexOf(items, code)
  const at = i < 0 ? items.length : blockEnd(items, i)
  const defaultParent = i < 0 ? null : items[i].parentCode
  const placed = rows.map((r) => (r.parentCode === null && defaultParent !== null ? { ...r, parentCode: defaultParent } : r))
  return normalize(insertAt(items, at, placed))
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i])
  return a === b || (Number.isNaN(a) && Number.isNaN(b))
}

export function sameItems(a: Items, b: Items): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i]
    const y = b[i]
    if (x === y) continue
    for (const k of Object.keys(x) as (keyof Item)[]) if (!sameValue(x[k], y[k])) return false
  }
  return true
}
