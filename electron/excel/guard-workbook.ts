import { AppError } from '../../shared/contract/app-error'
import { t } from '../../shared/i18n'
import {
  MAX_COMPRESSION_RATIO,
  MAX_DEFINED_NAMES_AREA,
  MAX_DIRECTORY_PART_BYTES,
  MAX_INFLATED_BYTES,
  MAX_ZIP_ENTRIES,
  RATIO_FLOOR_BYTES,
} from './file-limits'
import { fileLabel, partLabel, sheetLabel, sheetNamesByPart } from './part-names'
import { definedNamesArea, onlyDeclarations, SharedStringsScan, StylesScan } from './scan-parts'
import { WorksheetScan, type SharedStringsInfo } from './scan-worksheet'
import { XmlRefusal, XmlTags, type TagListener } from './xml-tags'
import { inflateEntry, streamEntry, ZipDamage, type ZipEntry } from './zip-probe'

/** The worksheet parts exceljs reads: its own pattern (unanchored, as it matches), plus any under xl/worksheets/. */
const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml|^xl\/worksheets\/[^/]+\.xml$/i
const XML_PART = /\.(xml|rels|vml)$/i

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)

/**
 * Checks every part of a workbook before exceljs loads it, inflating each as a stream (bounded
 * memory): sizes and compression ratios from the central directory, the CRC-32 of every part,
 * DOCTYPE declarations, and, per worksheet, what exceljs and the model would build from it
 * (scan-worksheet.ts). Every refusal names the file and the part or sheet in a clerk's words.
 * Answers the sheet names by part, for later messages.
 */
export async function guardWorkbook(bytes: Buffer, entries: ZipEntry[], fileName = ''): Promise<Map<string, string>> {
  const file = fileLabel(fileName)
  if (entries.length > MAX_ZIP_ENTRIES) throw new AppError('bad-file', t('import.file.tooManyParts', { count: entries.length }))
  const sheets = checkTotal(bytes, entries, file)
  checkRatios(entries, file, sheets)
  const parts = entries.filter((e) => !e.name.endsWith('/'))
  const name = (e: ZipEntry) => e.name.replace(/^\//, '')
  // shared strings before the sheets, so a sheet's reference to an overlong or missing one names its cell
  const order = (e: ZipEntry) => (/^xl\/sharedStrings\.xml$/i.test(name(e)) ? 0 : WORKSHEET.test(name(e)) ? 2 : 1)
  let shared: SharedStringsInfo | null = null
  for (const e of [...parts].sort((a, b) => order(a) - order(b))) {
    const part = name(e)
    let listener: TagListener | null = XML_PART.test(part) ? onlyDeclarations : null
    let sheetScan: WorksheetScan | null = null
    let sharedScan: SharedStringsScan | null = null
    if (/^xl\/sharedStrings\.xml$/i.test(part)) listener = sharedScan = new SharedStringsScan(partLabel(part, sheets))
    else if (/^xl\/styles\.xml$/i.test(part)) listener = new StylesScan(partLabel(part, sheets))
    else if (WORKSHEET.test(part)) listener = sheetScan = new WorksheetScan(sheetLabel(part, sheets), shared)
    await readPart(bytes, e, listener, file, partLabel(part, sheets))
    sheetScan?.finish()
    if (sharedScan) shared = sharedScan.info
  }
  return sheets
}

/** The declared inflated total, naming the largest part; answers the sheet names when within it. */
function checkTotal(bytes: Buffer, entries: ZipEntry[], file: string): Map<string, string> {
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0)
  if (total <= MAX_INFLATED_BYTES) return readSheetNames(bytes, entries, file)
  const largest = entries.reduce((a, b) => (b.uncompressedSize > a.uncompressedSize ? b : a))
  let sheets = new Map<string, string>()
  try {
    sheets = readSheetNames(bytes, entries, file)
  } catch {
    // the names only make the message clearer; the refusal stands without them
  }
  throw new AppError(
    'bad-file',
    t('import.file.tooLarge', {
      size: mb(total).toLocaleString('en-US'),
      part: partLabel(largest.name, sheets),
      partSize: mb(largest.uncompressedSize).toLocaleString('en-US'),
      limit: mb(MAX_INFLATED_BYTES),
    }),
  )
}

/** A part that inflates far more than any real sheet does is a zip bomb, whatever its total. */
function checkRatios(entries: ZipEntry[], file: string, sheets: Map<string, string>): void {
  for (const e of entries) {
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize)
    if (e.uncompressedSize > RATIO_FLOOR_BYTES && ratio > MAX_COMPRESSION_RATIO) {
      throw new AppError(
        'bad-file',
        t('import.file.ratio', { file, part: partLabel(e.name, sheets), ratio: Math.round(ratio).toLocaleString('en-US'), limit: MAX_COMPRESSION_RATIO }),
      )
    }
  }
}

/** The tab names by worksheet part, from the two small directory parts (read whole, CRC checked). */
function readSheetNames(bytes: Buffer, entries: ZipEntry[], file: string): Map<string, string> {
  const read = (partName: string): string => {
    const e = [...entries].reverse().find((x) => x.name.replace(/^\//, '').toLowerCase() === partName.toLowerCase())
    if (!e) return ''
    const label = partLabel(partName, new Map())
    if (e.uncompressedSize > MAX_DIRECTORY_PART_BYTES) {
      throw new AppError('bad-file', t('import.file.partTooLarge', { file, part: label, size: mb(e.uncompressedSize) }))
    }
    try {
      const data = inflateEntry(bytes, e)
      new XmlTags(onlyDeclarations).feed(data)
      return data.toString('utf8')
    } catch (err) {
      throw refusal(err, file, label)
    }
  }
  const workbookXml = read('xl/workbook.xml')
  if (definedNamesArea(workbookXml) > MAX_DEFINED_NAMES_AREA) {
    throw new AppError('bad-file', t('import.file.namesBomb', { file, limit: MAX_DEFINED_NAMES_AREA.toLocaleString('en-US') }))
  }
  return sheetNamesByPart(workbookXml, read('xl/_rels/workbook.xml.rels'))
}

async function readPart(bytes: Buffer, e: ZipEntry, listener: TagListener | null, file: string, label: string): Promise<void> {
  const tags = listener ? new XmlTags(listener) : null
  try {
    await streamEntry(bytes, e, (chunk) => tags?.feed(chunk))
  } catch (err) {
    throw refusal(err, file, label)
  }
}

/** A failure while reading a part as the clerk's message; AppErrors (already worded) pass. */
function refusal(err: unknown, file: string, part: string): unknown {
  if (err instanceof ZipDamage) return new AppError('bad-file', t('import.file.damagedPart', { file, part, reason: t(`import.file.zipFault.${err.fault}`) }))
  if (err instanceof XmlRefusal) return new AppError('bad-file', t(`import.file.xml.${err.reason}`, { file, part }))
  return err
}
