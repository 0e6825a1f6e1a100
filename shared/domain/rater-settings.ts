import type { BallotPoints, RuleSettings, SatisfactionPoints } from './settings'
import { ballotPointsOf, satisfactionPointsOf } from './settings'

/** What a scheme, or one dimension of it, may set apart from the unit's rules. */
export interface RaterSettingsPatch {
  roleWeights?: RuleSettings['roleWeights']
  trimAbove?: number
  ballotPoints?: BallotPoints
  satisfactionPoints?: SatisfactionPoints
}

/** The rater settings one indicator is aggregated with. */
export interface EffectiveRaterSettings {
  roleWeights: RuleSettings['roleWeights']
  trimAbove: number
  ballotPoints: BallotPoints
  satisfactionPoints: SatisfactionPoints
}

/** The scheme's own settings (null = none) and each dimension's (by dimension code). */
export interface SchemeRaterSettings {
  scheme: RaterSettingsPatch | null
  dimensions: Readonly<Record<string, RaterSettingsPatch | null | undefined>>
}

/**
 * rule: each rater setting of an indicator comes from the most specific level that sets it — its
 * dimension's override, else the scheme's setting, else the unit's rules. Each setting is taken
 * whole (a dimension that sets role weights sets all four), so weights from two levels never mix.
 */
export function effectiveRaterSettings(unit: RuleSettings, scheme: RaterSettingsPatch | null, dimension: RaterSettingsPatch | null): EffectiveRaterSettings {
  const pick = <K extends keyof RaterSettingsPatch>(key: K, fallback: NonNullable<RaterSettingsPatch[K]>): NonNullable<RaterSettingsPatch[K]> =>
    dimension?.[key] ?? scheme?.[key] ?? fallback
  return {
    roleWeights: pick('roleWeights', unit.roleWeights),
    trimAbove: pick('trimAbove', unit.trimAbove),
    ballotPoints: pick('ballotPoints', ballotPointsOf(unit)),
    satisfactionPoints: pick('satisfactionPoints', satisfactionPointsOf(unit)),
  }
}
