import type { PersonExplanation } from '../../../shared/contract/explain'
import type { ResultRow } from '../../../shared/contract/results'
import { addPersonSheet, writePersonBlock } from './person-sheet'
import { byDepartment } from './department-counts'
import { sheetName } from './sheet-name'
import { createStreamingWorkbook } from './streaming-workbook'

export interface ResultSheetGroup {
  /** the sheet's name, valid for Excel and unique */
  name: string
  department: string
  staffNos: string[]
}

/**
 * Sheets by department in the office's own order (a department the order does not know comes
 * last), each person keeping the results' order (by rank) within it: a department's sheets go to
 * its leader to sign, and the leader reads them as the results list reads.
 */
export function resultSheetGroups(rows: readonly ResultRow[], departmentOrder: readonly string[]): ResultSheetGroup[] {
  const taken = new Set<string>()
  return byDepartment(rows, departmentOrder).map(([department, people]) => ({ name: sheetName(department, taken), department, staffNos: people.map((r) => r.staffNo) }))
}

export interface ResultSheetsInput {
  unitName: string
  groups: readonly ResultSheetGroup[]
  /** one person's explanation, asked for just before the person is written, so only one is held */
  explain(staffNo: string): Promise<PersonExplanation>
  created?: Date
}

/**
 * Everyone's 个人考核结果单 in one streamed workbook: a sheet per group, each person's block as the
 * single export writes it with a manual page break after it, so each person prints on pages of
 * their own. `tick` comes after every person: progress and a chance to cancel.
 */
export async function buildResultSheets(input: ResultSheetsInput, tick?: (done: number, total: number) => Promise<void>): Promise<Buffer> {
  const book = createStreamingWorkbook({ created: input.created })
  const total = input.groups.reduce((n, g) => n + g.staffNos.length, 0)
  let done = 0
  for (const group of input.groups) {
    const ws = addPersonSheet(book.workbook, group.name)
    for (const staffNo of group.staffNos) {
      writePersonBlock(ws, await input.explain(staffNo), { unitName: input.unitName, pageBreakAfter: true })
      await tick?.(++done, total)
    }
    // a sheet's rows reach the file only when it is committed; the next sheet waits behind it
    ws.commit()
  }
  return book.finish()
}
