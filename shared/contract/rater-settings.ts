import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import type { RuleSettings } from '../domain/settings'
import type { RaterSettingsPatch } from '../domain/rater-settings'
import { ballotPointsSchema, roleWeightsSchema, satisfactionPointsSchema, trimAboveSchema } from './system'

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

/** How a scheme, or one of its dimensions, weighs and trims its raters apart from the unit's rules. */
export const raterSettingsMethods = {
  'rater-settings-get': method<RaterSettingsView>()(z.object(schemeRef), { mutates: false, access: access.readFree }),
  /** dimension null = the whole scheme; settings null clears that level */
  'rater-settings-update': method<RaterSettingsView>()(
    z.object({ ...schemeRef, dimension: z.string().min(1).max(50).nullable(), settings: raterSettingsPatch.nullable() }),
    { mutates: true, access: access.work },
  ),
}
