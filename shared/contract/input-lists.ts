import { z } from 'zod'

/** The imports a period's ballots, satisfaction or measured values came from, as the ratings screen lists them. */
export interface InputBatch {
  id: number
  fileName: string
  /** ISO time of the import */
  importedAt: string
  /** the account that imported it */
  importedBy: string
  /** rows of this batch the caller reaches (a 部门领导 limited to some departments sees theirs only) */
  rows: number
}

/** What every stored input row names: whose (a person, or a whole department for satisfaction), which item, which import. */
export interface InputRowBase {
  id: number
  staffNo: string | null
  name: string | null
  department: string
  indicatorCode: string
  indicatorName: string
  batchId: number | null
  fileName: string | null
  importedAt: string | null
  /** the row of the imported sheet it was read from */
  sourceRow: number | null
}

export interface BallotRow extends InputRowBase {
  excellent: number
  competent: number
  basic: number
  incompetent: number
  unknown: number
}

export interface SatisfactionRow extends InputRowBase {
  satisfied: number | null
  basic: number | null
  dissatisfied: number | null
  /** 0–1 when the file gave a rate instead of counts */
  rate: number | null
}

export interface MeasureRow extends InputRowBase {
  actual: number
}

/** One kind of input of a period, within the caller's departments: its rows and the batches they came from. */
export interface InputList<R extends InputRowBase> {
  period: string
  rows: R[]
  batches: InputBatch[]
}

export const inputListInput = z.object({ period: z.string().min(1).max(50) })
