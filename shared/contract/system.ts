import { z } from 'zod'
import { method } from './define'
import { access } from './access'
import type { RuleSettings } from '../domain/settings'
import { t } from '../i18n'

export interface SystemInfo {
  version: string
  dbPath: string
  migrations: { id: number; name: string; appliedAt: string }[]
  user: { name: string; role: string }
}

const weight = z.number().min(0).max(1)
const points = z.number().min(0).max(100)
export const roleWeightsSchema = z.object({ 领导: weight, 互评: weight, 自评: weight, 群众: weight })
export const trimAboveSchema = z.number().int().min(2).max(100)
export const ballotPointsSchema = z.object({ 优秀: points, 称职: points, 基本称职: points, 不称职: points })
export const satisfactionPointsSchema = z.object({ 满意: points, 基本满意: points, 不满意: points })
export const crossChecksSchema = z.object({
  deviationLimit: z.number().min(0).max(100),
  leniencyLimit: z.number().int().min(0).max(100000).nullable(),
  leniencyScore: points,
  selfScoreGap: z.number().min(0).max(100),
})
const share = z.number().min(0).max(1)
export const annualSchema = z.object({
  weights: z.object({ annual: weight, quarterly: weight }),
  thresholds: z.object({ competent: points, incompetent: points }),
  excellentMin: points,
  excellentQuota: share,
  excellentMinGoodQuarters: z.number().int().min(0).max(4),
  ballotCapShare: share,
  fairQuartersCap: z.number().int().min(1).max(4),
  quotaScope: z.enum(['unit', 'departments']),
  departmentGradeShares: z.object({ 优秀: share, 良好: share, 达标: share, 诫勉: share }).nullable(),
  departmentQuotaCap: share,
})

/** lag thresholds in points of completion behind the calendar; serious is the larger gap */
export const okrSchema = z
  .object({ lagPoints: points, seriousLagPoints: points })
  .refine((o) => o.seriousLagPoints >= o.lagPoints, { path: ['seriousLagPoints'], error: () => t('okr.input.seriousBelowLag') })

const ruleSettings = z.object({
  roleWeights: roleWeightsSchema,
  trimAbove: trimAboveSchema,
  quarterly: z.object({
    thresholds: z.object({ good: z.number().min(0).max(100), fair: z.number().min(0).max(100), poor: z.number().min(0).max(100) }),
    goodQuota: z.number().min(0).max(1),
  }),
  bonusCap: z.number().min(0).max(50),
  // Optional, not defaulted: a caller that predates these (the unit settings form) leaves them out,
  // and the stored values (or the brief's defaults, see loadSettings) must not be overwritten by that.
  ballotPoints: ballotPointsSchema.optional(),
  satisfactionPoints: satisfactionPointsSchema.optional(),
  crossChecks: crossChecksSchema.optional(),
  annual: annualSchema.optional(),
  okr: okrSchema.optional(),
})

export const systemMethods = {
  'system-info': method<SystemInfo>()(z.object({}), { mutates: false, access: access.signedIn }),
  'settings-get': method<RuleSettings>()(z.object({}), { mutates: false, access: access.readFree }),
  'settings-update': method<RuleSettings>()(ruleSettings, { mutates: true, access: access.work }),
  /**
   * The language the backend words its answers in (messages, notes, flags, exports) for this
   * session: the screen's language, set when the app starts and when the user switches.
   */
  'system-locale': method<{ locale: 'zh-CN' | 'en' }>()(z.object({ locale: z.enum(['zh-CN', 'en']) }), { mutates: false, access: access.anyone }),
}
