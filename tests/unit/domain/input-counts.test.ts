import { describe, expect, it } from 'vitest'
import { ballotVotes, inputListCounts, satisfactionResponses, validVotes } from '../../../shared/domain/input-counts'
import { inputCountsOf } from '../../../shared/domain/explain-person'

describe('rule: valid votes are 优秀 + 称职 + 基本称职 + 不称职, 不了解 cast but not valid', () => {
  it('leaves 不了解 out', () => {
    expect(validVotes({ 优秀: 10, 称职: 8, 基本称职: 2, 不称职: 0, 不了解: 1 })).toBe(20)
    expect(validVotes({ 不了解: 5 })).toBe(0)
  })
  it('sums a ballot list row by row', () => {
    expect(ballotVotes([{ excellent: 10, competent: 8, basic: 2, incompetent: 0 }, { excellent: 1, competent: 1, basic: 0, incompetent: 1 }])).toBe(23)
  })
})

describe('rule: an input list counts its rows, the people and the whole departments they name', () => {
  it('counts a person once however many rows name them, and a department row as its department', () => {
    expect(
      inputListCounts([
        { staffNo: 'S001', department: '办公室' },
        { staffNo: 'S001', department: '办公室' },
        { staffNo: 'S002', department: '办公室' },
        { staffNo: null, department: '办公室' },
        { staffNo: null, department: '业务科' },
      ]),
    ).toEqual({ rows: 5, people: 2, departments: 2 })
  })
})

describe('rule: satisfaction responses are the people counted, a rate-only row one, as the explanation counts 群众', () => {
  it('adds 满意, 基本满意 and 不满意 and counts a rate as one', () => {
    // the fixture's first row: 79 + 7 + 2 = 88; a rate-only row: 1
    expect(satisfactionResponses([{ satisfied: 79, basic: 7, dissatisfied: 2 }])).toBe(88)
    expect(satisfactionResponses([{ satisfied: 79, basic: 7, dissatisfied: 2 }, { satisfied: null, basic: null, dissatisfied: null }])).toBe(89)
  })
})

describe('rule: the explanation counts the inputs of the leaves that were scored', () => {
  it('adds responses, votes and measured values kind by kind', () => {
    expect(
      inputCountsOf([
        { counted: { kind: 'satisfaction', n: 88 } },
        { counted: { kind: 'ballots', n: 20 } },
        { counted: { kind: 'measures', n: 1 } },
        { counted: { kind: 'measures', n: 1 } },
        { counted: null },
      ]),
    ).toEqual({ satisfaction: 88, ballots: 20, measures: 2 })
  })
})
