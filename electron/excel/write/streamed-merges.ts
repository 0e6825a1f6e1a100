import type ExcelJS from 'exceljs'

/**
 * exceljs's streamed sheet checks each new merge against every earlier merge of the sheet, which
 * grows with the square of the blocks on it (a department of 500 people: 6,500 merges of their
 * registration forms, 21 million checks; more for result sheets). Blocks written one under another
 * (a form, a person's result sheet) never overlap, so a block's merges are checked against its own
 * only, then joined to the sheet's list, which the library writes out when the sheet commits.
 */
export function withOwnMerges(ws: ExcelJS.Worksheet, write: () => void): void {
  const sheet = ws as unknown as { _merges: unknown[] & { add?: unknown } }
  const earlier = sheet._merges
  // the list also answers the row writer's add() (a no-op the library sets on it)
  sheet._merges = Object.assign([], { add: earlier.add })
  try {
    write()
  } finally {
    earlier.push(...sheet._merges)
    sheet._merges = earlier
  }
}
