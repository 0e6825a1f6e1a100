import type ExcelJS from 'exceljs'

/**
 * One object per distinct cell style, given to every cell with that style once its row is done and
 * never changed after: exceljs's style table knows a style object it has seen by identity, whereas a
 * style built cell by cell is serialised to XML and looked up for every cell (most of the time of a
 * thousand result sheets). The key is the style's content, so the file's styles are the same.
 */
const styles = new Map<string, Partial<ExcelJS.Style>>()
/** each part's number, found once per object (fonts and borders are mostly sheet-style's shared ones) */
const partIds = new WeakMap<object, number>()
const partIdsByText = new Map<string, number>()

function partId(part: object | string | undefined): string {
  if (part === undefined) return ''
  if (typeof part === 'string') return part
  let id = partIds.get(part)
  if (id === undefined) {
    const text = JSON.stringify(part)
    id = partIdsByText.get(text) ?? partIdsByText.size
    partIdsByText.set(text, id)
    partIds.set(part, id)
  }
  return String(id)
}

export function sharedStyle(style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
  const key = [style.numFmt, style.font, style.border, style.fill, style.alignment, style.protection].map(partId).join('|')
  const seen = styles.get(key)
  if (seen) return seen
  styles.set(key, style)
  return style
}

const alignments = new Map<string, Partial<ExcelJS.Alignment>>()

/** One alignment object for each combination, so that cells share it (see sharedStyle). */
export function aligned(horizontal: 'left' | 'center' | 'right', vertical: 'top' | 'middle' | 'bottom', wrapText?: boolean, indent?: number): Partial<ExcelJS.Alignment> {
  const key = `${horizontal}|${vertical}|${wrapText}|${indent}`
  let a = alignments.get(key)
  if (!a) {
    a = { horizontal, vertical, ...(wrapText !== undefined ? { wrapText } : {}), ...(indent !== undefined ? { indent } : {}) }
    alignments.set(key, a)
  }
  return a
}
