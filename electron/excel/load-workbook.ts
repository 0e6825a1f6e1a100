import { AppError } from '../../shared/contract/app-error'
import { fileOverLimitMessage, MAX_IMPORT_FILE_BYTES } from '../../shared/contract/imports'
import { t, type MessageKey } from '../../shared/i18n'
import type { WorkbookModel } from './model'
import { inflateEntry, listZipEntries } from './zip-probe'
import { guardWorkbook } from './guard-workbook'
import { fileLabel } from './part-names'
import { readXlsx, SheetTooLarge, MAX_CELLS_PER_SHEET } from './read-xlsx'
import { CsvRefusal, decodeText, readCsv } from './read-csv'
import { describeXlsxFailure } from './xlsx-failure'

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])

function badFile(key: MessageKey, params?: Record<string, string | number>): AppError {
  return new AppError('bad-file', t(key, params))
}

/**
 * Reads a workbook from its bytes into the neutral model. The format is told by content, never by
 * the file's extension (offices rename files freely); every failure is a 'bad-file' AppError.
 */
export async function loadWorkbook(bytes: Buffer, fileName = ''): Promise<WorkbookModel> {
  if (bytes.length === 0) throw badFile('import.file.empty')
  if (bytes.length > MAX_IMPORT_FILE_BYTES) throw new AppError('bad-file', fileOverLimitMessage(fileName, bytes.length))
  if (bytes.subarray(0, 8).equals(OLE_MAGIC)) {
    // an Excel file with an open password is an OLE container too, holding an "EncryptedPackage"
    const encrypted = bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))
    throw badFile(encrypted ? 'import.file.encrypted' : 'import.file.xls')
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return loadZip(bytes, fileName)
  return loadText(bytes, fileName)
}

async function loadZip(bytes: Buffer, fileName: string): Promise<WorkbookModel> {
  const entries = listZipEntries(bytes)
  if (!entries) throw badFile('import.file.damaged')
  const names = new Set(entries.map((e) => e.name.toLowerCase()))
  if (names.has('xl/workbook.bin')) throw badFile('import.file.xlsb')
  const mimetype = entries.find((e) => e.name === 'mimetype' && e.uncompressedSize < 200)
  if (mimetype) {
    let mime = ''
    try {
      mime = inflateEntry(bytes, mimetype).toString('utf8')
    } catch {
      throw badFile('import.file.damaged')
    }
    if (mime.includes('opendocument.spreadsheet')) throw badFile('import.file.ods')
    throw badFile('import.file.unknown')
  }
  if (names.has('word/document.xml')) throw badFile('import.file.word')
  if (!names.has('xl/workbook.xml')) {
    // a workbook part elsewhere (e.g. wtf/workbook.xml) is valid OOXML, but exceljs only reads xl/
    if ([...names].some((n) => n.endsWith('/workbook.xml'))) throw badFile('import.file.nonstandardXlsx')
    throw badFile('import.file.unknown')
  }
  const sheetNames = await guardWorkbook(bytes, entries, fileName)
  let sheets
  try {
    sheets = await readXlsx(bytes)
  } catch (e) {
    if (e instanceof SheetTooLarge) {
      throw badFile('import.file.sheetTooLarge', { sheet: e.sheet, limit: MAX_CELLS_PER_SHEET.toLocaleString('en-US') })
    }
    // exceljs and saxes speak English about their internals: the clerk is told the part and the place
    throw await describeXlsxFailure(e, bytes, entries, sheetNames, fileLabel(fileName))
  }
  if (sheets.length === 0) throw badFile('import.file.noSheets')
  return { format: 'xlsx', sheets, notes: [] }
}

function loadText(bytes: Buffer, fileName: string): WorkbookModel {
  const decoded = decodeText(bytes)
  if (!decoded) throw badFile('import.file.unknown')
  const head = decoded.text.slice(0, 2048).trimStart().toLowerCase()
  // business systems often export an HTML table or XML Spreadsheet 2003 and name it ".xls"
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<table')) {
    throw badFile('import.file.html')
  }
  if (head.startsWith('<?xml')) {
    throw badFile(head.includes('urn:schemas-microsoft-com:office:spreadsheet') ? 'import.file.xml2003' : 'import.file.unknown')
  }
  const sheetName = fileName.replace(/\.[^.]*$/, '') || 'CSV'
  let sheet
  try {
    sheet = readCsv(decoded, sheetName)
  } catch (e) {
    if (e instanceof SheetTooLarge) {
      throw badFile('import.file.sheetTooLarge', { sheet: e.sheet, limit: MAX_CELLS_PER_SHEET.toLocaleString('en-US') })
    }
    if (e instanceof CsvRefusal) throw badFile(e.key, e.params)
    throw e
  }
  return { format: 'csv', sheets: [sheet], notes: [t('import.file.encoding', { encoding: t(`import.encoding.${decoded.encoding}`) })] }
}
