import { z } from 'zod'
import { method } from './define'
import { access } from './access'

export const periodKinds = ['quarter', 'annual', 'special'] as const
export type PeriodKind = (typeof periodKinds)[number]
export const periodStatuses = ['draft', 'open', 'review', 'approved', 'noticed', 'final'] as const
export type PeriodStatus = (typeof periodStatuses)[number]

/** `2025-Q1`..`2025-Q4` for quarters, `2025` for the year; special periods `2025-S<name>` */
export const periodIdPattern = /^(\d{4})(-Q[1-4]|-S[\w\u4e00-\u9fa5-]{1,40})?$/

export interface Period {
  id: string
  kind: PeriodKind
  year: number
  name: string
  schemeName: string
  schemeVersion: number
  status: PeriodStatus
  startDate: string
  endDate: string
  participants: number
  ratingCount: number
  computedAt: string | null
  createdAt: string
}

export const periodMethods = {
  'period-list': method<Period[]>()(z.object({}), { mutates: false, access: access.readFree }),
  'period-create': method<Period>()(
    z.object({
      id: z.string().regex(periodIdPattern),
      kind: z.enum(periodKinds),
      scheme: z.string().min(1).max(100),
      name: z.string().max(100).optional(),
    }),
    { mutates: true, access: access.work },
  ),
  /** draft → open: the period's scheme version is frozen from then on */
  'period-open': method<Period>()(z.object({ id: z.string().min(1).max(50) }), { mutates: true, access: access.work }),
}
