import { computedStamp, createStreamingWorkbook } from './streaming-workbook'
import { writeTableSheet, type TableSheet } from './table-sheet'

/**
 * A workbook of table sheets, streamed, with progress by rows across all sheets (a tick between
 * sheets and every few hundred rows, where a cancel can stop it). Stamped with the computation
 * time, not the export time, so one computation always gives the same file properties.
 */
export async function writeTableWorkbook(
  sheets: readonly TableSheet[],
  computedAt: string | null,
  tick?: (done: number, total: number) => Promise<void>,
): Promise<Buffer> {
  const { workbook, finish } = createStreamingWorkbook({ created: computedStamp(computedAt) })
  const total = sheets.reduce((n, s) => n + s.rows.length, 0)
  let done = 0
  for (const sheet of sheets) {
    await writeTableSheet(workbook, sheet, (written) => tick?.(done + written, total) ?? Promise.resolve())
    done += sheet.rows.length
    await tick?.(done, total)
  }
  return finish()
}
