import ExcelJS from 'exceljs'
import type { Notice } from '../../../shared/contract/notice'
import type { ResultUses } from '../../../shared/contract/uses'
import type { PeriodReportInput, BuildOptions } from './period-report'
import { writeTableSheet, type TableSheet } from './table-sheet'
import {
  annualDetailSheet,
  annualNoticeSheet,
  annualNotesSheet,
  annualSummarySheet,
  distributionCounts,
  distributionSheet,
  usesSheet,
} from './annual-sheets'
import { formSheets, writeFormSheet } from './registration-form'

/** What the registration form needs beyond the result row. */
export interface FormPerson {
  position: string | null
  rankTitle: string | null
  /** the 'self' stage's text */
  selfReport: string | null
  /** the 'leader' stage's comment */
  leaderComment: string | null
}

export interface AnnualReportInput extends PeriodReportInput {
  computedBy: string
  /** the period's status in words */
  status: string
  notice: Notice | null
  uses: ResultUses
  /** by staff number */
  forms: Map<string, FormPerson>
  /** how dates read on the notice (2026年1月5日) */
  formatDate: (iso: string) => string
}

export interface ChartImage {
  png: Buffer
  /** pixels */
  width: number
  height: number
  /** a line under the table, e.g. that the chart lacks a Chinese font */
  note?: string
}

export interface AnnualBuildOptions extends BuildOptions {
  /** draws the grade distribution; absent or null: the 等次分布 sheet holds the table only */
  chart?: (counts: { grade: string; count: number; share: number | null }[]) => Promise<ChartImage | null>
}

/**
 * 年度考核报告.xlsx: 说明, 汇总, 明细, 等次分布 (table and chart), 公示名单, 结果运用, 年度考核登记表.
 *
 * Held in memory rather than streamed: exceljs's streaming writer cannot place an image on a sheet,
 * and a year's report is one unit's people (a few thousand rows at most), not a ratings table.
 */
export async function buildAnnualReport(input: AnnualReportInput, opts: AnnualBuildOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Kaohe'
  const computedAt = input.results.computedAt ? new Date(input.results.computedAt) : null
  if (computedAt && !Number.isNaN(computedAt.getTime())) {
    workbook.created = computedAt
    workbook.modified = computedAt
  }

  const before: TableSheet[] = [annualNotesSheet(input), annualSummarySheet(input), annualDetailSheet(input)]
  const chart = opts.chart ? await opts.chart(distributionCounts(input)) : null
  const plain = distributionSheet(input)
  const distribution = chart?.note ? { ...plain, notes: [...(plain.notes ?? []), chart.note] } : plain
  const after: TableSheet[] = [annualNoticeSheet(input), usesSheet(input)]
  const taken = new Set([...before, distribution, ...after].map((s) => s.name))
  const forms = formSheets(input, taken)

  const tableRows = [...before, distribution, ...after].reduce((n, s) => n + s.rows.length, 0)
  const total = tableRows + input.results.rows.length
  let done = 0
  const tick = (n: number) => opts.tick?.(n, total) ?? Promise.resolve()
  const table = async (sheet: TableSheet) => {
    const ws = await writeTableSheet(workbook, sheet, (written) => tick(done + written))
    done += sheet.rows.length
    await tick(done)
    return ws
  }

  for (const sheet of before) await table(sheet)
  const ws = await table(distribution)
  if (chart) {
    const id = workbook.addImage({ buffer: chart.png as unknown as ExcelJS.Buffer, extension: 'png' })
    // below the table and its notes, one blank row apart
    ws.addImage(id, { tl: { col: 0, row: ws.rowCount + 1 }, ext: { width: chart.width, height: chart.height }, editAs: 'oneCell' })
  }
  for (const sheet of after) await table(sheet)

  for (const group of forms) {
    await writeFormSheet(workbook, input, group, (written) => tick(done + written))
    done += group.rows.length
    await tick(done)
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
