import ExcelJS from 'exceljs'
import { PassThrough } from 'node:stream'
import { keepPrintOptions } from './streamed-print-options'
import './cell-text-guard'

export interface StreamingWorkbook {
  workbook: ExcelJS.stream.xlsx.WorkbookWriter
  /** commits the workbook and returns the file's bytes */
  finish(): Promise<Buffer>
}

/**
 * The time a workbook of results is stamped with: when they were computed, not when exported, so
 * one computation always gives the same file properties (none when the time is unknown).
 */
export function computedStamp(iso: string | null | undefined): Date | undefined {
  const d = iso ? new Date(iso) : null
  return d && !Number.isNaN(d.getTime()) ? d : undefined
}

/**
 * A streaming writer: each row is serialised when committed, so a period of thousands of people
 * does not hold a whole workbook model in memory. Its rules: a sheet's columns and page setup are
 * fixed before its first row, and rows are written top to bottom.
 */
export function createStreamingWorkbook(opts: { created?: Date } = {}): StreamingWorkbook {
  const stream = new PassThrough()
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve)
    stream.on('error', reject)
  })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true })
  workbook.creator = 'Kaohe'
  if (opts.created) {
    workbook.created = opts.created
    workbook.modified = opts.created
  }
  // every streamed sheet prints as its page setup says (centred): the streaming writer drops it
  const addWorksheet = workbook.addWorksheet.bind(workbook)
  workbook.addWorksheet = (name, options) => {
    const ws = addWorksheet(name, options)
    keepPrintOptions(ws)
    return ws
  }
  return {
    workbook,
    async finish() {
      await workbook.commit()
      await done
      return Buffer.concat(chunks)
    },
  }
}
