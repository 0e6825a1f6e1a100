import { z } from 'zod'
import { method } from './define'
import { fileInput, type ImportPreview, type ImportResult } from './imports'

const periodRef = z.string().min(1).max(50)

/** Every non-rating input import takes the same shape: the period, the file, which indicator, replace. */
const inputImport = z.object({
  period: periodRef,
  file: fileInput,
  /** the indicator's code, when the scheme has more than one candidate */
  indicator: z.string().min(1).max(50).optional(),
  /** the file was imported before: replace that batch instead of refusing */
  replace: z.boolean().optional(),
})

export type InputKind = 'ratings' | 'ballots' | 'satisfaction' | 'measures'

export interface InputPersonCounts {
  staffNo: string
  name: string
  department: string
  ratings: number
  ballots: number
  satisfaction: number
  measures: number
}

export interface InputsSummary {
  period: string
  /** rows stored per kind (satisfaction counts department rows too) */
  totals: Record<InputKind, number>
  /** satisfaction rows given for a whole department */
  departmentSatisfaction: number
  people: InputPersonCounts[]
}

export const inputsMethods = {
  'ballots-import-preview': method<ImportPreview>()(inputImport, { mutates: false, long: true }),
  'ballots-import': method<ImportResult>()(inputImport, { mutates: true, long: true }),
  'satisfaction-import-preview': method<ImportPreview>()(inputImport, { mutates: false, long: true }),
  'satisfaction-import': method<ImportResult>()(inputImport, { mutates: true, long: true }),
  'measures-import-preview': method<ImportPreview>()(inputImport, { mutates: false, long: true }),
  'measures-import': method<ImportResult>()(inputImport, { mutates: true, long: true }),
  'inputs-summary': method<InputsSummary>()(z.object({ period: periodRef }), { mutates: false }),
}
