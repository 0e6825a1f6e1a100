import { describe, expect, it } from 'vitest'
import { penaltyEffect, type Penalty, type PenaltyType } from '../../../shared/domain/penalties'

const p = (type: PenaltyType, decidedOn = '2025-06-10', termMonths?: number): Penalty => ({ type, decidedOn, termMonths })
const effects = (penalties: Penalty[], years = [2024, 2025, 2026, 2027, 2028]) => years.map((y) => penaltyEffect(penalties, y).effect)

describe('rule: the effect of penalties (处分) on the annual grade, year by year', () => {
  it.each(['警告', '党内警告', '诫勉', '调整职务'] as const)('%s: not 优秀 in the decision year only', (type) => {
    expect(effects([p(type)])).toEqual(['none', 'notExcellent', 'none', 'none', 'none'])
  })

  it.each(['记过', '党内严重警告'] as const)('%s: ungraded in the decision year only', (type) => {
    expect(effects([p(type)])).toEqual(['none', 'ungraded', 'none', 'none', 'none'])
  })

  it.each(['记大过', '降级', '撤职'] as const)('%s: ungraded that year and the next', (type) => {
    expect(effects([p(type)])).toEqual(['none', 'ungraded', 'ungraded', 'none', 'none'])
  })

  it('撤销党内职务: 不称职 that year, nothing after', () => {
    expect(effects([p('撤销党内职务')])).toEqual(['none', 'incompetent', 'none', 'none', 'none'])
  })

  it('留党察看 of 12 months: 不称职, then ungraded 1 year', () => {
    expect(effects([p('留党察看', '2025-06-10', 12)])).toEqual(['none', 'incompetent', 'ungraded', 'none', 'none'])
  })

  it('留党察看 of 24 months: 不称职, then ungraded 2 years', () => {
    expect(effects([p('留党察看', '2025-06-10', 24)])).toEqual(['none', 'incompetent', 'ungraded', 'ungraded', 'none'])
  })

  it('留党察看 without a recorded term: 1 year after', () => {
    expect(effects([p('留党察看')])).toEqual(['none', 'incompetent', 'ungraded', 'none', 'none'])
  })

  it('开除党籍: 不称职, then ungraded 2 years', () => {
    expect(effects([p('开除党籍')])).toEqual(['none', 'incompetent', 'ungraded', 'ungraded', 'none'])
  })

  it('the year is the calendar year of the decision date: 31 December counts for that year', () => {
    expect(effects([p('记过', '2025-12-31')])).toEqual(['none', 'ungraded', 'none', 'none', 'none'])
  })

  it('no penalty: no effect', () => {
    expect(penaltyEffect([], 2025)).toEqual({ effect: 'none', penalty: null, carriedOver: false })
  })
})

describe('rule: where several penalties apply, the heavier wins', () => {
  it('警告 and 记过 in one year → ungraded, reported as the 记过', () => {
    const r = penaltyEffect([p('警告'), p('记过')], 2025)
    expect(r.effect).toBe('ungraded')
    expect(r.penalty?.type).toBe('记过')
  })

  it('a 记大过 of last year (ungraded) against a 撤销党内职务 this year (不称职) → 不称职', () => {
    const r = penaltyEffect([p('记大过', '2024-03-01'), p('撤销党内职务', '2025-03-01')], 2025)
    expect(r).toEqual({ effect: 'incompetent', penalty: p('撤销党内职务', '2025-03-01'), carriedOver: false })
  })

  it('a 警告 this year under a 降级 of last year → ungraded, carried over', () => {
    const r = penaltyEffect([p('警告', '2025-05-01'), p('降级', '2024-11-20')], 2025)
    expect(r.effect).toBe('ungraded')
    expect(r.penalty?.type).toBe('降级')
    expect(r.carriedOver).toBe(true)
  })
})
