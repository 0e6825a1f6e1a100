import { directions, indicatorLayers, indicatorNatures, scoringModes } from '../../../../../shared/contract'
import { t } from '../../../../../shared/i18n'
import type { Item, Items } from './tree-ops'

/**
 * Text copied from Excel: rows on lines, cells on tabs; a cell holding a tab, a line break or a quote
 * comes quoted ("a""b"). Trailing blank lines are dropped.
 */
export function splitTsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let i = 0
  let quoted = false
  let atCellStart = true
  while (i < text.length) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i += 2
        continue
      }
      if (c === '"') {
        quoted = false
        i++
        continue
      }
      cell += c
      i++
      continue
    }
    if (c === '"' && atCellStart) {
      quoted = true
      atCellStart = false
      i++
      continue
    }
    if (c === '\t') {
      row.push(cell)
      cell = ''
      atCellStart = true
      i++
      continue
    }
    if (c === '\r' || c === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      atCellStart = true
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1
      continue
    }
    cell += c
    atCellStart = false
    i++
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c.trim() === '')) rows.pop()
  return rows
}

/** The 指标体系 template's columns, in order (formats.md); headers compared after removing blanks and the required mark. */
export const pasteColumns = [
  { key: 'code', headers: ['编码', '指标编码'] },
  { key: 'name', headers: ['名称', '指标名称'] },
  { key: 'parentCode', headers: ['上级编码', '父级编码'] },
  { key: 'weight', headers: ['权重', '权重%'] },
  { key: 'layer', headers: ['类型'] },
  { key: 'scope', headers: ['适用范围'] },
  { key: 'nature', headers: ['性质'] },
  { key: 'mode', headers: ['计分方式'] },
  { key: 'target', headers: ['目标值'] },
  { key: 'direction', headers: ['方向'] },
  { key: 'cap', headers: ['上限'] },
  { key: 'validFrom', headers: ['生效起'] },
  { key: 'validTo', headers: ['生效止'] },
  { key: 'description', headers: ['说明'] },
] as const
type PasteKey = (typeof pasteColumns)[number]['key']

const normHeader = (s: string) => s.normalize('NFKC').replace(/[\s*＊]/g, '')
const headerKey = new Map<string, PasteKey>(pasteColumns.flatMap((c) => c.headers.map((h) => [normHeader(h), c.key] as const)))

/** A header row: at least two of its cells are column names of the template. */
function headerMap(row: string[]): (PasteKey | null)[] | null {
  const keys = row.map((c) => headerKey.get(normHeader(c)) ?? null)
  return keys.filter((k) => k !== null).length >= 2 ? keys : null
}

/** "15", "15%", "１５％" and "0.15" all mean 15 % (formats.md: a number above 1 or with % is a percentage). */
export function parseWeightText(raw: string): number | null {
  const s = raw.normalize('NFKC').replace(/\s/g, '')
  const percent = s.endsWith('%')
  const body = percent ? s.slice(0, -1) : s
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(body)) return null
  const v = Number(body)
  if (!Number.isFinite(v)) return null
  const fraction = percent || v > 1 ? v / 100 : v
  return Math.round(fraction * 1e8) / 1e8
}

/** A percentage typed into the weight column: 15 and 15% mean 15 % (the column shows percentages). */
export function parsePercentText(raw: string): number | null {
  const s = raw.normalize('NFKC').replace(/[%\s]/g, '')
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s)) return null
  const v = Number(s)
  return Number.isFinite(v) ? Math.round(v * 1e6) / 1e8 : null
}

export function parseNumberText(raw: string): number | null | undefined {
  const s = raw.normalize('NFKC').replace(/[\s,]/g, '')
  if (s === '') return null
  const v = Number(s)
  return Number.isFinite(v) ? v : undefined
}

/** 2025-07-01, 2025/7/1 and 2025年7月1日 are one date (ISO); blank is none; anything else undefined. */
export function parseDateText(raw: string): string | null | undefined {
  const s = raw.normalize('NFKC').trim()
  if (s === '') return null
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s)
  if (!m) return undefined
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

export function splitScope(raw: string): string[] {
  return raw
    .split(/[、,，;；\n\r]+/)
    .map((x) => x.trim())
    .filter((x) => x !== '')
}

export interface PastedRows {
  rows: Item[]
  /** one line per problem, already in words ("第 2 行：权重 …") */
  problems: string[]
  headerSkipped: boolean
}

function oneOf<T extends string>(values: readonly T[], raw: string): T | undefined {
  const s = raw.trim()
  return (values as readonly string[]).includes(s) ? (s as T) : undefined
}

/**
 * Rows of the 指标体系 template from pasted text: a header row (if any) is skipped and names the
 * columns; without one the template order is assumed. Codes must be new; 上级编码 must exist in the
 * scheme or among the pasted rows.
 */
export function parsePastedRows(text: string, existing: Items): PastedRows {
  const table = splitTsv(text)
  const problems: string[] = []
  let columns: (PasteKey | null)[] = pasteColumns.map((c) => c.key)
  let start = 0
  const header = table.length > 0 ? headerMap(table[0]) : null
  if (header) {
    columns = header
    start = 1
  }
  const existingCodes = new Set(existing.map((i) => i.code))
  const pastedCodes = new Set<string>()
  const rows: Item[] = []
  const lines: number[] = []
  for (let r = start; r < table.length; r++) {
    const cells = table[r]
    if (cells.every((c) => c.trim() === '')) continue
    const line = r + 1
    const v = (key: PasteKey) => {
      const at = columns.indexOf(key)
      return at < 0 ? '' : (cells[at] ?? '').trim()
    }
    const bad = (field: string, value: string) => problems.push(t('ui.schemeEdit.pasteBadCell', { line, field, value }))
    const code = v('code')
    const name = v('name')
    if (!code) problems.push(t('ui.schemeEdit.pasteNoCode', { line }))
    else if (existingCodes.has(code) || pastedCodes.has(code)) problems.push(t('ui.schemeEdit.pasteDuplicate', { line, code }))
    if (!name) problems.push(t('ui.schemeEdit.pasteNoName', { line }))
    const weightText = v('weight')
    const weight = weightText === '' ? 0 : parseWeightText(weightText)
    if (weight === null || weight < 0 || weight > 1) bad(t('ui.indicator.weight'), weightText)
    const layer = v('layer') === '' ? '共性' : oneOf(indicatorLayers, v('layer'))
    if (!layer) bad(t('ui.indicator.layer'), v('layer'))
    const nature = v('nature') === '' ? null : oneOf(indicatorNatures, v('nature'))
    if (nature === undefined) bad(t('ui.indicator.nature'), v('nature'))
    const mode = v('mode') === '' ? '评分' : oneOf(scoringModes, v('mode'))
    if (!mode) bad(t('ui.indicator.mode'), v('mode'))
    const direction = v('direction') === '' ? '越高越好' : oneOf(directions, v('direction'))
    if (!direction) bad(t('ui.schemeEdit.direction'), v('direction'))
    const target = parseNumberText(v('target'))
    if (target === undefined) bad(t('ui.schemeEdit.target'), v('target'))
    const cap = parseNumberText(v('cap'))
    if (cap === undefined || (cap !== null && cap < 0)) bad(t('ui.schemeEdit.cap'), v('cap'))
    const validFrom = parseDateText(v('validFrom'))
    if (validFrom === undefined) bad(t('ui.schemeEdit.validFrom'), v('validFrom'))
    const validTo = parseDateText(v('validTo'))
    if (validTo === undefined) bad(t('ui.schemeEdit.validTo'), v('validTo'))
    const parentCode = v('parentCode') || null
    if (code) pastedCodes.add(code)
    lines.push(line)
    rows.push({
      code,
      name,
      parentCode,
      weight: weight ?? 0,
      layer: layer ?? '共性',
      scope: splitScope(v('scope')),
      nature: nature ?? null,
      mode: mode ?? '评分',
      target: target ?? null,
      direction: direction ?? '越高越好',
      cap: cap ?? null,
      validFrom: validFrom ?? null,
      validTo: validTo ?? null,
      description: v('description') || null,
    })
  }
  rows.forEach((row, k) => {
    if (row.parentCode !== null && !existingCodes.has(row.parentCode) && !pastedCodes.has(row.parentCode))
      problems.push(t('ui.schemeEdit.pasteNoParent', { line: lines[k], code: row.parentCode }))
  })
  return { rows, problems, headerSkipped: start === 1 }
}

/** A paste of one value (no tab, at most one line) goes into the focused cell. */
export function singleValue(text: string): string | null {
  const table = splitTsv(text)
  if (table.length === 1 && table[0].length === 1) return table[0][0]
  if (table.length === 0 && text.trim() === '') return ''
  return null
}
