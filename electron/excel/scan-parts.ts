import { AppError } from '../../shared/contract/app-error'
import { t } from '../../shared/i18n'
import { MAX_CELL_CHARS, MAX_SHARED_STRINGS, MAX_STYLE_ENTRIES } from './file-limits'
import type { SharedStringsInfo } from './scan-worksheet'
import { TextMeter, type TagListener } from './xml-tags'

const n = (v: number) => v.toLocaleString('en-US')

/** Reads nothing: the tokenizer alone refuses DOCTYPE declarations in parts not otherwise checked. */
export const onlyDeclarations: TagListener = { wantsText: false, open: () => undefined, close: () => undefined, text: () => undefined }

/**
 * Counts the shared strings and notes those longer than a cell may hold (by index), so the sheet
 * that uses one can be named with the cell; refuses a table of more strings than a workbook needs.
 */
export class SharedStringsScan implements TagListener {
  wantsText = false
  readonly info: SharedStringsInfo = { count: 0, long: new Map() }
  private phonetic = 0
  private inItem = false
  private readonly meter = new TextMeter()

  constructor(private readonly part: string) {}

  open(name: string, _attrs: string, selfClosing: boolean): void {
    if (name === 'si') {
      this.inItem = true
      this.meter.reset()
      if (++this.info.count > MAX_SHARED_STRINGS) {
        throw new AppError('bad-file', t('import.file.tooManyStrings', { part: this.part, limit: n(MAX_SHARED_STRINGS) }))
      }
      if (selfClosing) this.inItem = false
    } else if (name === 'rPh') this.phonetic++
    else if (name === 't' && this.inItem && this.phonetic === 0 && !selfClosing) this.wantsText = true
  }

  close(name: string): void {
    if (name === 't') this.wantsText = false
    else if (name === 'rPh') this.phonetic = Math.max(0, this.phonetic - 1)
    else if (name === 'si' && this.inItem) {
      this.inItem = false
      if (this.meter.length > MAX_CELL_CHARS) this.info.long.set(this.info.count - 1, { length: this.meter.length, quote: this.meter.quote() })
    }
  }

  text(s: string, start: number, end: number): void {
    this.meter.add(s, start, end)
  }
}

/** The collections exceljs builds one object each for; the cell formats (`xf`) are the usual bomb. */
const STYLE_ENTRIES = new Set(['xf', 'font', 'fill', 'border', 'numFmt', 'dxf', 'cellStyle'])

export class StylesScan implements TagListener {
  wantsText = false
  private readonly counts = new Map<string, number>()

  constructor(private readonly part: string) {}

  open(name: string): void {
    if (!STYLE_ENTRIES.has(name)) return
    const c = (this.counts.get(name) ?? 0) + 1
    this.counts.set(name, c)
    if (c > MAX_STYLE_ENTRIES) throw new AppError('bad-file', t('import.file.tooManyStyles', { part: this.part, limit: n(MAX_STYLE_ENTRIES) }))
  }

  close(): void {}
  text(): void {}
}

const DEFINED_NAME = /<(?:\w+:)?definedName\b[^>]*>([^<]*)<\/(?:\w+:)?definedName>/g
const NAME_RANGE = /!\$?([A-Za-z]{1,4})\$?(\d{1,10})(?::\$?([A-Za-z]{1,4})\$?(\d{1,10}))?/g

function columnNumber(letters: string): number {
  let v = 0
  for (const ch of letters.toUpperCase()) v = v * 26 + (ch.charCodeAt(0) - 64)
  return v
}

/**
 * The cells the workbook's defined names cover (print areas and titles among them): exceljs builds
 * one entry per cell of each range when it loads them. Whole columns or rows ($A:$A) it leaves alone.
 */
export function definedNamesArea(workbookXml: string): number {
  let area = 0
  for (const m of workbookXml.matchAll(DEFINED_NAME)) {
    for (const r of m[1].matchAll(NAME_RANGE)) {
      const [c1, r1] = [columnNumber(r[1]), Number(r[2])]
      const [c2, r2] = r[3] ? [columnNumber(r[3]), Number(r[4])] : [c1, r1]
      area += (Math.abs(c2 - c1) + 1) * (Math.abs(r2 - r1) + 1)
    }
  }
  return area
}
