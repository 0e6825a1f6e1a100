import ExcelJS from 'exceljs'
import { PassThrough } from 'node:stream'

export interface StreamingWorkbook {
  workbook: ExcelJS.stream.xlsx.WorkbookWriter
  /** commits the workbook and returns the file's bytes */
  finish(): Promise<Buffer>
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
  return {
    workbook,
    async finish() {
      await workbook.commit()
      await done
      return Buffer.concat(chunks)
    },
  }
}
