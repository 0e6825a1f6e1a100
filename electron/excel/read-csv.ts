import type { Cell, SheetModel } from './model'
import { MAX_CELL_CHARS, MAX_CSV_FIELDS } from './file-limits'
import { MAX_CELLS_PER_SHEET, SheetTooLarge } from './read-xlsx'

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030'

export interface DecodedText {
  text: string
  encoding: TextEncodingName
}

/**
 * Decodes the bytes of a text table: BOMs first, then strict UTF-8, then GB18030 (a superset of
 * GBK, what Chinese Excel and WPS write as "CSV"). null when the bytes are not text at all.
 */
export function decodeText(bytes: Buffer): DecodedText | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return checked(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8-bom')
  }
  // Excel's "Unicode text" export is UTF-16 with a BOM, tab-separated
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be')
  if (bytes.includes(0)) return null
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8')
  } catch {
    return checked(new TextDecoder('gb18030').decode(bytes), 'gb18030')
  }
}

/** Text with control characters or many replacement characters is binary that happened to decode. */
function checked(text: string, encoding: TextEncodingName): DecodedText | null {
  const sample = text.slice(0, 65536)
  let bad = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || c === 0x7f) bad++
  }
  if (sample.length === 0 || bad > sample.length * 0.01) return null
  return { text, encoding }
}

const DELIMITERS = [',', '\t', ';', '|'] as const

/** The delimiter used the same number of times on most of the first lines (quotes respected). */
export function detectDelimiter(text: string): string {
  const lines = rawLines(text.slice(0, 65536), 20)
  let best = ','
  let bestScore = 0
  for (const d of DELIMITERS) {
    const counts = lines.filter((l) => l.trim() !== '').map((l) => countOutsideQuotes(l, d))
    const freq = new Map<number, number>()
    for (const c of counts) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1)
    let score = 0
    for (const [n, f] of freq) score = Math.max(score, f * 1000 + n)
    if (score > bestScore) {
      best = d
      bestScore = score
    }
  }
  return best
}

/** The first records as written (quotes kept), so delimiters inside quotes can be told apart. */
function rawLines(text: string, max: number): string[] {
  const lines: string[] = []
  let quoted = false
  let start = 0
  for (let i = 0; i < text.length && lines.length < max; i++) {
    const ch = text[i]
    if (ch === '"') quoted = !quoted
    else if ((ch === '\n' || ch === '\r') && !quoted) {
      lines.push(text.slice(start, i))
      start = i + 1
    }
  }
  if (lines.length < max && start < text.length) lines.push(text.slice(start))
  return lines
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0
  let quoted = false
  for (const ch of line) {
    if (ch === '"') quoted = !quoted
    else if (ch === d && !quoted) n++
  }
  return n
}

/** A CSV refused while it is split: the message key and what it names. */
export class CsvRefusal extends Error {
  constructor(
    readonly key: 'import.file.csvFieldTooLong' | 'import.file.csvTooManyFields',
    readonly params: Record<string, string | number>,
  ) {
    super(key)
  }
}

const nf = (v: number) => v.toLocaleString('en-US')

/**
 * RFC 4180 parsing, forgiving: a quote inside an unquoted field is kept as text; a line break
 * inside quotes belongs to the field; CRLF, LF and CR all end a record. The limits are counted while
 * splitting, so a hostile file is refused before its records exist: a field longer than a cell may
 * be (a missing quote joins everything after it), more fields than Excel has columns, more cells
 * than a sheet may have.
 */
export function splitRecords(text: string, delimiter: string, maxRecords = Infinity, sheet = 'CSV'): string[][] {
  const records: string[][] = []
  let field = ''
  let record: string[] = []
  let cells = 0
  let i = 0
  let quoted = false
  let fieldStart = true
  const n = text.length
  const checkField = () => {
    if (field.length > MAX_CELL_CHARS) {
      const text20 = `${[...field.slice(0, 40)].slice(0, 20).join('')}…`
      throw new CsvRefusal('import.file.csvFieldTooLong', { sheet, row: records.length + 1, column: record.length + 1, max: nf(MAX_CELL_CHARS), text: text20 })
    }
  }
  const endField = () => {
    checkField()
    record.push(field)
    field = ''
    fieldStart = true
    if (record.length > MAX_CSV_FIELDS) throw new CsvRefusal('import.file.csvTooManyFields', { sheet, row: records.length + 1, max: nf(MAX_CSV_FIELDS) })
    if (++cells > MAX_CELLS_PER_SHEET) throw new SheetTooLarge(sheet)
  }
  const endRecord = () => {
    endField()
    records.push(record)
    record = []
    if (++cells > MAX_CELLS_PER_SHEET) throw new SheetTooLarge(sheet)
  }
  while (i < n && records.length < maxRecords) {
    if (quoted) {
      const q = text.indexOf('"', i)
      if (q < 0) {
        field += text.slice(i)
        i = n
        break
      }
      field += text.slice(i, q)
      if (text[q + 1] === '"') {
        field += '"'
        i = q + 2
      } else {
        quoted = false
        i = q + 1
      }
      checkField()
      continue
    }
    const ch = text[i]
    if (ch === '"' && fieldStart) {
      quoted = true
      fieldStart = false
      i++
      continue
    }
    if (ch === delimiter) {
      endField()
      i++
      continue
    }
    if (ch === '\r' || ch === '\n') {
      endRecord()
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1
      continue
    }
    // a run of ordinary characters up to the next delimiter or line end, taken as one slice
    let j = i + 1
    while (j < n) {
      const c = text[j]
      if (c === delimiter || c === '\r' || c === '\n') break
      j++
    }
    field += text.slice(i, j)
    fieldStart = false
    i = j
    checkField()
  }
  if (records.length < maxRecords && (field !== '' || record.length > 0)) endRecord()
  return records
}

export function readCsv(decoded: DecodedText, sheetName: string): SheetModel {
  const records = splitRecords(decoded.text, detectDelimiter(decoded.text), Infinity, sheetName)
  const rows: Cell[][] = records.map((rec) => {
    const out: Cell[] = rec.map((f) => (f === '' ? null : f))
    while (out.length > 0 && out[out.length - 1] === null) out.pop()
    return out
  })
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop()
  return { name: sheetName, hidden: false, rows, merges: [], notes: [] }
}
