import { AppError } from '../../shared/contract/app-error'
import { t } from '../../shared/i18n'
import { MAX_CELLS_PER_SHEET } from './read-xlsx'
import { inflateEntry, type ZipEntry } from './zip-probe'

/** Inflated size above which a workbook is refused before exceljs expands it (zip bombs). */
const MAX_INFLATED_BYTES = 600 * 1024 * 1024
const MAX_ZIP_ENTRIES = 20_000
/** exceljs checks each merge against all earlier ones on load: quadratic, so their number is capped */
const MAX_MERGES_PER_SHEET = 20_000

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i
const MERGE_TAG = Buffer.from('<mergeCell ')
const REF = /ref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"/

/**
 * Checks a workbook's parts before exceljs loads it: declared sizes, sizes that lie, and merged
 * ranges so large that exceljs would create every covered cell (a tiny file can declare A1:XFD1048576).
 */
export function guardWorkbook(bytes: Buffer, entries: ZipEntry[]): void {
  if (entries.length > MAX_ZIP_ENTRIES) throw new AppError('bad-file', t('import.file.tooManyParts', { count: entries.length }))
  let total = 0
  for (const e of entries) {
    // 0xFFFFFFFF marks a ZIP64 size: more than 4 GB, far beyond any table a clerk imports
    total += e.uncompressedSize === 0xffffffff ? Infinity : e.uncompressedSize
  }
  if (total > MAX_INFLATED_BYTES) {
    throw new AppError(
      'bad-file',
      t('import.file.tooLarge', {
        size: Number.isFinite(total) ? Math.round(total / 1024 / 1024) : '> 4096',
        limit: MAX_INFLATED_BYTES / 1024 / 1024,
      }),
    )
  }
  for (const e of entries) {
    if (e.name.endsWith('/')) continue
    let data: Buffer
    try {
      data = inflateEntry(bytes, e)
    } catch {
      throw new AppError('bad-file', t('import.file.damaged'))
    }
    if (WORKSHEET.test(e.name)) checkMerges(data)
  }
}

function columnNumber(letters: string): number {
  let n = 0
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n
}

function checkMerges(xml: Buffer): void {
  let count = 0
  let area = 0
  let at = xml.indexOf(MERGE_TAG)
  while (at >= 0) {
    count++
    const m = REF.exec(xml.toString('latin1', at, Math.min(xml.length, at + 80)))
    if (m) {
      const cols = Math.abs(columnNumber(m[3]) - columnNumber(m[1])) + 1
      const rows = Math.abs(Number(m[4]) - Number(m[2])) + 1
      area += cols * rows
    }
    if (count > MAX_MERGES_PER_SHEET || area > MAX_CELLS_PER_SHEET) {
      throw new AppError('bad-file', t('import.file.mergeBomb', { limit: MAX_CELLS_PER_SHEET.toLocaleString('en-US') }))
    }
    at = xml.indexOf(MERGE_TAG, at + MERGE_TAG.length)
  }
}
