import { describe, expect, it } from 'vitest'
import { effectiveRaterSettings } from '../../../shared/domain/rater-settings'
import { defaultSettings } from '../../../shared/domain/settings'

describe('rule: rater settings — dimension override > scheme setting > unit rules, each setting taken whole', () => {
  const schemeLevel = { trimAbove: 7, ballotPoints: { 优秀: 100, 称职: 80, 基本称职: 60, 不称职: 40 } }
  const dimensionLevel = { roleWeights: { 领导: 0.6, 互评: 0.4, 自评: 0, 群众: 0 }, trimAbove: 9 }

  it('falls back to the unit rules when nothing is set', () => {
    expect(effectiveRaterSettings(defaultSettings, null, null)).toEqual({
      roleWeights: { 领导: 0.5, 互评: 0.3, 自评: 0.1, 群众: 0.1 },
      trimAbove: 5,
      ballotPoints: { 优秀: 95, 称职: 85, 基本称职: 75, 不称职: 65 },
      satisfactionPoints: { 满意: 100, 基本满意: 60, 不满意: 0 },
    })
  })

  it('takes the scheme setting over the unit, the dimension over both', () => {
    const eff = effectiveRaterSettings(defaultSettings, schemeLevel, dimensionLevel)
    expect(eff.roleWeights).toEqual({ 领导: 0.6, 互评: 0.4, 自评: 0, 群众: 0 }) // dimension
    expect(eff.trimAbove).toBe(9) // dimension over the scheme's 7
    expect(eff.ballotPoints).toEqual({ 优秀: 100, 称职: 80, 基本称职: 60, 不称职: 40 }) // scheme
    expect(eff.satisfactionPoints).toEqual({ 满意: 100, 基本满意: 60, 不满意: 0 }) // unit
  })

  it('fills ballot and satisfaction points from the brief when the unit settings predate them', () => {
    const { ballotPoints: _b, satisfactionPoints: _s, ...old } = defaultSettings
    const eff = effectiveRaterSettings(old, null, null)
    expect(eff.ballotPoints.优秀).toBe(95)
    expect(eff.satisfactionPoints.基本满意).toBe(60)
  })
})
