import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import type { FlagKind } from '../domain/cross-checks'

export const flagStatuses = ['open', 'confirmed', 'excluded'] as const
export type FlagStatus = (typeof flagStatuses)[number]

/** One cross-check finding of a period and what staff decided about it. */
export interface Flag {
  id: number
  kind: FlagKind
  role: string | null
  rater: string | null
  /** the ratee, for a self-score flag; null for a rater's whole ballot */
  person: { staffNo: string; name: string } | null
  /** the numbers behind the finding and a sentence saying it */
  details: { message: string } & Record<string, number | string | null>
  status: FlagStatus
  reason: string | null
  decidedBy: string | null
  decidedAt: string | null
}

/** When the checks last ran on a period and who ran them; both null before the first run. */
export interface FlagsLastRun {
  at: string | null
  by: string | null
}

export interface FlagsRunResult {
  period: string
  flags: Flag[]
  added: number
  kept: number
  dropped: number
}

const periodRef = z.string().min(1).max(50)

export const flagsMethods = {
  /** recomputes the period's flags: decisions on findings that still hold are kept, new ones open, stale open ones dropped */
  'flags-run': method<FlagsRunResult>()(z.object({ period: periodRef }), { mutates: true, access: access.work }),
  /** read from the audit log's flags-run entries, so "共 0 条" can be told apart from "not checked yet" */
  'flags-last-run': method<FlagsLastRun>()(z.object({ period: periodRef }), { mutates: false, access: access.readUnit }),
  'flags-list': method<Flag[]>()(z.object({ period: periodRef, status: z.enum(flagStatuses).optional() }), { mutates: false, access: access.readUnit }),
  /** 'excluded' takes the flagged ratings out of the next computation; 'confirmed' lets them stand */
  'flags-resolve': method<Flag>()(
    z.object({ id: z.number().int().min(1), decision: z.enum(['confirmed', 'excluded']), reason: z.string().trim().min(1).max(500) }),
    { mutates: true, access: access.work },
  ),
}
