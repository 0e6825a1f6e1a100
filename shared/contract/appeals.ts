import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import type { AppealDeadlines, AppealKind } from '../domain/appeal-deadlines'
import { decidableGrades } from './decisions'

export const appealKinds = ['复核', '申诉'] as const satisfies readonly AppealKind[]
export const appealStatuses = ['pending', 'upheld', 'rejected'] as const
export type AppealStatus = (typeof appealStatuses)[number]

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

/**
 * What an upheld appeal corrects. Ratings: the person's ratings of one indicator by one role (and
 * rater, when named) are replaced by the scores given. Exempt: the indicator is exempted (容错免责).
 * Grade: the committee's grade with the appeal as the reason. Each reruns the period's computation.
 */
export const appealCorrection = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ratings'),
    ratings: z
      .array(z.object({ indicator: z.string().min(1).max(50), role: z.string().min(1).max(20), rater: z.string().max(100).optional(), score: z.number().min(0).max(100) }))
      .min(1)
      .max(500),
  }),
  z.object({ kind: z.literal('exempt'), indicator: z.string().min(1).max(50), evaluation: z.string().trim().min(2).max(1000) }),
  z.object({ kind: z.literal('grade'), grade: z.enum(decidableGrades) }),
])
export type AppealCorrection = z.infer<typeof appealCorrection>

/** One person's result as kept before and after a correction. */
export interface ResultSnapshot {
  staffNo: string
  name: string
  total: number | null
  rank: number | null
  grade: string
  dimensions: Record<string, number | null>
}

export interface SnapshotChange {
  staffNo: string
  name: string
  field: 'total' | 'rank' | 'grade' | `dimension:${string}`
  before: number | string | null
  after: number | string | null
}

export interface Appeal {
  id: number
  period: string
  staffNo: string
  name: string
  department: string
  kind: AppealKind
  filedOn: string
  reviewDecidedOn: string | null
  reason: string
  /** counted from the notice's first day (or the 复核 decision); late filings are flagged, not refused */
  deadlines: AppealDeadlines | null
  status: AppealStatus
  decidedOn: string | null
  decision: string | null
  /** the decision came after decideBy */
  decidedLate: boolean
  correction: AppealCorrection | null
  before: ResultSnapshot[] | null
  after: ResultSnapshot[] | null
  /** every number or grade the correction changed, anyone's */
  changes: SnapshotChange[]
  createdBy: string
  createdAt: string
  decidedBy: string | null
}

const periodRef = z.string().min(1).max(50)
const staffNo = z.string().min(1).max(50)

export const appealsMethods = {
  /** records a 复核 or 申诉 on a period past approval; the deadlines come from the notice */
  'appeals-add': method<Appeal>()(
    z.object({ period: periodRef, staffNo, kind: z.enum(appealKinds), filedOn: isoDate, reviewDecidedOn: isoDate.optional(), reason: z.string().trim().min(2).max(2000) }),
    { mutates: true, access: access.work },
  ),
  /** upheld with a correction reruns the period (kept before and after); rejected records the decision */
  'appeals-decide': method<Appeal>()(
    z.object({
      id: z.number().int().positive(),
      outcome: z.enum(['upheld', 'rejected']),
      decidedOn: isoDate,
      decision: z.string().trim().min(2).max(2000),
      correction: appealCorrection.optional(),
    }),
    { mutates: true, long: true, access: access.work },
  ),
  'appeals-list': method<Appeal[]>()(z.object({ period: periodRef.optional() }), { mutates: false, access: access.readUnit }),
}
