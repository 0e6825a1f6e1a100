import { StringDecoder } from 'node:string_decoder'
import { SaxesParser } from 'saxes'
import { AppError } from '../../shared/contract/app-error'
import { t } from '../../shared/i18n'
import { partLabel } from './part-names'
import { readXlsx } from './read-xlsx'
import { streamEntry, zipSubset, type ZipEntry } from './zip-probe'

/** exceljs's own pattern for the worksheet parts it reads */
const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/i

const XML_PART = /\.(xml|rels|vml)$/i
const SAXES_POSITION = /(\d+):(\d+): (.*)$/

type Cause = 'entity' | 'structure' | 'other'

/** saxes' English reason, in one of three kinds a clerk can be told about. */
function causeOf(reason: string): Cause {
  if (/entity|character reference/i.test(reason)) return 'entity'
  if (/tag|root|closing|close|end of input/i.test(reason)) return 'structure'
  return 'other'
}

/**
 * Turns whatever exceljs threw for a workbook that passed the guard into a clerk's message naming
 * the file and the part: the first part that is not well-formed XML, with its line and character
 * (found by parsing each part again, as a stream); otherwise the part kind exceljs was reading
 * when it failed. Never the parser's English.
 */
export async function describeXlsxFailure(
  error: unknown,
  bytes: Buffer,
  entries: ZipEntry[],
  sheets: Map<string, string>,
  file: string,
): Promise<AppError> {
  for (const e of entries) {
    const part = e.name.replace(/^\//, '')
    if (!XML_PART.test(part)) continue
    const found = await firstXmlError(bytes, e)
    if (found) {
      return new AppError(
        'bad-file',
        t('import.file.xmlBroken', { file, part: partLabel(part, sheets), line: found.line, column: found.column, cause: t(`import.file.xmlCause.${found.cause}`) }),
      )
    }
  }
  const part = partFromStack(error, sheets) === SOME_SHEET ? await failingSheet(bytes, entries, sheets) : partFromStack(error, sheets)
  return new AppError('bad-file', part ? t('import.file.unreadablePart', { file, part }) : t('import.file.unreadableStructure', { file }))
}

async function firstXmlError(bytes: Buffer, e: ZipEntry): Promise<{ line: number; column: number; cause: Cause } | null> {
  const parser = new SaxesParser()
  const decoder = new StringDecoder('utf8')
  try {
    await streamEntry(bytes, e, (chunk) => void parser.write(decoder.write(chunk)))
    parser.write(decoder.end())
    parser.close()
    return null
  } catch (err) {
    const m = err instanceof Error ? SAXES_POSITION.exec(err.message) : null
    // the guard already checked every part's bytes, so a failure here is the XML itself
    return m ? { line: Number(m[1]), column: Number(m[2]), cause: causeOf(m[3]) } : null
  }
}

const SOME_SHEET = '\u0000sheet'

/**
 * Which sheet exceljs cannot read, found by reading each alone with the other parts (their bytes
 * copied, not inflated): this runs only after a failure, and costs about one more read of the file.
 */
async function failingSheet(bytes: Buffer, entries: ZipEntry[], sheets: Map<string, string>): Promise<string> {
  const isSheet = (e: ZipEntry) => WORKSHEET.test(e.name.replace(/^\//, ''))
  const worksheets = entries.filter(isSheet)
  const others = entries.filter((e) => !isSheet(e))
  if (worksheets.length === 1) return partLabel(worksheets[0].name, sheets)
  for (const ws of worksheets) {
    try {
      await readXlsx(zipSubset(bytes, [...others, ws]))
    } catch {
      return partLabel(ws.name, sheets)
    }
  }
  return t('import.file.part.someSheet')
}

/** exceljs names its readers after the part they read (SharedStringsXform, StylesXform, WorkSheetXform…). */
function partFromStack(error: unknown, sheets: Map<string, string>): string | null {
  const stack = error instanceof Error ? (error.stack ?? '') : ''
  if (/shared-?strings/i.test(stack)) return partLabel('xl/sharedStrings.xml', sheets)
  if (/styles?-?xform|style-manager/i.test(stack)) return partLabel('xl/styles.xml', sheets)
  if (/work-?sheet|sheet-?xform|row-xform|cell-xform/i.test(stack)) return SOME_SHEET
  if (/workbook/i.test(stack)) return partLabel('xl/workbook.xml', sheets)
  return null
}
