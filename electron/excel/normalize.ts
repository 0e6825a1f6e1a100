import { t } from '../../shared/i18n'
import type { Cell } from './model'

/** Every kind of blank a clerk types: ASCII, no-break, ideographic (U+3000), zero-width, BOM. */
const SPACES = /[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]+/g
const TRAILING_QUALIFIER = /(\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕|<[^<>]*>)$/

/**
 * A header as compared with the field specs: full-width → half-width (NFKC), no blanks, no
 * required-marks (*), no trailing bracketed qualifier (`分数（百分制）` → `分数`), no trailing colon.
 */
export function normHeader(v: Cell): string {
  if (v === null) return ''
  let s = String(v instanceof Date ? '' : v).normalize('NFKC').replace(SPACES, '').replace(/\*/g, '')
  for (let i = 0; i < 3; i++) {
    const stripped = s.replace(TRAILING_QUALIFIER, '').replace(/[:：]$/, '')
    if (stripped === s || stripped === '') break
    s = stripped
  }
  return s.toLowerCase()
}

/** A cell as the clerk reads it, trimmed; null when blank. Dates as YYYY-MM-DD. */
export function cellText(v: Cell): string | null {
  if (v === null) return null
  if (v instanceof Date) return isoDate(v)
  if (typeof v === 'number') return numberText(v)
  if (typeof v === 'boolean') return t(v ? 'import.value.yes' : 'import.value.no')
  const s = v.replace(/^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000\ufeff]+$/g, '')
  return s === '' ? null : s
}

/** For codes, names and choices: NFKC and no blanks at all (`王  五` is 王五; `８５` is 85). */
export function keyText(v: Cell): string | null {
  const s = cellText(v)
  if (s === null) return null
  const k = s.normalize('NFKC').replace(SPACES, '')
  return k === '' ? null : k
}

/** Names keep their full-width punctuation but lose the spaces used to align two-character names. */
export function compactText(v: Cell): string | null {
  const s = cellText(v)
  if (s === null) return null
  const k = s.replace(SPACES, '')
  return k === '' ? null : k
}

function numberText(n: number): string {
  if (Number.isInteger(n)) return n.toFixed(0)
  return String(Number(n.toPrecision(15)))
}

export type ParsedNumber = { ok: true; value: number; percent: boolean } | { ok: false }

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i

/** Numbers, numeric text, full-width digits, thousands separators, a trailing % or 分. */
export function parseNumber(v: Cell): ParsedNumber {
  if (typeof v === 'number') return Number.isFinite(v) ? { ok: true, value: v, percent: false } : { ok: false }
  if (typeof v !== 'string') return { ok: false }
  // blanks inside a number ("85 90") make it two numbers, not 8590: only blanks at the edges go
  let s = v
    .normalize('NFKC')
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000\ufeff]+$/g, '')
    .replace(/^([+-])\s+/, '$1')
    .replace(/\s+(%|分)$/, '$1')
  let percent = false
  if (s.endsWith('%')) {
    percent = true
    s = s.slice(0, -1)
  } else if (s.endsWith('分')) {
    s = s.slice(0, -1)
  }
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) s = s.replace(/,/g, '')
  if (!NUMBER.test(s)) return { ok: false }
  const value = Number(s)
  return Number.isFinite(value) ? { ok: true, value, percent } : { ok: false }
}

/** A score column: `85%` is 85, like `85`. */
export function parseScore(v: Cell): number | null {
  const p = parseNumber(v)
  return p.ok ? p.value : null
}

/** A weight as a fraction: 15, 15 % and 0.15 all mean 0.15 (formats.md). */
export function parseWeight(v: Cell): number | null {
  const p = parseNumber(v)
  if (!p.ok) return null
  if (p.percent || p.value > 1) return p.value / 100
  return p.value
}

/**
 * A staff number as text: NFKC, no blanks; a number loses its `.0` (Excel stored it as a number).
 * Leading zeros already lost are recovered only against the roster (StaffNumberIndex).
 */
export function normStaffNo(v: Cell): string | null {
  if (v === null || typeof v === 'boolean') return null
  if (typeof v === 'number') return Number.isFinite(v) ? numberText(v) : null
  if (v instanceof Date) return null
  const s = v.normalize('NFKC').replace(SPACES, '')
  if (s === '') return null
  return /^\d+\.0+$/.test(s) ? s.replace(/\.0+$/, '') : s
}

export type StaffMatch<T> =
  | { kind: 'exact'; item: T; staffNo: string }
  | { kind: 'zeros'; item: T; staffNo: string }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'none' }

/** Matches staff numbers from a file against the roster's, "as text after normalising". */
export class StaffNumberIndex<T> {
  private exact = new Map<string, T>()
  private upper = new Map<string, string>()
  private byDigits = new Map<string, string[]>()

  constructor(entries: Iterable<[string, T]>) {
    for (const [no, item] of entries) {
      this.exact.set(no, item)
      this.upper.set(no.toUpperCase(), no)
      if (/^\d+$/.test(no)) {
        const key = no.replace(/^0+(?=\d)/, '')
        const list = this.byDigits.get(key) ?? []
        list.push(no)
        this.byDigits.set(key, list)
      }
    }
  }

  match(fileNo: string): StaffMatch<T> {
    const hit = this.exact.get(fileNo)
    if (hit !== undefined) return { kind: 'exact', item: hit, staffNo: fileNo }
    const cased = this.upper.get(fileNo.toUpperCase())
    if (cased !== undefined) return { kind: 'exact', item: this.exact.get(cased) as T, staffNo: cased }
    if (!/^\d+$/.test(fileNo)) return { kind: 'none' }
    const list = this.byDigits.get(fileNo.replace(/^0+(?=\d)/, '')) ?? []
    if (list.length === 1) return { kind: 'zeros', item: this.exact.get(list[0]) as T, staffNo: list[0] }
    if (list.length > 1) return { kind: 'ambiguous', candidates: list }
    return { kind: 'none' }
  }
}

export function isoDate(d: Date): string {
  // exceljs hands dates over as UTC wall-clock values, so the UTC fields are the ones the clerk typed
  const y = d.getUTCFullYear()
  const m = String(d.getUTCMonth() + 1).padStart(2, '0')
  const day = String(d.getUTCDate()).padStart(2, '0')
  return `${y}-${m}-${day}`
}

/** Excel's 1900 date system, for date columns that arrive as plain serial numbers. */
function fromSerial(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400) * 1000)
}

export type ParsedDate = { ok: true; value: string | null } | { ok: false }

/** Dates as Date cells, serial numbers or text (2025-01-31, 2025/1/31, 2025.1.31, 2025年1月31日). */
export function parseDate(v: Cell): ParsedDate {
  if (v === null) return { ok: true, value: null }
  if (v instanceof Date) return { ok: true, value: isoDate(v) }
  if (typeof v === 'number') {
    if (v > 0 && v < 2958466) return { ok: true, value: isoDate(fromSerial(v)) }
    return { ok: false }
  }
  const s = keyText(v)
  if (s === null) return { ok: true, value: null }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s)
  if (!m) return { ok: false }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return { ok: false }
  return { ok: true, value: isoDate(date) }
}

/** 出生年月: a year and month (YYYY-MM); text that is not a recognisable date is kept as written. */
export function parseYearMonth(v: Cell): string | null {
  if (v === null) return null
  if (v instanceof Date) return isoDate(v).slice(0, 7)
  const s = keyText(v)
  if (s === null) return null
  const m = /^(\d{4})[-/.年](\d{1,2})(?:月|[-/.月]\d{1,2}日?)?$/.exec(s) ?? /^(\d{4})(\d{2})$/.exec(s)
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${m[2].padStart(2, '0')}`
  if (typeof v === 'number' && v > 3000 && v < 2958466) return isoDate(fromSerial(v)).slice(0, 7)
  return cellText(v)
}

/** Splits a list cell on the separators offices use: 、 , ， ; ； and line breaks (not /: it nests departments). */
export function splitList(v: Cell): string[] {
  const s = cellText(v)
  if (s === null) return []
  return s
    .split(/[、,，;；\n\r]+/)
    .map((x) => x.replace(SPACES, ''))
    .filter((x) => x !== '')
}
