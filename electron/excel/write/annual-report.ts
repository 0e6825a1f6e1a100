import type { BuildOptions } from './report-input'
import type { AnnualReportInput } from './annual-report-input'
import type { TableSheet } from './table-sheet'
import { tablePart, writeWorkbookParts, type WorkbookPart } from './table-workbook'
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
 * Streamed (rows leave memory once committed): a unit of 10,000 people writes its detail rows and
 * forms without holding a workbook model; the chart is anchored on its streamed sheet by
 * placeStreamedPicture.
 */
export async function buildAnnualReport(input: AnnualReportInput, opts: AnnualBuildOptions = {}): Promise<Buffer> {
  const chart = opts.chart ? await opts.chart(distributionCounts(input)) : null
  const tables: TableSheet[] = [
    annualNotesSheet(input),
    annualSummarySheet(input),
    annualDetailSheet(input),
    withChart(distributionSheet(input), chart),
    annualNoticeSheet(input),
    usesSheet(input),
  ]
  const forms = formSheets(input, new Set(tables.map((s) => s.name)))

  const parts: WorkbookPart[] = [
    ...tables.map(tablePart),
    ...forms.map((group): WorkbookPart => ({ rows: group.rows.length, write: (workbook, tick) => writeFormSheet(workbook, input, group, tick) })),
  ]
  return writeWorkbookParts(parts, input.results.computedAt, opts.tick)
}

/** The chart under the 等次分布 table, and its note (no Chinese font) under the table's own. */
function withChart(sheet: TableSheet, chart: ChartImage | null): TableSheet {
  if (!chart) return sheet
  return {
    ...sheet,
    notes: chart.note ? [...(sheet.notes ?? []), chart.note] : sheet.notes,
    picture: { png: chart.png, width: chart.width, height: chart.height },
  }
}
