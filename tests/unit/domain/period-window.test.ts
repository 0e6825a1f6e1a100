import { describe, expect, it } from 'vitest'
import { periodWindow } from '../../../shared/domain/period-window'

describe('rule: a period id names its calendar window (2025-Q1 … 2025-Q4 quarters, 2025 the year)', () => {
  it('quarters run from the first day of their first month to the last day of their third', () => {
    expect(periodWindow('2025-Q1', 'quarter')).toMatchObject({ year: 2025, start: '2025-01-01', end: '2025-03-31', quarter: 1 })
    expect(periodWindow('2024-Q1', 'quarter')?.end).toBe('2024-03-31')
    expect(periodWindow('2025-Q2', 'quarter')).toMatchObject({ start: '2025-04-01', end: '2025-06-30' })
    expect(periodWindow('2025-Q4', 'quarter')).toMatchObject({ start: '2025-10-01', end: '2025-12-31' })
  })
  it('the annual period is the whole year', () => {
    expect(periodWindow('2025', 'annual')).toMatchObject({ start: '2025-01-01', end: '2025-12-31', quarter: null })
  })
  it('special periods carry their name', () => {
    expect(periodWindow('2025-S重点项目', 'special')).toMatchObject({ special: '重点项目' })
  })
  it('an id that does not fit its kind is refused', () => {
    expect(periodWindow('2025', 'quarter')).toBeNull()
    expect(periodWindow('2025-Q1', 'annual')).toBeNull()
    expect(periodWindow('2025-Q5', 'quarter')).toBeNull()
    expect(periodWindow('1899-Q1', 'quarter')).toBeNull()
  })
})
