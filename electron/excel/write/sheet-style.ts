import type ExcelJS from 'exceljs'
import { t } from '../../../shared/i18n'

/**
 * The look every sheet Kaohe writes shares: fonts that exist on Chinese Windows and in WPS, thin
 * borders, A4 page setup that fits the width, page numbers, and widths that fit Chinese text.
 */

/** GB2312: tells Excel and WPS which code page the font names belong to */
const CHARSET_GB2312 = 134

// the native names (not SimSun / SimHei) are what Chinese Excel and WPS write themselves
export const bodyFont: Partial<ExcelJS.Font> = { name: '宋体', size: 10.5, charset: CHARSET_GB2312 }
export const headerFont: Partial<ExcelJS.Font> = { name: '黑体', size: 11, charset: CHARSET_GB2312 }
export const titleFont: Partial<ExcelJS.Font> = { name: '黑体', size: 16, charset: CHARSET_GB2312 }
export const noteFont: Partial<ExcelJS.Font> = { name: '宋体', size: 9, charset: CHARSET_GB2312 }

export const numFmt = {
  score: '0.00',
  percent: '0.00%',
  integer: '0',
  text: '@',
} as const

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } }
export const thinBorder: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin }

export const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } }

/**
 * Width in Excel column units. A unit is one digit of the default font; a Chinese character (and
 * any full-width form) in 宋体 is about two of them.
 */
export function displayWidth(text: string): number {
  let width = 0
  for (const ch of text) width += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1
  return width
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || // Hangul Jamo
    (cp >= 0x2e80 && cp <= 0xa4cf) || // CJK radicals … Yi, including punctuation 、。「」
    (cp >= 0xac00 && cp <= 0xd7a3) || // Hangul syllables
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0xff00 && cp <= 0xff60) || // full-width forms: （），：８５
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd) // CJK extensions B…
  )
}

export interface WidthLimits {
  min?: number
  max?: number
}

/** The widest line of any value, plus room for the cell padding, within the limits. */
export function fitWidth(texts: Iterable<string>, limits: WidthLimits = {}): number {
  const { min = 6, max = 40 } = limits
  let widest = 0
  for (const text of texts) {
    for (const line of text.split('\n')) widest = Math.max(widest, displayWidth(line))
  }
  return Math.min(max, Math.max(min, widest + 2))
}

/**
 * Beyond this many width units a portrait A4 page (about 180 mm between the margins) would shrink
 * the text below a readable size, so the sheet is printed landscape instead.
 */
export const PORTRAIT_MAX_WIDTH = 95

export interface PageOptions {
  /** total of the column widths, to choose the orientation */
  totalWidth: number
  /** rows printed again at the top of every page, e.g. `2:3` */
  repeatRows?: { first: number; last: number }
}

export function pageSetup(opts: PageOptions): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4
    orientation: opts.totalWidth > PORTRAIT_MAX_WIDTH ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages down as it takes
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    ...(opts.repeatRows ? { printTitlesRow: `${opts.repeatRows.first}:${opts.repeatRows.last}` } : {}),
  }
}

export function pageHeaderFooter(): Partial<ExcelJS.HeaderFooter> {
  return { oddFooter: `&C${t('report.page.footer')}` }
}

/** Freezes the rows above `firstDataRow` and the first `columns` columns. */
export function frozenView(firstDataRow: number, columns = 0): Partial<ExcelJS.WorksheetView> {
  return { state: 'frozen', ySplit: firstDataRow - 1, xSplit: columns }
}

/** Formats a value the way its cell will show it, to size the column. */
export function shownText(value: string | number | null, format: string): string {
  if (value === null) return ''
  if (typeof value === 'string') return value
  if (format === numFmt.score) return value.toFixed(2)
  if (format === numFmt.percent) return `${(value * 100).toFixed(2)}%`
  return String(value)
}

/** the body text size; displayWidth counts a Chinese character as 2 units at this size */
const BODY_SIZE = 10.5

/**
 * Points per line of wrapped text at a font size: 宋体 needs about 1.3 em, but where it is missing
 * (LibreOffice on Linux) the Noto CJK that stands in for it is taller, and a row sized for 宋体
 * loses its last line.
 */
export function lineHeight(size: number = BODY_SIZE): number {
  return Math.ceil(size * 1.45 * 2) / 2
}

/**
 * The height of a text wrapped in a cell `width` units wide, in `font`: a smaller font fits more
 * characters in a line (9 pt notes about 7 where 10.5 pt fits 6), and takes less height a line.
 */
export function textHeight(text: string, width: number, font: Partial<ExcelJS.Font> = bodyFont): number {
  const size = font.size ?? BODY_SIZE
  return Math.max(1, wrappedLines(text, (width * BODY_SIZE) / size)) * lineHeight(size)
}

/** Rows of wrapped text in merged cells never grow by themselves: estimate the height. */
export function wrappedHeight(text: string, width: number, lineHeight = 14): number {
  return Math.max(1, wrappedLines(text, width)) * lineHeight
}

/**
 * The lines a text takes in a column `width` units wide, wrapped as spreadsheets wrap it: Chinese
 * characters break anywhere, a run of Latin letters and digits (89.88, 2025-07-15) moves whole to
 * the next line, spaces break. Counting characters alone undercounts a note full of numbers, and
 * its last line is clipped in print.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 2)
  let total = 0
  for (const paragraph of text.split('\n')) {
    let lines = 1
    let used = 0
    const place = (w: number) => {
      if (used + w > room && used > 0) {
        lines++
        used = 0
      }
      // a word wider than the whole column is broken where it must be
      while (w > room) {
        lines++
        w -= room
      }
      used += w
    }
    let word = 0
    for (const ch of paragraph) {
      const cp = ch.codePointAt(0) ?? 0
      if (ch === ' ') {
        place(word)
        word = 0
        // a space at the end of a line does not start the next one
        if (used + 1 <= room) used += 1
      } else if (isWide(cp)) {
        place(word)
        word = 0
        place(2)
      } else {
        word += 1
      }
    }
    place(word)
    total += lines
  }
  return total
}
