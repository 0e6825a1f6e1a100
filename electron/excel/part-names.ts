import path from 'node:path/posix'
import { t } from '../../shared/i18n'

const SHEET_TAG = /<(?:\w+:)?sheet\b([^>]*)>/g
const REL_TAG = /<(?:\w+:)?Relationship\b([^>]*)>/g

function attrOf(attrs: string, name: RegExp): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name.source}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs)
  return m ? (m[1] ?? m[2]) : undefined
}

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

/**
 * The sheet names as the clerk sees them on the tabs, by worksheet part (xl/worksheets/sheet3.xml
 * → 名册), from xl/workbook.xml and its rels; parts the directory does not name are absent.
 */
export function sheetNamesByPart(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>()
  for (const m of relsXml.matchAll(REL_TAG)) {
    const id = attrOf(m[1], /Id/)
    const target = attrOf(m[1], /Target/)
    if (!id || !target) continue
    const resolved = target.startsWith('/') ? target.slice(1) : path.normalize(path.join('xl', decodeEntities(target)))
    targets.set(id, resolved.toLowerCase())
  }
  const names = new Map<string, string>()
  for (const m of workbookXml.matchAll(SHEET_TAG)) {
    const name = attrOf(m[1], /name/)
    const id = attrOf(m[1], /(?:\w+:)?id/)
    const part = id ? targets.get(id) : undefined
    if (name && part) names.set(part, decodeEntities(name))
  }
  return names
}

/** A part in a clerk's words: 工作表“名册”, 共享文字表（sharedStrings.xml）, 内部部件“…”. */
export function partLabel(part: string, sheets: Map<string, string>): string {
  const name = part.replace(/^\//, '')
  const sheet = sheets.get(name.toLowerCase())
  if (sheet !== undefined) return t('import.file.part.sheet', { sheet })
  const rels = /^xl\/worksheets\/_rels\/([^/]+)\.rels$/i.exec(name)
  if (rels) return t('import.file.part.sheetRels', { sheet: sheetLabel(`xl/worksheets/${rels[1]}`, sheets), file: path.basename(name) })
  if (/^xl\/worksheets\//i.test(name)) return t('import.file.part.sheetFile', { file: path.basename(name) })
  if (/^xl\/sharedStrings\.xml$/i.test(name)) return t('import.file.part.sharedStrings')
  if (/^xl\/styles\.xml$/i.test(name)) return t('import.file.part.styles')
  if (/^xl\/workbook\.xml$/i.test(name)) return t('import.file.part.workbook')
  return t('import.file.part.other', { part: name })
}

/** The sheet's own name for messages about it, or its file's name when the directory has none. */
export function sheetLabel(part: string, sheets: Map<string, string>): string {
  return sheets.get(part.toLowerCase()) ?? path.basename(part)
}

/** “X.xlsx” for a message's 文件{file}, nothing when the name is unknown. */
export function fileLabel(fileName: string): string {
  return fileName ? t('import.file.named', { file: fileName }) : ''
}
