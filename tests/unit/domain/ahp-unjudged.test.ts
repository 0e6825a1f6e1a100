import { describe, expect, it } from 'vitest'
import { ahpUnjudged } from '../../../shared/domain/ahp-unjudged'

const ones = [[1, 1, 1], [1, 1, 1], [1, 1, 1]]
const judged = [[1, 2, 2], [0.5, 1, 1], [0.5, 1, 1]]

describe('rule: an AHP matrix nobody edited is not a decision', () => {
  it('finds the all-1 start in each shape the dialog keeps', () => {
    expect(ahpUnjudged({ matrix: ones })).toBe(true)
    expect(ahpUnjudged({ experts: [{ name: '专家1', matrix: ones }] })).toBe(true)
    expect(ahpUnjudged({ share: 0.7, ahp: { experts: [{ name: '专家1', matrix: ones }] } })).toBe(true)
  })
  it('lets a judged matrix through, and one judged expert among several', () => {
    expect(ahpUnjudged({ matrix: judged })).toBe(false)
    expect(ahpUnjudged({ experts: [{ matrix: ones }, { matrix: judged }] })).toBe(false)
  })
  it('says nothing about inputs without matrices', () => {
    expect(ahpUnjudged(null)).toBe(false)
    expect(ahpUnjudged({ entered: { A: 0.5 } })).toBe(false)
  })
})
