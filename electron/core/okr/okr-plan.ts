import type { ImportPreview } from '../../../shared/contract'
import type { Batch } from '../history/history-rows'
import type { KeyResultRow } from './okr-queries'
import type { OkrSheetRow } from './okr-rows'

/** What an OKR import will write, as okr-importer.ts plans it and write-okr-import.ts writes it. */

/** The stored columns of a key result an import writes. */
export interface KeyResultValues {
  title: string
  unit: string | null
  baseline: number
  target: number
  start_date: string | null
  due_date: string | null
  weight: number
}

export interface PlannedKeyResult {
  row: number
  existing: KeyResultRow | null
  values: KeyResultValues
  /** the existing key result's columns differ from the file's */
  changed: boolean
  /** a 当前值 to record as a progress report: new, or different from the current value */
  progress: number | null
}

export interface PlannedObjective {
  /** null: a new objective */
  existingId: number | null
  title: string
  owner: OkrSheetRow['owner']
  startDate: string
  dueDate: string
  firstRow: number
  keyResults: PlannedKeyResult[]
}

export interface OkrPlan {
  preview: ImportPreview
  objectives: PlannedObjective[]
  fileHash: string
  sameFile: Batch | null
}
