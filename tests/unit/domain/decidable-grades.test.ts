import { describe, expect, it } from 'vitest'
import { decidableGradesFor } from '../../../shared/domain/decidable-grades'
import { decidableGrades } from '../../../shared/contract/decisions'

describe('rule: a committee decides a grade on the scale of the period, or 不定等次', () => {
  it('a quarter: the four quarterly grades and 不定等次, never an annual grade', () => {
    expect(decidableGradesFor('quarter')).toEqual(['好', '较好', '一般', '较差', '不定等次'])
    expect(decidableGradesFor('quarter')).not.toContain('优秀')
  })

  it('a year: the four annual grades and 不定等次, never a quarterly grade', () => {
    expect(decidableGradesFor('annual')).toEqual(['优秀', '称职', '基本称职', '不称职', '不定等次'])
    expect(decidableGradesFor('annual')).not.toContain('好')
  })

  it('a special period is graded as a quarter is', () => {
    expect(decidableGradesFor('special')).toEqual(decidableGradesFor('quarter'))
  })

  it('every grade the contract accepts fits some kind of period, and only 不定等次 fits both', () => {
    const q = new Set<string>(decidableGradesFor('quarter'))
    const a = new Set<string>(decidableGradesFor('annual'))
    // 9 grades = 5 quarterly + 5 annual − 1 shared (不定等次)
    expect(decidableGrades.every((g) => q.has(g) || a.has(g))).toBe(true)
    expect(decidableGrades.filter((g) => q.has(g) && a.has(g))).toEqual(['不定等次'])
  })
})
