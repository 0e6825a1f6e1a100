import { directions, indicatorLayers, indicatorNatures, scoringModes } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import { parseDateText, parseNumberText, parsePercentText, splitScope } from './paste'
import type { Item, Items } from './tree-ops'

/** The editor's columns that hold a value of the item (the tree column edits the code). */
export type EditCol =
  | 'tree'
  | 'name'
  | 'weight'
  | 'layer'
  | 'scope'
  | 'nature'
  | 'mode'
  | 'target'
  | 'direction'
  | 'cap'
  | 'validFrom'
  | 'validTo'
  | 'description'

export const editCols: readonly EditCol[] = ['tree', 'name', 'weight', 'layer', 'scope', 'nature', 'mode', 'target', 'direction', 'cap', 'validFrom', 'validTo', 'description']

/** Parameters belong to their mode or layer; elsewhere the cell is shown empty and cannot be edited. */
export function applies(item: Item, col: EditCol): boolean {
  switch (col) {
    case 'target':
    case 'direction':
      return item.mode === '目标'
    case 'cap':
      return item.mode === '加减分'
    case 'validFrom':
    case 'validTo':
      return item.layer === '动态'
    case 'scope':
      return item.layer === '个性'
    default:
      return true
  }
}

export type CellOutcome = { patch: Partial<Item> } | { error: string }

function pick<T extends string>(values: readonly T[], raw: string): T | undefined {
  return (values as readonly string[]).includes(raw) ? (raw as T) : undefined
}

/** What a value typed, chosen or pasted into a cell changes, or why it is refused. */
export function cellPatch(items: Items, item: Item, col: EditCol, raw: unknown): CellOutcome {
  if (col === 'scope' && Array.isArray(raw)) return { patch: { scope: raw.map(String).filter((s) => s.trim() !== '') } }
  const text = raw === null || raw === undefined ? '' : String(raw).trim()
  const invalid = (field: string) => ({ error: t('ui.schemeEdit.invalidValue', { field, value: text }) })
  switch (col) {
    case 'tree': {
      if (!text) return { error: t('ui.schemeEdit.codeRequired') }
      if (text.length > 50) return invalid(t('ui.indicator.code'))
      if (text !== item.code && items.some((i) => i.code === text)) return { error: t('ui.schemeEdit.codeTaken', { code: text }) }
      return { patch: { code: text } }
    }
    case 'name':
      if (!text) return { error: t('ui.scheme.nameRequired') }
      return { patch: { name: text.slice(0, 200) } }
    case 'weight': {
      const w = parsePercentText(text)
      if (w === null || w < 0 || w > 1) return { error: t('ui.scheme.weightInvalid', { value: text }) }
      return { patch: { weight: w } }
    }
    case 'layer': {
      const layer = pick(indicatorLayers, text)
      return layer ? { patch: { layer } } : invalid(t('ui.indicator.layer'))
    }
    case 'scope':
      return { patch: { scope: splitScope(text) } }
    case 'nature': {
      if (text === '') return { patch: { nature: null } }
      const nature = pick(indicatorNatures, text)
      return nature ? { patch: { nature } } : invalid(t('ui.indicator.nature'))
    }
    case 'mode': {
      const mode = pick(scoringModes, text)
      return mode ? { patch: { mode } } : invalid(t('ui.indicator.mode'))
    }
    case 'direction': {
      const direction = pick(directions, text)
      return direction ? { patch: { direction } } : invalid(t('ui.schemeEdit.direction'))
    }
    case 'target': {
      const v = parseNumberText(text)
      return v === undefined ? invalid(t('ui.schemeEdit.target')) : { patch: { target: v } }
    }
    case 'cap': {
      const v = parseNumberText(text)
      return v === undefined || (v !== null && v < 0) ? invalid(t('ui.schemeEdit.cap')) : { patch: { cap: v } }
    }
    case 'validFrom':
    case 'validTo': {
      const d = parseDateText(text)
      if (d === undefined) return invalid(t(col === 'validFrom' ? 'ui.schemeEdit.validFrom' : 'ui.schemeEdit.validTo'))
      const from = col === 'validFrom' ? d : item.validFrom
      const to = col === 'validTo' ? d : item.validTo
      if (from && to && from > to) return { error: t('ui.schemeEdit.windowOrder', { from, to }) }
      return { patch: { [col]: d } }
    }
    case 'description':
      return { patch: { description: text === '' ? null : text.slice(0, 2000) } }
  }
}
