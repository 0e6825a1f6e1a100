import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import type { ExportedFile } from './report'

/**
 * The lists that put a year's results to use (domain brief, "Consequences"): 嘉奖 and promotion half
 * a year early for 优秀; 记三等功 candidates for 3 consecutive 优秀; 诫勉 for 基本称职; down one rank
 * for 不称职; dismissal review for 2 consecutive 不称职; 函询 for a quarterly 较差; 谈话提醒 for a
 * quarterly 一般; training priorities per person and per department; the negative list.
 */
export const useListKinds = [
  'commendation',
  'merit',
  'admonition',
  'demotion',
  'dismissalReview',
  'inquiry',
  'reminderTalk',
  'trainingPerson',
  'trainingDepartment',
  'negativeList',
] as const
export type UseListKind = (typeof useListKinds)[number]
export const useStatuses = ['pending', 'done'] as const
export type UseStatus = (typeof useStatuses)[number]

export interface UseItem {
  /** staff number, or the department path for trainingDepartment */
  subject: string
  staffNo: string | null
  name: string
  department: string
  /** why the person is on the list, in words (grades and years, the quarter, the weak dimension …) */
  basis: string
  /** the consequence, in words */
  action: string
  status: UseStatus
  note: string | null
  updatedBy: string | null
  updatedAt: string | null
}

export interface UseList {
  kind: UseListKind
  title: string
  items: UseItem[]
}

export interface ResultUses {
  year: number
  /** the annual period the year's grades come from; null when none computed yet (history only) */
  annualPeriod: string | null
  lists: UseList[]
}

const year = z.number().int().min(1949).max(2200)

export const usesMethods = {
  'uses-list': method<ResultUses>()(z.object({ year }), { mutates: false, access: access.readUnit }),
  'uses-mark': method<UseItem>()(
    z.object({ year, kind: z.enum(useListKinds), subject: z.string().min(1).max(500), status: z.enum(useStatuses), note: z.string().max(1000).optional() }),
    { mutates: true, access: access.work },
  ),
  /** a sheet per list with its status column, A4 */
  'uses-export': method<ExportedFile>()(z.object({ year }), { mutates: false, long: true, access: access.readUnit }),
}
