import type { PeriodResults } from '../../../shared/contract'

export interface ReportPeriod {
  id: string
  kind: string
  year: number
  name: string
  startDate: string
  endDate: string
}

/** What every results workbook (the period report, the annual report, 部门汇总) is written from. */
export interface PeriodReportInput {
  /** exactly what results-list returns: the report shows these values, it computes no score */
  results: PeriodResults
  period: ReportPeriod
  scheme: { name: string; version: number }
  unitName: string
  /** 上级单位 as set in 设置; the 说明 sheet names it when there is one */
  unitParent?: string
  /** department names in the office's order; departments not listed follow in the results' order */
  departmentOrder?: string[]
  /**
   * the departments the results are limited to, in words (办公室、业务科), for an account that sees
   * only those; absent for the whole unit. Every sheet's title and the notes then say so.
   */
  scope?: string | null
}

export interface BuildOptions {
  /** called between sheets and every few hundred rows: progress and cancel */
  tick?: (done: number, total: number) => Promise<void>
}
