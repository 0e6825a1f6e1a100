/**
 * The first-run checklist: what an office sets up, in the order each needs the one before — the
 * unit's name (every export carries it), the roster, the scheme, a period (which takes the people
 * and the scheme), its ratings, the computation.
 */
export const setupStepIds = ['unit', 'roster', 'scheme', 'period', 'ratings', 'compute'] as const
export type SetupStepId = (typeof setupStepIds)[number]

/** What the database holds, counted; the checklist ticks itself from these alone. */
export interface SetupFacts {
  unitNamed: boolean
  people: number
  schemes: number
  periods: number
  ratings: number
  computations: number
}

export interface SetupProgress {
  steps: { id: SetupStepId; done: boolean }[]
  /** the first step not yet done, null when all are */
  next: SetupStepId | null
  allDone: boolean
}

const doneBy: Record<SetupStepId, (f: SetupFacts) => boolean> = {
  unit: (f) => f.unitNamed,
  roster: (f) => f.people > 0,
  scheme: (f) => f.schemes > 0,
  period: (f) => f.periods > 0,
  ratings: (f) => f.ratings > 0,
  compute: (f) => f.computations > 0,
}

/** Each step is done when its data is there, whatever order it was entered in. */
export function setupProgress(facts: SetupFacts): SetupProgress {
  const steps = setupStepIds.map((id) => ({ id, done: doneBy[id](facts) }))
  const next = steps.find((s) => !s.done)?.id ?? null
  return { steps, next, allDone: next === null }
}
