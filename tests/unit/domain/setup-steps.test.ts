import { describe, expect, it } from 'vitest'
import { setupProgress, type SetupFacts } from '../../../shared/domain/setup-steps'

const empty: SetupFacts = { unitNamed: false, people: 0, schemes: 0, periods: 0, ratings: 0, computations: 0 }

describe('setup checklist: each step is done when its data is there', () => {
  it('an empty database has every step open and starts with the unit name', () => {
    const p = setupProgress(empty)
    expect(p.steps.map((s) => s.id)).toEqual(['unit', 'roster', 'scheme', 'period', 'ratings', 'compute'])
    expect(p.steps.every((s) => !s.done)).toBe(true)
    expect(p.next).toBe('unit')
    expect(p.allDone).toBe(false)
  })

  it('a roster imported before the unit is named ticks the roster; the next step is still the name', () => {
    const p = setupProgress({ ...empty, people: 27 })
    expect(p.steps.find((s) => s.id === 'roster')?.done).toBe(true)
    expect(p.next).toBe('unit')
  })

  it('ticks in order as the data arrives, and is all done once a period is computed', () => {
    expect(setupProgress({ ...empty, unitNamed: true, people: 27, schemes: 1 }).next).toBe('period')
    expect(setupProgress({ ...empty, unitNamed: true, people: 27, schemes: 1, periods: 1 }).next).toBe('ratings')
    const done = setupProgress({ unitNamed: true, people: 27, schemes: 1, periods: 1, ratings: 900, computations: 1 })
    expect(done.allDone).toBe(true)
    expect(done.next).toBeNull()
  })
})
