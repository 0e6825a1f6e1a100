import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import { inputListInput, type BallotRow, type InputList, type MeasureRow, type SatisfactionRow } from './input-lists'

export * from './input-lists'

const periodRef = z.string().min(1).max(50)

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
  'inputs-summary': method<InputsSummary>()(z.object({ period: periodRef }), { mutates: false, access: access.readUnit }),
  'inputs-ballots': method<InputList<BallotRow>>()(inputListInput, { mutates: false, access: access.readScoped }),
  'inputs-satisfaction': method<InputList<SatisfactionRow>>()(inputListInput, { mutates: false, access: access.readScoped }),
  'inputs-measures': method<InputList<MeasureRow>>()(inputListInput, { mutates: false, access: access.readScoped }),
}
