import { z } from 'zod'
import { method } from './define'
import type { RuleSettings } from '../domain/settings'
import type { RaterSettingsPatch } from '../domain/rater-settings'
import type { FlagKind } from '../domain/cross-checks'
import { ballotPointsSchema, roleWeightsSchema, satisfactionPointsSchema, trimAboveSchema } from './system'

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

export interface FlagsRunResult {
  period: string
  flags: Flag[]
  added: number
  kept: number
  dropped: number
}

/** What a scheme (or one dimension) sets apart from the unit's rules; a field left out is inherited. */
export const raterSettingsPatch = z
  .object({
    roleWeights: roleWeightsSchema.optional(),
    trimAbove: trimAboveSchema.optional(),
    ballotPoints: ballotPointsSchema.optional(),
    satisfactionPoints: satisfactionPointsSchema.optional(),
  })
  .strict()

export interface RaterSettingsView {
  name: string
  version: number
  unit: RuleSettings
  /** the scheme's own settings, null when it inherits everything */
  scheme: RaterSettingsPatch | null
  dimensions: { code: string; name: string; settings: RaterSettingsPatch | null }[]
}

const schemeRef = { scheme: z.string().min(1).max(100), version: z.number().int().min(1).optional() }
const periodRef = z.string().min(1).max(50)

export const checksMethods = {
  /** recomputes the period's flags: decisions on findings that still hold are kept, new ones open, stale open ones dropped */
  'flags-run': method<FlagsRunResult>()(z.object({ period: periodRef }), { mutates: true }),
  'flags-list': method<Flag[]>()(z.object({ period: periodRef, status: z.enum(flagStatuses).optional() }), { mutates: false }),
  /** 'excluded' takes the flagged ratings out of the next computation; 'confirmed' lets them stand */
  'flag-resolve': method<Flag>()(
    z.object({ id: z.number().int().min(1), decision: z.enum(['confirmed', 'excluded']), reason: z.string().trim().min(1).max(500) }),
    { mutates: true },
  ),
  'rater-settings-get': method<RaterSettingsView>()(z.object(schemeRef), { mutates: false }),
  /** dimension null = the whole scheme; settings null clears that level */
  'rater-settings-update': method<RaterSettingsView>()(
    z.object({ ...schemeRef, dimension: z.string().min(1).max(50).nullable(), settings: raterSettingsPatch.nullable() }),
    { mutates: true },
  ),
}
