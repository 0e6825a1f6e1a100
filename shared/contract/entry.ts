import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import { raterRoles } from '../domain/settings'

const periodRef = z.string().min(1).max(50)

export interface EntryIndicator {
  code: string
  name: string
  /** the names of its ancestors, top first */
  path: string[]
}

export interface EntryRow {
  staffNo: string
  name: string
  department: string
  /** the codes of the indicators that apply to this person */
  applicable: string[]
  scores: Record<string, number | null>
}

export interface EntryGrid {
  indicators: EntryIndicator[]
  rows: EntryRow[]
}

export interface EntrySaveResult {
  /** valid cells, changed or not */
  saved: number
  /** cells whose stored score actually changed */
  changed: number
  rejected: { staffNo: string; code: string; reason: string }[]
}

const entryTarget = { period: periodRef, role: z.enum(raterRoles), rater: z.string().trim().min(1).max(100) }

export const entryMethods = {
  /** people × 评分 indicators for one rater role and rater */
  'entry-load': method<EntryGrid>()(z.object(entryTarget), { mutates: false, access: access.readUnit }),
  /** each cell saved or rejected with its reason; null clears a score; saving the same cells twice changes nothing */
  'entry-save': method<EntrySaveResult>()(
    z.object({
      ...entryTarget,
      cells: z.array(z.object({ staffNo: z.string().min(1).max(50), code: z.string().min(1).max(50), score: z.number().nullable() })).max(100000),
    }),
    { mutates: true, access: access.work },
  ),
}
