import type { BuildOptions } from './report-input'
import type { AnnualReportInput } from './annual-report-input'
import { computedStamp, createStreamingWorkbook } from './streaming-workbook'
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
  const { workbook, finish } = createStreamingWorkbook({ created: computedStamp(input.results.computedAt) })

  const before: TableSheet[] = [annualNotesSheet(input), annualSummarySheet(input), annualDetailSheet(input)]
  const chart = opts.chart ? await opts.chart(distributionCounts(input)) : null
  const plain = distributionSheet(input)
  const distribution: TableSheet = {
    ...plain,
    notes: chart?.note ? [...(plain.notes ?? []), chart.note] : plain.notes,
    ...(chart ? { picture: { png: chart.png, width: chart.width, height: chart.height } } : {}),
  }
  const after: TableSheet[] = [annualNoticeSheet(input), usesSheet(input)]
  const tables = [...before, distribution, ...after]
  const forms = formSheets(input, new Set(tables.map((s) => s.name)))

  const total = tables.reduce((n, s) => n + s.rows.length, 0) + input.results.rows.length
  let done = 0
  const tick = (n: number) => opts.tick?.(n, total) ?? Promise.resolve()
  for (const sheet of tables) {
    await writeTableSheet(workbook, sheet, (written) => tick(done + written))
    done += sheet.rows.length
    await tick(done)
  }
  for (const group of forms) {
    await writeFormSheet(workbook, input, group, (written) => tick(done + written))
    done += group.rows.length
    await tick(done)
  }
  return finish()
}
