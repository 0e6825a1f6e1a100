import type { ReadFile } from './read-import'
import { cellAt, sheetWidth } from './model'
import { cellText } from './normalize'

/** Sheet names a spreadsheet program gives by itself: they say nothing about what the sheet holds. */
const DEFAULT_SHEET = /^(sheet|工作表|表)\s*\d*$/i
/** Words a title carries around the name that a scheme's name does not need. */
const TITLE_TAIL = /(导入模板|模板|一览表|明细表)$/

/**
 * A name for what the file holds, as an office titles it: the first text above the header on the
 * table's sheet (the merged title row, `2026年度平时考核指标体系`), else the sheet's own name when it
 * is not a default one, else the file's name without its extension. Empty only for an empty name.
 */
export function tableTitle(read: ReadFile, max = 100): string {
  const table = read.search.table
  const sheet = table ? read.workbook.sheets.find((s) => s.name === table.sheet) : undefined
  if (sheet && table) {
    const width = sheetWidth(sheet)
    for (let r = 1; r < table.headerTop; r++) {
      for (let c = 1; c <= width; c++) {
        const text = cellText(cellAt(sheet, r, c))
        // a unit or date line (`填报单位：…`, `2026-01-05`) is not the title
        if (text && !/[:：]/.test(text) && !/^\d{4}-\d{2}-\d{2}$/.test(text)) return cut(text, max)
      }
    }
    if (!DEFAULT_SHEET.test(sheet.name.trim())) return cut(sheet.name, max)
  }
  return cut(read.fileName.replace(/\.[^.]+$/, ''), max)
}

function cut(text: string, max: number): string {
  const plain = text.replace(/\s+/g, ' ').trim()
  const trimmed = plain.replace(TITLE_TAIL, '').trim() || plain
  return [...trimmed].slice(0, max).join('')
}
