import type ExcelJS from 'exceljs'
import { computedStamp, createStreamingWorkbook } from './streaming-workbook'
import { writeTableSheet, type TableSheet } from './table-sheet'

/** A sheet of a streamed workbook: the rows it counts for progress, and how it writes itself. */
export interface WorkbookPart {
  rows: number
  write(workbook: ExcelJS.stream.xlsx.WorkbookWriter, tick: (rowsWritten: number) => Promise<void>): Promise<void>
}

export function tablePart(sheet: TableSheet): WorkbookPart {
  return { rows: sheet.rows.length, write: (workbook, tick) => writeTableSheet(workbook, sheet, tick) }
}

/**
 * A workbook of results, streamed, with progress by rows across all its sheets (a tick between
 * sheets and every few hundred rows, where a cancel can stop it). Stamped with the computation
 * time, not the export time, so one computation always gives the same file properties.
 */
export async function writeWorkbookParts(
  parts: readonly WorkbookPart[],
  computedAt: string | null,
  tick?: (done: number, total: number) => Promise<void>,
): Promise<Buffer> {
  const { workbook, finish } = createStreamingWorkbook({ created: computedStamp(computedAt) })
  const total = parts.reduce((n, p) => n + p.rows, 0)
  let done = 0
  for (const part of parts) {
    await part.write(workbook, (written) => tick?.(done + written, total) ?? Promise.resolve())
    done += part.rows
    await tick?.(done, total)
  }
  return finish()
}

/** A workbook of table sheets only: the period report, 部门汇总. */
export function writeTableWorkbook(sheets: readonly TableSheet[], computedAt: string | null, tick?: (done: number, total: number) => Promise<void>): Promise<Buffer> {
  return writeWorkbookParts(sheets.map(tablePart), computedAt, tick)
}
